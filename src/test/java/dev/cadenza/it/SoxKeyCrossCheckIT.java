package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.analyze.key.KeyAnalyzer;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.KeyResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key of chord progressions that sox synthesised (its pluck, sawtooth, square and triangle
 * tones), written as 16-bit WAV files and read back through {@link WavReader}: a renderer
 * independent of the one the unit tests use.
 */
class SoxKeyCrossCheckIT {

  @TempDir static Path dir;

  private static final String[] MAJOR_NAMES = {
    "C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"
  };

  private static final String[] MINOR_NAMES = {
    "C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"
  };

  private static final String[] TONES = {"pluck", "sawtooth", "square", "triangle"};

  /** Chord roots above the tonic, and 1 where the third is minor. I-V-vi-IV then I-IV-V-I. */
  private static final int[][] MAJOR = {
    {0, 0}, {7, 0}, {9, 1}, {5, 0}, {0, 0}, {5, 0}, {7, 0}, {0, 0}
  };

  /** i-VI-III-VII then i-iv-V-i. */
  private static final int[][] MINOR = {
    {0, 1}, {8, 0}, {3, 0}, {10, 0}, {0, 1}, {5, 1}, {7, 0}, {0, 1}
  };

  @BeforeAll
  static void needsSox() {
    ExternalTools.require("sox");
  }

  static Stream<Arguments> keys() {
    List<Arguments> cases = new ArrayList<>();
    for (int tonic = 0; tonic < 12; tonic++) {
      cases.add(Arguments.of(tonic, false, TONES[tonic % 4]));
      cases.add(Arguments.of(tonic, true, TONES[(tonic + 1) % 4]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "pitch class {0}, minor {1}, {2}")
  @MethodSource("keys")
  void findsTheKeyOfSoxChords(int tonic, boolean minor, String tone) throws Exception {
    String name = "key-" + tonic + (minor ? "m" : "") + "-" + tone;
    List<String> concatenate = new ArrayList<>(List.of("sox"));
    int[][] chords = minor ? MINOR : MAJOR;
    for (int c = 0; c < chords.length; c++) {
      int root = Math.floorMod(tonic + chords[c][0], 12);
      int third = chords[c][1] == 1 ? 3 : 4;
      Path chord = dir.resolve(name + "-" + c + ".wav");
      List<String> make =
          new ArrayList<>(
              List.of(
                  "sox", "-r", "44100", "-c", "4", "-n", "-c", "1", "-b", "16", chord.toString()));
      make.addAll(List.of("synth", c == chords.length - 1 ? "2" : "1"));
      // MIDI notes: bass C2..B2, triad G3..F#4; sox's %n is n semitones from A4 (MIDI 69).
      int[] notes = {
        36 + root,
        55 + Math.floorMod(root - 7, 12),
        55 + Math.floorMod(root + third - 7, 12),
        55 + Math.floorMod(root, 12)
      };
      for (int note : notes) {
        make.addAll(List.of(tone, "%" + (note - 69)));
      }
      make.addAll(List.of("remix", "-", "gain", "-n", "-6"));
      ExternalTools.Result made = ExternalTools.run(make, new byte[0], null);
      assertThat(made.exitCode()).as(made.stderr()).isZero();
      concatenate.add(chord.toString());
    }
    Path piece = dir.resolve(name + ".wav");
    concatenate.add(piece.toString());
    ExternalTools.Result joined = ExternalTools.run(concatenate, new byte[0], null);
    assertThat(joined.exitCode()).as(joined.stderr()).isZero();

    KeyResult key;
    try (WavReader reader = WavReader.open(piece)) {
      key = KeyAnalyzer.analyze(reader);
    }

    String expected = minor ? MINOR_NAMES[tonic] + " minor" : MAJOR_NAMES[tonic] + " major";
    assertThat(key.tonic() + " " + key.mode()).as("%s", piece).isEqualTo(expected);
    assertThat(key.tuningCents()).isBetween(-5.0, 5.0);
  }
}
