package dev.cadenza.report;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import dev.cadenza.io.InputFile;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.ProduceReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A track folder: what {@code produce} writes for one track when its outputs share a folder, and
 * what {@code batch} writes for each job. It holds a {@code cadenza.report/1} document named {@code
 * report.json}, the master (the folder's one WAV file, or {@code master.wav} when there are
 * several) and, optionally, {@code stems/} with the stems and {@code arrangement.mid}.
 *
 * @param name the folder's name, which names the track on the page
 * @param folder the folder
 * @param report its report
 * @param master the master WAV
 * @param stems the stems found in {@code stems/}, in the manifest's order (empty without stems)
 * @param midi {@code stems/arrangement.mid}, or null
 */
public record TrackFolder(
    String name, Path folder, ProduceReport report, Path master, List<Stem> stems, Path midi) {

  /** The report's file name in a track folder. */
  public static final String REPORT = "report.json";

  static final String STEMS = "stems";
  static final String MIDI = "arrangement.mid";
  private static final String MASTER = "master.wav";

  /** A stem of the manifest and its file in the folder. */
  public record Stem(String name, String role, Path file) {}

  /** Whether {@code folder} holds a report, the mark of a track folder. */
  public static boolean is(Path folder) {
    return Files.isRegularFile(folder.resolve(REPORT));
  }

  /** Reads a track folder; a report that is not one is exit 65, a missing master 66. */
  public static TrackFolder read(Path folder) throws IOException {
    Path file = folder.resolve(REPORT);
    ProduceReport report;
    try (InputStream in = InputFile.open(file)) {
      report = Json.read(in, file.toString(), Contract.REPORT, ProduceReport.class);
    }
    Path stemsFolder = folder.resolve(STEMS);
    Path midi = stemsFolder.resolve(MIDI);
    return new TrackFolder(
        name(folder),
        folder,
        report,
        master(folder),
        stems(report.manifest(), stemsFolder),
        Files.isRegularFile(midi) ? midi : null);
  }

  static String name(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? folder.toString() : name.toString();
  }

  private static Path master(Path folder) throws IOException {
    List<Path> wavs;
    try (Stream<Path> files = Files.list(folder)) {
      wavs =
          files
              .filter(Files::isRegularFile)
              .filter(
                  f ->
                      f.getFileName()
                          .toString()
                          .toLowerCase(java.util.Locale.ROOT)
                          .endsWith(".wav"))
              .sorted()
              .toList();
    }
    if (wavs.size() == 1) {
      return wavs.get(0);
    }
    Path master = folder.resolve(MASTER);
    if (Files.isRegularFile(master)) {
      return master;
    }
    if (wavs.isEmpty()) {
      throw new MissingInputException(
          folder.toString(), "a track folder without its master (no WAV file)", null, null);
    }
    throw new BadInputException(
        folder.toString(),
        "a track folder with " + wavs.size() + " WAV files and none named master.wav",
        null);
  }

  /**
   * The manifest's stems that are in {@code stems/}, found by file name: the manifest records where
   * they were written, which for a batch job is the folder it was renamed from.
   */
  private static List<Stem> stems(Manifest manifest, Path stemsFolder) {
    List<Stem> stems = new ArrayList<>();
    if (manifest == null || manifest.stems() == null || !Files.isDirectory(stemsFolder)) {
      return stems;
    }
    for (Manifest.Stem stem : manifest.stems()) {
      Path written = Path.of(stem.file()).getFileName();
      Path file = written == null ? null : stemsFolder.resolve(written.toString());
      if (file != null && Files.isRegularFile(file)) {
        stems.add(new Stem(stem.name(), stem.role(), file));
      }
    }
    return stems;
  }
}
