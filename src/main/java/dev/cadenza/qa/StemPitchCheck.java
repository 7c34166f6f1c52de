package dev.cadenza.qa;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.ManifestFiles;
import dev.cadenza.spec.QaReport.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that each monophonic melodic stem of a manifest plays the pitches its MIDI track says: the
 * stem's pitch track ({@link PitchTrack}) against the notes of the track named like the stem in the
 * manifest's MIDI file ({@link MidiNotes}). A stem is melodic unless its role is drums or fx, and
 * monophonic when no note starts while another sounds (beyond a legato overlap, {@link
 * MidiNotes#monophonic}); other stems are skipped and named in {@link Result#skipped}. One check
 * per stem, {@code stemPitch.<name>}: the percent of voiced frames at the MIDI's pitch must reach
 * the minimum ({@link Tolerances#pitchPercent}).
 */
public final class StemPitchCheck {

  private static final Set<String> UNPITCHED_ROLES = Set.of("drums", "fx", "texture");

  /**
   * @param checks one per stem checked, in the manifest's order
   * @param skipped one line per stem not checked, saying why
   */
  public record Result(List<Check> checks, List<String> skipped) {}

  private StemPitchCheck() {}

  /**
   * @param manifest the manifest
   * @param name the manifest's file name as given, for messages
   * @param files where the manifest's stems and MIDI file are, and how far they may lie
   * @param minPercent the lowest share of voiced frames at the MIDI's pitch that passes
   */
  public static Result check(Manifest manifest, ManifestFiles files, double minPercent)
      throws IOException {
    String name = files.manifest();
    if (manifest.stems() == null || manifest.stems().isEmpty()) {
      throw new BadInputException(name, "stems: the manifest lists no stems", null);
    }
    if (manifest.midi() == null) {
      throw new BadInputException(name, "midi: missing; the stems' notes are read from it", null);
    }
    Map<String, List<MidiNotes.Note>> notes =
        MidiNotes.read(locate(manifest.midi(), files, "midi", "MIDI file"));
    List<Check> checks = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Manifest.Stem stem : manifest.stems()) {
      List<MidiNotes.Note> line = notes.get(stem.name());
      if (stem.role() != null && UNPITCHED_ROLES.contains(stem.role())) {
        continue;
      } else if (line == null) {
        skipped.add(stem.name() + ": no pitched notes in the MIDI file under that track name");
      } else if (!MidiNotes.monophonic(line)) {
        skipped.add(stem.name() + ": polyphonic (notes sound together)");
      } else {
        Path file = locate(stem.file(), files, "stems." + stem.name() + ".file", "stem");
        checks.add(check(stem.name(), file, line, minPercent));
      }
    }
    return new Result(checks, skipped);
  }

  private static Check check(String stem, Path file, List<MidiNotes.Note> line, double minPercent)
      throws IOException {
    int lowest = line.stream().mapToInt(MidiNotes.Note::pitch).min().orElseThrow();
    int highest = line.stream().mapToInt(MidiNotes.Note::pitch).max().orElseThrow();
    PitchTrack track;
    try (WavReader reader = WavReader.open(file)) {
      track = PitchTrack.of(reader, PitchAgreement.hertz(lowest), PitchAgreement.hertz(highest));
    }
    PitchAgreement agreement = PitchAgreement.of(track, line);
    double percent = agreement.percentAtPitch();
    boolean ok = agreement.voiced() > 0 && percent >= minPercent;
    return new Check(
        "stemPitch." + stem,
        ok,
        Double.isNaN(percent) ? null : Math.round(percent * 100) / 100.0,
        ">= " + minPercent,
        null,
        "%",
        ok ? null : detail(agreement));
  }

  private static String detail(PitchAgreement a) {
    if (a.voiced() == 0) {
      return "no pitch found inside the MIDI's notes (" + a.unvoiced() + " frames unvoiced)";
    }
    return String.format(
        "%.1f %% of %d voiced frames at the MIDI's pitch (±%.0f cents), %.1f %% whole octaves off,"
            + " %.1f %% at other pitches; %d frames inside notes unvoiced",
        a.percentAtPitch(),
        a.voiced(),
        PitchAgreement.CENTS,
        a.percentOctaveOff(),
        100.0 * a.elsewhere() / a.voiced(),
        a.unvoiced());
  }

  /** A file the manifest names, found by the manifest's own rule ({@link ManifestFiles}). */
  private static Path locate(String path, ManifestFiles files, String field, String what) {
    String manifest = files.manifest();
    if (path == null) {
      throw new BadInputException(manifest, "a " + what + " has no file", null);
    }
    Path file = files.locate(path, field);
    if (!Files.isReadable(file)) {
      throw new MissingInputException(
          path, what + " listed in " + manifest + " not found", null, null);
    }
    return file;
  }
}
