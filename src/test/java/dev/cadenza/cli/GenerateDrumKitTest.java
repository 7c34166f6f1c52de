package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.WavReader;
import dev.cadenza.dsp.Audio;
import dev.cadenza.synth.soundfont.SineSoundfont;
import dev.cadenza.synth.soundfont.SineSoundfont.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * generate --soundfont's drums with kits of sine soundfonts the test writes: every preset plays a
 * sine of 440·2^((p−69)/12) Hz for note p, so the drum stem shows which General MIDI drum notes
 * were played (kick 36, snare 38, closed hat 42, crash 49: General MIDI 1 percussion key map).
 */
class GenerateDrumKitTest {
  @TempDir Path tmp;

  private Path spec(String genre) throws Exception {
    return Files.writeString(
        tmp.resolve("spec.json"),
        "{\"genre\":\""
            + genre
            + "\",\"bpm\":110,\"key\":{\"tonic\":\"E\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"bars\":8,\"durationSeconds\":0,"
            + "\"energy\":0.7,\"seed\":5,\"instruments\":[]}");
  }

  private Path font(String name, Preset... presets) throws Exception {
    return SineSoundfont.write(tmp.resolve(name), presets);
  }

  private CliRun generate(String genre, String out, String... fonts) throws Exception {
    String[] args = new String[4 + fonts.length];
    args[0] = "generate";
    args[1] = spec(genre).toString();
    args[2] = "-o";
    args[3] = tmp.resolve(out).toString();
    System.arraycopy(fonts, 0, args, 4, fonts.length);
    return CliRun.run(args);
  }

  /** Magnitude of the drum stem's left channel at {@code hz}, over the whole stem. */
  private double level(String out, double hz) throws Exception {
    float[] x;
    try (WavReader r = WavReader.open(tmp.resolve(out).resolve("drums.wav"))) {
      x = Audio.readAll(r, 4096)[0];
    }
    double re = 0;
    double im = 0;
    for (int i = 0; i < x.length; i++) {
      double phase = 2 * Math.PI * hz * i / 44100;
      re += x[i] * Math.cos(phase);
      im += x[i] * Math.sin(phase);
    }
    return Math.hypot(re, im) / x.length;
  }

  /**
   * The drum stem in {@code out} has sines at the frequencies of {@code notes}, each 10 times (20
   * dB) stronger than at notes 30 and 62, which no drum of these tracks plays: far enough from the
   * played ones (35..51) that their sines, cut short by the next hit, leak little there.
   */
  private void assertPlays(String out, int... notes) throws Exception {
    double floor = Math.max(level(out, hz(30)), level(out, hz(62)));
    for (int note : notes) {
      assertThat(level(out, hz(note))).as("note %d", note).isGreaterThan(10 * floor);
    }
  }

  private static double hz(double note) {
    return 440 * Math.pow(2, (note - 69) / 12);
  }

  @ParameterizedTest(name = "{0} plays kit {1}")
  @CsvSource({"rock, 16, 38", "jazz, 40, 36", "house, 24, 36"})
  void theGenresKitPlaysTheGeneralMidiDrumNotes(String genre, int kit, int note) throws Exception {
    // The genre's kit and a Standard kit beside it, each a sine; only the genre's is asked for.
    Path font =
        font(
            "kits.sf2",
            SineSoundfont.SINE,
            new Preset("Standard", 128, 0),
            new Preset("Genre kit", 128, kit));
    CliRun r = generate(genre, "out", "--soundfont", font.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr()).doesNotContain("bank 128");
    // The kick, and rock's snare on the backbeat (16th-note hats are struck again too soon to
    // stand out of a whole-stem spectrum).
    assertPlays("out", 36, note);
  }

  @Test
  void aKitTheFileLacksIsPlayedByItsStandardKitAndSaid() throws Exception {
    Path font = font("standard.sf2", SineSoundfont.SINE, new Preset("Std", 128, 0));
    CliRun r = generate("jazz", "out", "--soundfont", font.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    String line = font + ": no brush kit (bank 128 program 40); the drums play kit 128:0 (Std)";
    assertThat(r.stderr()).contains("cadenza generate: warning: " + line);
    assertThat(r.stdout()).contains(line);
    assertPlays("out", 36);
  }

  @Test
  void theOrchestraKitsCymbalsAreOnItsOwnNotes() throws Exception {
    // Cinematic drums are toms (41..50) and a crash (49), which the Orchestra set plays on 57.
    Path font = font("orchestra.sf2", SineSoundfont.SINE, new Preset("Orchestra", 128, 48));
    CliRun r = generate("cinematic", "out", "--soundfont", font.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(level("out", hz(57))).isGreaterThan(20 * level("out", hz(49)));
    assertThat(level("out", hz(45))).isGreaterThan(20 * level("out", hz(45.5)));
  }

  @Test
  void aDrumKitSoundfontPlaysTheDrumsOfAFileWithoutKits() throws Exception {
    Path melodic = SineSoundfont.write(tmp.resolve("sine.sf2"));
    // A kit-only file with its kit in bank 0, as Debian's avldrums.lv2-soundfont has them.
    Path kitOnly = font("kit-only.sf2", new Preset("Kit", 0, 0));
    CliRun builtIn = generate("rock", "built-in", "--soundfont", melodic.toString());
    CliRun kits =
        generate(
            "rock",
            "kits",
            "--soundfont",
            melodic.toString(),
            "--drum-soundfont",
            kitOnly.toString());
    assertThat(builtIn.exitCode()).as(builtIn.stderr()).isZero();
    assertThat(kits.exitCode()).as(kits.stderr()).isZero();
    assertThat(builtIn.stderr()).contains(melodic + ": no drum kits (bank 128)");
    assertThat(kits.stderr()).doesNotContain("drum");
    assertPlays("kits", 36, 38);
  }

  @Test
  void aDrumKitSoundfontNeedsTheSoundfont() throws Exception {
    Path kitOnly = font("kit-only.sf2", new Preset("Kit", 0, 0));
    CliRun r = generate("rock", "out", "--drum-soundfont", kitOnly.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--drum-soundfont needs --soundfont");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aBadDrumKitSoundfontIsOneLineNamingIt() throws Exception {
    Path melodic = SineSoundfont.write(tmp.resolve("sine.sf2"));
    Path text = Files.writeString(tmp.resolve("kit.sf2"), "not a soundfont\n");
    CliRun r =
        generate(
            "rock", "out", "--soundfont", melodic.toString(), "--drum-soundfont", text.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr())
        .startsWith("cadenza generate: " + text + ": not a SoundFont 2 file (RIFF sfbk");
    assertThat(r.stderr().strip()).doesNotContain("\n");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
