package dev.cadenza.cli;

import static dev.cadenza.cli.AnalyzeCommandTest.wav;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.ExitCodes;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qa --stems}: a melody synthesised here at known frequencies, with a MIDI file and a
 * manifest written by hand, passes; the same stem a semitone or an octave away from its MIDI fails.
 */
class QaStemsTest {

  @TempDir Path dir;

  private static final int RATE = 44100;
  private static final int PPQ = 480;
  // 100 BPM, not the 120 a MIDI file means without a tempo: a reader that ignores the tempo event
  // places every note 20 % early and fails.
  private static final double BPM = 100;
  private static final double QUARTER_SECONDS = 60 / BPM;
  private static final int[] LEAD = {69, 72, 76, 74, 79, 77, 84, 81, 64, 67, 62, 60};
  private static final int[] BASS = {33, 40, 36, 43, 38, 45, 31, 36};

  /** Equal temperament from A4 = 440 Hz, the tuning MIDI note numbers stand for. */
  private static double hz(int pitch) {
    return 440 * Math.pow(2, (pitch - 69) / 12.0);
  }

  /**
   * A band-limited sawtooth (harmonics below 4 kHz) playing each pitch for 90 % of a quarter note,
   * silent in between, with 5 ms fades so the onsets do not click.
   */
  private static double saw(int[] pitches, int shift, int i) {
    double t = (double) i / RATE;
    int note = (int) (t / QUARTER_SECONDS);
    double into = t - note * QUARTER_SECONDS;
    double length = 0.9 * QUARTER_SECONDS;
    if (note >= pitches.length || into >= length) {
      return 0;
    }
    double f = hz(pitches[note] + shift);
    double fade = Math.min(1, Math.min(into, length - into) / 0.005);
    double sum = 0;
    for (int k = 1; k * f < 4000; k++) {
      sum += Math.sin(2 * Math.PI * k * f * into) / k;
    }
    return 0.3 * fade * sum;
  }

  private Path stem(String name, int[] pitches, int shift) throws IOException {
    int frames = (int) ((pitches.length + 1) * QUARTER_SECONDS * RATE);
    Path path = dir.resolve(name + ".wav");
    Files.write(path, wav(RATE, 2, frames, i -> saw(pitches, shift, i)));
    return path;
  }

  /** A type 1 file: a tempo track, then one named track per line, each note 0.9 quarters long. */
  private Path midi() throws IOException, InvalidMidiDataException {
    Sequence sequence = new Sequence(Sequence.PPQ, PPQ);
    Track conductor = sequence.createTrack();
    int micros = (int) Math.round(QUARTER_SECONDS * 1e6);
    byte[] tempo = {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros};
    conductor.add(new MidiEvent(new MetaMessage(0x51, tempo, 3), 0));
    line(sequence, "lead", 0, LEAD, false);
    line(sequence, "bass", 1, BASS, false);
    line(sequence, "chords", 2, LEAD, true);
    line(sequence, "drums", 9, BASS, false);
    Path path = dir.resolve("song.mid");
    MidiSystem.write(sequence, 1, path.toFile());
    return path;
  }

  private static void line(
      Sequence sequence, String name, int channel, int[] pitches, boolean third)
      throws InvalidMidiDataException {
    Track track = sequence.createTrack();
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    track.add(new MidiEvent(new MetaMessage(0x03, text, text.length), 0));
    for (int n = 0; n < pitches.length; n++) {
      long on = (long) n * PPQ;
      long off = on + PPQ * 9 / 10;
      note(track, channel, pitches[n], on, off);
      if (third) {
        note(track, channel, pitches[n] + 4, on, off);
      }
    }
  }

