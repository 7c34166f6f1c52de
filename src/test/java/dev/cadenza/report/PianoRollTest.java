package dev.cadenza.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The piano roll of a MIDI file written here with javax.sound.midi: at 120 bpm (the MIDI default
 * tempo) and 480 ticks a quarter, the "lead" plays C4 for the first second and C5 for the next, and
 * the "bass" plays C2 throughout. Where each note must appear follows from that alone: the first
 * second is the left half of the time axis, a higher pitch is drawn higher.
 */
class PianoRollTest {

  @TempDir Path dir;

  @Test
  void notesAppearWhereAndWhenTheyArePlayedInTheirPartsColours() throws Exception {
    Path midi = dir.resolve("arrangement.mid");
    Sequence sequence = new Sequence(Sequence.PPQ, 480);
    part(sequence, "lead", 0, new int[][] {{60, 0, 960}, {72, 960, 1920}});
    part(sequence, "bass", 1, new int[][] {{36, 0, 1920}});
    MidiSystem.write(sequence, 1, midi.toFile());

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PianoRoll.png(midi, null)));
    assertThat(image.getWidth()).isEqualTo(PianoRoll.WIDTH);
    int firstHalf = image.getWidth() / 4;
    int secondHalf = image.getWidth() * 3 / 4;
    int lead = image.getRGB(firstHalf, rowOf(image, firstHalf, 0)) & 0xFFFFFF;
    int c4 = rowOf(image, firstHalf, lead);
    int c5 = rowOf(image, secondHalf, lead);
    assertThat(c5).as("C5 above C4").isLessThan(c4);
    assertThat(rowOf(image, secondHalf, lead, c4)).as("C4 stops after a second").isEqualTo(-1);
    int bass = image.getRGB(firstHalf, lowest(image, firstHalf)) & 0xFFFFFF;
    assertThat(bass).as("a part of its own colour").isNotEqualTo(lead);
    assertThat(lowest(image, firstHalf)).isGreaterThan(c4);
    assertThat(lowest(image, secondHalf)).isEqualTo(lowest(image, firstHalf));
  }

  private static void part(Sequence sequence, String name, int channel, int[][] notes)
      throws Exception {
    Track track = sequence.createTrack();
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    track.add(new MidiEvent(new MetaMessage(0x03, text, text.length), 0));
    for (int[] n : notes) {
      track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, channel, n[0], 100), n[1]));
      track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, channel, n[0], 0), n[2]));
    }
  }

  /** The top row of column x in a note's colour; colour 0 means the first saturated pixel. */
  private static int rowOf(BufferedImage image, int x, int colour) {
    return rowOf(image, x, colour, -1);
  }

  /** As above, or whether row {@code only} has it (-1 when not). */
  private static int rowOf(BufferedImage image, int x, int colour, int only) {
    for (int y = 0; y < image.getHeight() - 30; y++) {
      if (only >= 0 && y != only) {
        continue;
      }
      int rgb = image.getRGB(x, y) & 0xFFFFFF;
      if (colour == 0 ? saturated(rgb) : rgb == colour) {
        return y;
      }
    }
    return -1;
  }

  /** The bottom-most saturated pixel of column x above the legend. */
  private static int lowest(BufferedImage image, int x) {
    for (int y = image.getHeight() - 30; y >= 0; y--) {
      if (saturated(image.getRGB(x, y) & 0xFFFFFF)) {
        return y;
      }
    }
    return -1;
  }

  /** A note's colour, not the paper's greys. */
  private static boolean saturated(int rgb) {
    int r = rgb >> 16 & 0xFF;
    int g = rgb >> 8 & 0xFF;
    int b = rgb & 0xFF;
    return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
  }
}
