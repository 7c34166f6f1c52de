package dev.cadenza.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidiNotesTest {

  @TempDir Path dir;

  private static MidiEvent event(int command, int channel, int key, int velocity, long tick)
      throws InvalidMidiDataException {
    return new MidiEvent(new ShortMessage(command, channel, key, velocity), tick);
  }

  private static Track named(Sequence sequence, String name) throws InvalidMidiDataException {
    Track track = sequence.createTrack();
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    track.add(new MidiEvent(new MetaMessage(0x03, text, text.length), 0));
    return track;
  }

  /**
   * 96 ticks per quarter; 120 BPM (no tempo event) for the first 4 quarters, then 60 BPM: tick 384
   * is 2 s, tick 480 is 3 s.
   */
  private Map<String, List<MidiNotes.Note>> file() throws Exception {
    Sequence sequence = new Sequence(Sequence.PPQ, 96);
    byte[] sixty = {0x0f, 0x42, 0x40}; // 1,000,000 microseconds per quarter
    sequence.createTrack().add(new MidiEvent(new MetaMessage(0x51, sixty, 3), 384));
    Track line = named(sequence, "line");
    line.add(event(ShortMessage.NOTE_ON, 0, 60, 90, 0));
    line.add(event(ShortMessage.NOTE_OFF, 0, 60, 0, 96));
    // Released by a note-on at velocity 0 on the tick the next note starts: touching, not
    // overlapping.
    line.add(event(ShortMessage.NOTE_ON, 0, 62, 90, 96));
    line.add(event(ShortMessage.NOTE_ON, 0, 62, 0, 384));
    line.add(event(ShortMessage.NOTE_ON, 0, 64, 90, 384));
    line.add(event(ShortMessage.NOTE_OFF, 0, 64, 0, 480));
    Track chord = named(sequence, "chord");
    chord.add(event(ShortMessage.NOTE_ON, 1, 60, 90, 0));
    chord.add(event(ShortMessage.NOTE_ON, 1, 64, 90, 48));
    chord.add(event(ShortMessage.NOTE_OFF, 1, 60, 0, 96));
    chord.add(event(ShortMessage.NOTE_OFF, 1, 64, 0, 96));
    Track drums = named(sequence, "drums");
    drums.add(event(ShortMessage.NOTE_ON, 9, 36, 90, 0));
    drums.add(event(ShortMessage.NOTE_OFF, 9, 36, 0, 10));
    Path path = dir.resolve("t.mid");
    MidiSystem.write(sequence, 1, path.toFile());
    return MidiNotes.read(path);
  }

  @Test
  void notesAreTimedThroughTheTempoChanges() throws Exception {
    assertThat(file().get("line"))
        .containsExactly(
            new MidiNotes.Note(0, 0.5, 60),
            new MidiNotes.Note(0.5, 2.0, 62),
            new MidiNotes.Note(2.0, 3.0, 64));
  }

  @Test
  void touchingNotesAreMonophonicAndOverlappingOnesAreNot() throws Exception {
    Map<String, List<MidiNotes.Note>> notes = file();
    assertThat(MidiNotes.monophonic(notes.get("line"))).isTrue();
    assertThat(MidiNotes.monophonic(notes.get("chord"))).isFalse();
  }

  @Test
  void aLegatoOverlapIsOneVoice() {
    MidiNotes.Note first = new MidiNotes.Note(0, 0.525, 60);
    assertThat(MidiNotes.monophonic(List.of(first, new MidiNotes.Note(0.5, 1, 62)))).isTrue();
    assertThat(MidiNotes.monophonic(List.of(first, new MidiNotes.Note(0.45, 1, 62)))).isFalse();
  }

  @Test
  void percussionIsNotPitched() throws Exception {
    assertThat(file()).containsOnlyKeys("line", "chord");
  }
}
