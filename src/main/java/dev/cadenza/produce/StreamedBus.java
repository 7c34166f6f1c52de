package dev.cadenza.produce;

import dev.cadenza.OutputException;
import dev.cadenza.audio.Spool;
import dev.cadenza.audio.WavReader;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.generate.Generator;
import dev.cadenza.mix.MemoryBus;
import dev.cadenza.mix.Mixer;
import dev.cadenza.mix.Reopenable;
import dev.cadenza.spec.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bus of a track too long to hold in memory (an hour of stereo floats is 1.3 GB, and {@link
 * MemoryBus} holds the bus, its sends and the strips waiting): the stems are written to files as
 * generate writes them, into the stems folder or a temporary one deleted afterwards, and mixed from
 * those files as mix mixes a manifest, streaming, into a float spool. Same stems, strips and sums
 * in the same order as the memory bus, so the same bits; memory stays what generate and mix need.
 */
final class StreamedBus {
  private StreamedBus() {}

  /** What the mix of part {@code index} reads, given its stem file. */
  @FunctionalInterface
  interface Strips {
    Mixer.Stem of(int index, Reopenable stemFile);
  }

  /** The manifest as generate prints it, and the bus in a spool the caller closes. */
  record Mixed(Manifest manifest, Spool bus) {}

  /**
   * Renders {@code a}'s stems into {@code stems} (null: a temporary folder) and mixes them as
   * {@code strips} says, onto a bus mixed as {@code track} asks.
   */
  static Mixed render(
      Arrangement a, Generator.Options options, Path stems, Mixer.Track track, Strips strips)
      throws IOException {
    Path folder = stems != null ? stems : Files.createTempDirectory("cadenza-stems-");
    try {
      Generator.render(a, folder, options, Generator.StemSink.NONE);
      List<Mixer.Stem> mixed = new ArrayList<>();
      for (int i = 0; i < a.parts().size(); i++) {
        Path file = folder.resolve(a.parts().get(i).name() + ".wav");
        mixed.add(strips.of(i, () -> WavReader.open(file)));
      }
      Spool bus = Spool.of(Mixer.open(mixed, track));
      return new Mixed(Generator.manifest(a, stems, options), bus);
    } finally {
      if (stems == null) {
        delete(folder);
      }
    }
  }

  /** Deletes the temporary folder and the files generate left in it. */
  private static void delete(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      throw new OutputException(
          folder.toString(), "cannot remove the temporary stems: " + e.getMessage(), null, e);
    }
  }
}
