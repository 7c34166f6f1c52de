package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.dsp.Audio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mix's line on stderr tells the loudness of what it wrote. */
class MixReportTest {

  @TempDir Path dir;

  @Test
  void withoutATargetTheLineTellsTheLoudnessOfTheFileNotOfTheSum() throws Exception {
    // A 1 kHz sine of amplitude 0.1 on both channels is -20 LUFS (BS.1770: a full-scale 997 Hz
    // sine on one channel reads -3.01 LUFS); the chain's +6 dB makes the file -14.
    Path in = dir.resolve("sine.wav");
    Audio.write(in, Audio.sine(2, 44_100 * 5, 44_100, 1000, 0.1, 0), 44_100);
    Path chain = dir.resolve("chain.json");
    Files.writeString(chain, "{\"processors\": [{\"type\": \"gain\", \"params\": {\"db\": 6}}]}");
    Path out = dir.resolve("out.wav");
    CliRun run =
        CliRun.run(
            "mix", in.toString(), "--chain", chain.toString(), "--preset", "none", "-o", "" + out);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    Matcher lufs =
        Pattern.compile("(-?\\d+\\.\\d+) LUFS, no loudness target").matcher(run.stderr());
    assertThat(lufs.find()).as(run.stderr()).isTrue();
    assertThat(Double.parseDouble(lufs.group(1))).isCloseTo(-14.0, within(0.1));
  }
}