  private static void note(Track track, int channel, int pitch, long on, long off)
      throws InvalidMidiDataException {
    track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, channel, pitch, 100), on));
    track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, channel, pitch, 0), off));
  }

  /** A manifest naming the files only, so they are found next to it. */
  private Path manifest(int leadShift, int bassShift) throws Exception {
    midi();
    stem("lead", LEAD, leadShift);
    stem("bass", BASS, bassShift);
    stem("chords", LEAD, 0);
    stem("drums", BASS, 0);
    String stems =
        String.join(
            ",",
            entry("drums", "drums"),
            entry("bass", "bass"),
            entry("chords", "chords"),
            entry("lead", "lead"));
    Path path = dir.resolve("manifest.json");
    Files.writeString(
        path,
        "{\"schema\":\"cadenza.manifest/1\",\"seed\":1,\"stems\":["
            + stems
            + "],\"midi\":\"song.mid\",\"truth\":null,\"genre\":null,\"sampleRate\":"
            + RATE
            + ",\"bitsPerSample\":32}");
    return path;
  }

  private static String entry(String name, String role) {
    return "{\"name\":\""
        + name
        + "\",\"file\":\"stems/"
        + name
        + ".wav\",\"role\":\""
        + role
        + "\",\"gainDb\":0,\"pan\":0}";
  }

  private static JsonNode check(CliRun run, String name) throws IOException {
    for (JsonNode check : Json.mapper().readTree(run.stdoutBytes()).get("checks")) {
      if (check.get("name").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no check " + name + " in " + run.stdout());
  }

  @Test
  void aMelodyAtItsMidiPitchesPasses() throws Exception {
    CliRun run = CliRun.run("qa", "--stems", manifest(0, 0).toString());
    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(ExitCodes.OK);
    JsonNode report = Json.mapper().readTree(run.stdoutBytes());
    assertThat(report.get("schema").asText()).isEqualTo("cadenza.qa/1");
    assertThat(report.get("checks")).hasSize(2);
    assertThat(check(run, "stemPitch.lead").get("measured").asDouble()).isGreaterThan(99);
    assertThat(check(run, "stemPitch.bass").get("measured").asDouble()).isGreaterThan(99);
    // Drums are not pitched; the chords play two notes at once.
    assertThat(run.stderr()).contains("chords: polyphonic").doesNotContain("drums");
  }

  @Test
  void aStemASemitoneAwayFromItsMidiFails() throws Exception {
    CliRun run = CliRun.run("qa", "--stems", manifest(1, 0).toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.QA_FAILED);
    JsonNode lead = check(run, "stemPitch.lead");
    assertThat(lead.get("passed").asBoolean()).isFalse();
    assertThat(lead.get("measured").asDouble()).isLessThan(5);
    assertThat(lead.get("detail").asText()).contains("0.0 % whole octaves off");
    assertThat(check(run, "stemPitch.bass").get("passed").asBoolean()).isTrue();
    assertThat(run.stderr()).contains("stemPitch.lead failed");
  }

  @Test
  void aBassAnOctaveUpIsCountedAsOctaveErrors() throws Exception {
    CliRun run = CliRun.run("qa", "--stems", manifest(0, 12).toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.QA_FAILED);
    JsonNode bass = check(run, "stemPitch.bass");
    assertThat(bass.get("measured").asDouble()).isLessThan(5);
    assertThat(bass.get("detail").asText()).containsPattern("(9\\d|100)\\.\\d % whole octaves off");
  }

  @Test
  void theThresholdIsATolerance() throws Exception {
    Path manifest = manifest(0, 0);
    CliRun strict = CliRun.run("qa", "--stems", manifest.toString(), "--tolerance", "pitch=100%");
    CliRun lenient = CliRun.run("qa", "--stems", manifest.toString(), "--tolerance", "pitch=50");
    assertThat(check(strict, "stemPitch.lead").get("expected").asText()).isEqualTo(">= 100.0");
    assertThat(check(lenient, "stemPitch.lead").get("expected").asText()).isEqualTo(">= 50.0");
    assertThat(lenient.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aMasterAndItsStemsMakeOneReport() throws Exception {
    Path manifest = manifest(0, 0);
    CliRun run =
        CliRun.run("qa", dir.resolve("lead.wav").toString(), "--stems", manifest.toString());
    JsonNode report = Json.mapper().readTree(run.stdoutBytes());
    assertThat(report.get("file").asText()).endsWith("lead.wav");
    assertThat(check(run, "truePeak").get("passed").asBoolean()).isTrue();
    assertThat(check(run, "stemPitch.lead").get("passed").asBoolean()).isTrue();
  }

  @Test
  void aMissingMidiFileIsNamed() throws Exception {
    Path manifest = manifest(0, 0);
    Files.delete(dir.resolve("song.mid"));
    CliRun run = CliRun.run("qa", "--stems", manifest.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
    assertThat(run.stderr().strip())
        .contains("song.mid")
        .doesNotContain("\n")
        .doesNotContain("at ");
  }

  @Test
  void aBrokenMidiFileIsBadInput() throws Exception {
    Path manifest = manifest(0, 0);
    Files.writeString(dir.resolve("song.mid"), "not midi");
    CliRun run = CliRun.run("qa", "--stems", manifest.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.stderr()).contains("song.mid").contains("not a standard MIDI file");
  }

  @Test
  void specAndTargetNeedAMaster() throws Exception {
    CliRun run = CliRun.run("qa", "--stems", manifest(0, 0).toString(), "--target-lufs", "-14");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("give its FILE too");
  }
}
