package dev.cadenza.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * second is the left half of the time axis, a higher pitch is drawn higher. A drum part on channel
 * 10 plays a closed hi-hat (General MIDI key 42) every eighth note, the kick (36) on every beat and
 * the snare (38) on beats 2 and 4: its lane must show three rows, hats on top and the kick at the
 * bottom, with a mark where each hit falls.
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

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PianoRoll.draw(midi, null).png()));
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

  @Test
  void drumsGetALaneUnderThePitchedPartsWithARowForEachSoundAndAMarkForEachHit() throws Exception {
    Path midi = dir.resolve("arrangement.mid");
    Sequence sequence = new Sequence(Sequence.PPQ, 480);
    part(sequence, "lead", 0, new int[][] {{60, 0, 960}, {72, 960, 1920}});
    int[][] drums = new int[14][];
    for (int eighth = 0; eighth < 8; eighth++) {
      drums[eighth] = new int[] {42, eighth * 240, eighth * 240 + 60};
    }
    for (int beat = 0; beat < 4; beat++) {
      drums[8 + beat] = new int[] {36, beat * 480, beat * 480 + 60};
    }
    drums[12] = new int[] {38, 480, 540};
    drums[13] = new int[] {38, 1440, 1500};
    part(sequence, "drums", 9, drums);
    MidiSystem.write(sequence, 1, midi.toFile());

    PianoRoll.Drawing drawing = PianoRoll.draw(midi, null);
    assertThat(drawing.drums()).containsExactly("Closed Hi-Hat", "Acoustic Snare", "Bass Drum 1");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawing.png()));
    assertThat(image.getHeight()).isEqualTo(drawing.height());

    int quarter = image.getWidth() / 4;
    int lead = image.getRGB(quarter, rowOf(image, quarter, 0)) & 0xFFFFFF;
    int c4 = rowOf(image, quarter, lead);
    int c5 = rowOf(image, quarter * 3, lead);
    int belowC4 = c4;
    while ((image.getRGB(quarter, belowC4) & 0xFFFFFF) == lead) {
      belowC4++;
    }
    int[] rows = markRows(image, belowC4);
    assertThat(rows).as("a row per drum sound under the pitched notes").hasSize(3);
    List<Integer> hats = marks(image, rows[0]);
    List<Integer> snares = marks(image, rows[1]);
    List<Integer> kicks = marks(image, rows[2]);
    assertThat(hats).as("eight hats").hasSize(8);
    for (int i = 1; i < hats.size(); i++) {
      assertThat(hats.get(i) - hats.get(i - 1))
          .as("eighths evenly spaced")
          .isCloseTo(hats.get(1) - hats.get(0), within(1));
    }
    assertThat(kicks).as("kicks on the beats, with every other hat").hasSize(4);
    for (int beat = 0; beat < 4; beat++) {
      assertThat(kicks.get(beat)).isCloseTo(hats.get(2 * beat), within(1));
    }
    assertThat(snares).hasSize(2);
    assertThat(snares.get(0)).as("snare on beat 2").isCloseTo(hats.get(2), within(1));
    assertThat(snares.get(1)).as("snare on beat 4").isCloseTo(hats.get(6), within(1));
    assertThat(hats.get(4))
        .as("beat 3 is where C5 starts")
        .isCloseTo(start(image, c5, lead), within(1));
  }

  /** The middle row of each band of marks below {@code from} (above the legend), top first. */
  private static int[] markRows(BufferedImage image, int from) {
    List<Integer> middles = new ArrayList<>();
    int bandStart = -1;
    for (int y = from; y <= image.getHeight() - 30; y++) {
      boolean marked = y < image.getHeight() - 30 && !marksIn(image, y).isEmpty();
      if (marked && bandStart < 0) {
        bandStart = y;
      } else if (!marked && bandStart >= 0) {
        middles.add((bandStart + y - 1) / 2);
        bandStart = -1;
      }
    }
    return middles.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Where each mark of row y starts; a mark is at most 4 pixels wide (a hit, not a note). */
  private static List<Integer> marks(BufferedImage image, int y) {
    List<int[]> runs = marksIn(image, y);
    runs.forEach(r -> assertThat(r[1] - r[0]).as("a short mark").isLessThanOrEqualTo(4));
    return runs.stream().map(r -> r[0]).toList();
  }

  /** The runs of saturated pixels in row y, as [first, past the last]. */
  private static List<int[]> marksIn(BufferedImage image, int y) {
    List<int[]> runs = new ArrayList<>();
    int from = -1;
    for (int x = 0; x <= image.getWidth(); x++) {
      boolean on = x < image.getWidth() && saturated(image.getRGB(x, y) & 0xFFFFFF);
      if (on && from < 0) {
        from = x;
      } else if (!on && from >= 0) {
        runs.add(new int[] {from, x});
        from = -1;
      }
    }
    return runs;
  }

  /** The first column of row y in the colour. */
  private static int start(BufferedImage image, int y, int colour) {
    for (int x = 0; x < image.getWidth(); x++) {
      if ((image.getRGB(x, y) & 0xFFFFFF) == colour) {
        return x;
      }
    }
    return -1;
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
