package dev.cadenza.generate;

import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.FormSection;
import dev.cadenza.compose.KeySpan;
import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.music.Key;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * The arrangement as a type 1 standard MIDI file: a conductor track with tempo, time and key
 * signature and a marker per section, then one track per part.
 */
final class MidiExport {
  static final int PPQ = 480;

  private MidiExport() {}

  static byte[] toBytes(Arrangement a) {
    try {
      Sequence seq = new Sequence(Sequence.PPQ, PPQ);
      Track conductor = seq.createTrack();
      double quartersPerBeat = a.meter().quartersPerBeat();
      int microsPerQuarter = (int) Math.round(60_000_000.0 / (a.bpm() * quartersPerBeat));
      meta(conductor, 0x03, "cadenza".getBytes(StandardCharsets.US_ASCII), 0);
      meta(
          conductor,
          0x51,
          new byte[] {
            (byte) (microsPerQuarter >> 16), (byte) (microsPerQuarter >> 8), (byte) microsPerQuarter
          },
          0);
      int log2 = Integer.numberOfTrailingZeros(a.meter().denominator());
      meta(conductor, 0x58, new byte[] {(byte) a.meter().numerator(), (byte) log2, 24, 8}, 0);
      keySignature(conductor, a.key(), 0);
      for (int i = 1; i < a.keys().size(); i++) {
        KeySpan k = a.keys().get(i);
        keySignature(conductor, k.key(), ticks(a, k.start()));
      }
      for (FormSection s : a.sections()) {
        meta(conductor, 0x06, s.label().getBytes(StandardCharsets.UTF_8), ticks(a, s.start()));
      }
      for (Part p : a.parts()) {
        Track t = seq.createTrack();
        meta(t, 0x03, p.name().getBytes(StandardCharsets.UTF_8), 0);
        int ch = p.midiChannel();
        if (ch != 9) {
          t.add(
              new MidiEvent(
                  new ShortMessage(ShortMessage.PROGRAM_CHANGE, ch, p.midiProgram(), 0), 0));
        }
        for (Note n : p.notes()) {
          long on = ticks(a, n.event().startSeconds());
          long off =
              Math.max(on + 1, ticks(a, n.event().startSeconds() + n.event().durationSeconds()));
          int velocity = Math.max(1, Math.min(127, (int) Math.round(n.event().velocity() * 127)));
          int pitch = n.event().pitch();
          t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, ch, pitch, velocity), on));
          t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, ch, pitch, 0), off));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MidiSystem.write(seq, 1, out);
      return out.toByteArray();
    } catch (InvalidMidiDataException | IOException e) {
      throw new IllegalStateException("cannot build the MIDI file: " + e.getMessage(), e);
    }
  }

  static long ticks(Arrangement a, double seconds) {
    return Math.round(seconds / a.beatSeconds() * a.meter().quartersPerBeat() * PPQ);
  }

  private static void keySignature(Track t, Key key, long tick) throws InvalidMidiDataException {
    meta(
        t,
        0x59,
        new byte[] {(byte) key.signatureAccidentals(), (byte) (key.minor() ? 1 : 0)},
        tick);
  }

  private static void meta(Track t, int type, byte[] data, long tick)
      throws InvalidMidiDataException {
    t.add(new MidiEvent(new MetaMessage(type, data, data.length), tick));
  }
}
