package dev.cadenza.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.ExitCodes;
import dev.cadenza.OutputException;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.parse.Overrides;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskEstimateTest {

  @Test
  void theEstimateIsWhatProduceWrites(@TempDir Path dir) throws IOException {
    TrackSpec spec =
        PromptParser.standard().parse("techno at 128 bpm, 10 seconds", 3L, Overrides.NONE);
    Path stems = dir.resolve("stems");
    Producer.Options options = options(stems);
    Arrangement arrangement = Composer.standard().compose(spec, 3);
    DiskEstimate estimate = Producer.diskEstimate(arrangement, options);
    long master;
    try (Producer.Result result =
        Producer.produce(spec, 3, options, new LinkedHashMap<>(), line -> {})) {
      master = result.master().size();
    }
    long stemBytes;
    try (Stream<Path> files = Files.list(stems)) {
      stemBytes =
          files
              .filter(f -> f.toString().endsWith(".wav"))
              .mapToLong(f -> f.toFile().length())
              .sum();
    }
    int parts = arrangement.parts().size();
    // Exact but for the room left for each header.
    assertThat(estimate.stemBytes()).isBetween(stemBytes, stemBytes + 128L * parts);
    assertThat(estimate.masterBytes()).isBetween(master, master + 128);
    assertThat(estimate.tempBytes()).isZero();
  }

  @Test
  void aFilesystemTooSmallIsRefusedNamingTheFolderAndTheSizes(@TempDir Path dir) {
    DiskEstimate estimate = DiskEstimate.of(8, 44_100L * 3600, 44_100L * 3608, 24, 24, true, true);
    Path master = dir.resolve("out").resolve("track.wav");
    assertThatThrownBy(
            () ->
                estimate.refuseUnlessRoom(master, dir.resolve("stems"), dir, folder -> 500_000_000))
        .isInstanceOf(OutputException.class)
        .satisfies(
            e -> {
              OutputException o = (OutputException) e;
              assertThat(o.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
              assertThat(o.file()).isEqualTo(dir.resolve("out").toString());
              // 8 stems of an hour at 24-bit stereo (6 bytes a frame): 8 x 952.6 MB; the master
              // 3608 s: 954.7 MB.
              assertThat(o.getMessage())
                  .contains("not enough space")
                  .contains("the master 954.7 MB")
                  .contains("the stems 7.6 GB")
                  .contains("500.0 MB free");
            });
  }

  @Test
  void roomEnoughPasses(@TempDir Path dir) {
    DiskEstimate estimate = DiskEstimate.of(8, 44_100L * 3600, 44_100L * 3608, 24, 24, true, false);
    estimate.refuseUnlessRoom(dir.resolve("t.wav"), null, dir, folder -> Long.MAX_VALUE);
    estimate.refuseUnlessRoom(null, null, dir, folder -> estimate.tempBytes());
  }

  private static Producer.Options options(Path stems) {
    Producer.Options d = Producer.Options.defaults();
    return new Producer.Options(
        d.sampleRate(),
        d.stemEncoding(),
        d.outputEncoding(),
        d.mastering(),
        d.tolerances(),
        0,
        stems,
        2,
        Producer.StemHook.NONE,
        null,
        null);
  }
}
