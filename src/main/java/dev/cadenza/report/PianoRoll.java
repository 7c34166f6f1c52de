package dev.cadenza.report;

import dev.cadenza.music.GmDrums;
import dev.cadenza.qa.MidiNotes;
import dev.cadenza.spec.Manifest;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;

/**
 * A piano roll of a track's {@code arrangement.mid}: each part's pitched notes as bars on a pitch
 * axis (one colour a part, named in a legend), under a band of the form's sections and a band of
 * the chords from the manifest's truth, with bar lines at the downbeats. Drums (channel 10) have no
 * pitch: they go in a lane under the pitched parts, a row for each drum sound the file plays (named
 * as General MIDI names its key), each hit a short mark. Drawn with Java2D off screen.
 */
final class PianoRoll {

  static final int WIDTH = 1600;

  /** Room for a drum row's name (the longest GM name, "Acoustic Bass Drum", at 12 px). */
  private static final int LEFT = 136;

  private static final int RIGHT = 12;
  private static final int SECTION_TOP = 8;
  private static final int BAND = 22;
  private static final int CHORD_TOP = SECTION_TOP + BAND + 2;
  private static final int NOTES_TOP = CHORD_TOP + BAND + 6;
  private static final int NOTES_HEIGHT = 300;
  private static final int DRUM_GAP = 8;
  private static final int DRUM_ROW = 20;
  private static final int MARK_WIDTH = 3;
  private static final int LEGEND_GAP = 8;
  private static final int LEGEND_HEIGHT = 26;

  private static final Color BACKGROUND = new Color(0xFA, 0xFA, 0xF7);
  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color GRID = new Color(0xE4, 0xE4, 0xDE);
  private static final Color OCTAVE = new Color(0xC8, 0xC8, 0xC0);
  private static final Color BAND_FILL = new Color(0xEE, 0xEE, 0xE8);

  /** Colours told apart with colour-blind eyes too (Okabe and Ito's palette, darkened a little). */
  private static final Color[] PART_COLOURS = {
    new Color(0x00, 0x72, 0xB2),
    new Color(0xD5, 0x5E, 0x00),
    new Color(0x00, 0x9E, 0x73),
    new Color(0xCC, 0x79, 0xA7),
    new Color(0xB8, 0x8A, 0x00),
    new Color(0x56, 0x8F, 0xC4),
    new Color(0x44, 0x44, 0x44),
  };

  /**
   * The drum part's own colour (and a second one's), apart from the pitched parts' palette: the
   * lane is labelled by row, and a palette colour there read as a second bass or lead.
   */
  private static final Color[] DRUM_COLOURS = {
    new Color(0x6A, 0x3D, 0x9A), new Color(0x44, 0x44, 0x44),
  };

  /**
   * A drawn piano roll: its PNG, its height in pixels (it grows with the drum lane), and the drum
   * sounds of its lane from top to bottom.
   */
  record Drawing(byte[] png, int height, List<String> drums) {}

  private final Map<String, List<MidiNotes.Note>> parts;
  private final Map<String, List<MidiNotes.Note>> drums;
  private final List<Integer> drumKeys;
  private final Manifest.Truth truth;
  private final double duration;
  private final int low;
  private final int high;

  private PianoRoll(
      Map<String, List<MidiNotes.Note>> parts,
      Map<String, List<MidiNotes.Note>> drums,
      Manifest.Truth truth) {
    this.parts = parts;
    this.drums = drums;
    this.truth = truth;
    // Rows by key as the pitched notes go by pitch, highest on top: the kick at the bottom.
    TreeSet<Integer> keys = new TreeSet<>(Comparator.reverseOrder());
    double end = truth == null ? 0 : truth.durationSeconds();
    for (List<MidiNotes.Note> hits : drums.values()) {
      for (MidiNotes.Note hit : hits) {
        end = Math.max(end, hit.end());
        keys.add(hit.pitch());
      }
    }
    this.drumKeys = List.copyOf(keys);
    int lo = 127;
    int hi = 0;
    for (List<MidiNotes.Note> notes : parts.values()) {
      for (MidiNotes.Note n : notes) {
        end = Math.max(end, n.end());
        lo = Math.min(lo, n.pitch());
        hi = Math.max(hi, n.pitch());
      }
    }
    this.duration = Math.max(1e-3, end);
    // Whole octaves from C, so the axis reads as a keyboard.
    this.low = lo > hi ? 48 : lo / 12 * 12;
    this.high = lo > hi ? 72 : (hi / 12 + 1) * 12;
    // A row a pitch, its C at the bottom: the highest note's row ends at or below the top C.
  }

  /** The piano roll of {@code midi} with the truth's sections and chords. */
  static Drawing draw(Path midi, Manifest.Truth truth) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    PianoRoll roll = new PianoRoll(MidiNotes.read(midi), MidiNotes.percussion(midi), truth);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(roll.image(), "png", out)) {
      throw new IOException("no PNG writer in this Java runtime");
    }
    GmDrums gm = GmDrums.standard();
    return new Drawing(
        out.toByteArray(), roll.height(), roll.drumKeys.stream().map(gm::name).toList());
  }

  private BufferedImage image() {
    BufferedImage image = new BufferedImage(WIDTH, height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, WIDTH, height());
      pitchGrid(g);
      drumGrid(g);
      barLines(g, NOTES_TOP, NOTES_TOP + NOTES_HEIGHT);
      barLines(g, drumTop(), drumBottom());
      if (truth != null) {
        band(g, SECTION_TOP, spans(truth.sections()), true);
        band(g, CHORD_TOP, chords(truth.chords()), false);
      }
      notes(g);
      hits(g);
      legend(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The drum lane's top: under the pitched notes, with a gap when there is a lane. */
  private int drumTop() {
    return NOTES_TOP + NOTES_HEIGHT + (drumKeys.isEmpty() ? 0 : DRUM_GAP);
  }

  private int drumBottom() {
    return drumTop() + drumKeys.size() * DRUM_ROW;
  }

  private int legendTop() {
    return drumBottom() + LEGEND_GAP;
  }

  private int height() {
    return legendTop() + LEGEND_HEIGHT;
  }

  private int x(double seconds) {
    return LEFT + (int) Math.round(seconds / duration * (WIDTH - LEFT - RIGHT));
  }

  private double rowHeight() {
    return (double) NOTES_HEIGHT / (high - low);
  }

  private int y(int pitch) {
    return NOTES_TOP + (int) Math.round((high - pitch) * rowHeight());
  }

  /** A line at every C, labelled C2, C3, … (MIDI 60 is C4), and a faint one at every F. */
  private void pitchGrid(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int pitch = low; pitch <= high; pitch++) {
      int pc = pitch % 12;
      if (pc != 0 && pc != 5) {
        continue;
      }
      int y = y(pitch);
      g.setColor(pc == 0 ? OCTAVE : GRID);
      g.drawLine(LEFT, y, WIDTH - RIGHT, y);
      if (pc == 0) {
        g.setColor(INK);
        rightAligned(g, "C" + (pitch / 12 - 1), y + 4);
      }
    }
    g.setColor(INK);
    g.drawRect(LEFT, NOTES_TOP, WIDTH - LEFT - RIGHT, NOTES_HEIGHT);
  }

  /** A row a drum sound, its GM name beside it, in a frame of its own under the pitched notes. */
  private void drumGrid(Graphics2D g) {
    if (drumKeys.isEmpty()) {
      return;
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    GmDrums gm = GmDrums.standard();
    for (int row = 0; row < drumKeys.size(); row++) {
      int top = drumTop() + row * DRUM_ROW;
      if (row > 0) {
        g.setColor(GRID);
        g.drawLine(LEFT, top, WIDTH - RIGHT, top);
      }
      g.setColor(INK);
      rightAligned(g, gm.name(drumKeys.get(row)), top + DRUM_ROW - 6);
    }
    g.drawRect(LEFT, drumTop(), WIDTH - LEFT - RIGHT, drumBottom() - drumTop());
  }

  private static void rightAligned(Graphics2D g, String text, int baseline) {
    g.drawString(text, LEFT - 6 - g.getFontMetrics().stringWidth(text), baseline);
  }

  private void barLines(Graphics2D g, int top, int bottom) {
    if (truth == null || truth.downbeats() == null || bottom <= top) {
      return;
    }
    g.setColor(GRID);
    for (double downbeat : truth.downbeats()) {
      g.drawLine(x(downbeat), top + 1, x(downbeat), bottom - 1);
    }
  }

  private record Label(double start, double end, String text) {}

  private static List<Label> spans(List<Manifest.Span> spans) {
    return spans == null
        ? List.of()
        : spans.stream().map(s -> new Label(s.start(), s.end(), s.label())).toList();
  }

  private static List<Label> chords(List<Manifest.Chord> chords) {
    return chords == null
        ? List.of()
        : chords.stream().map(c -> new Label(c.start(), c.end(), c.symbol())).toList();
  }

  /** A row of labelled boxes; sections also draw their boundary down through the notes. */
  private void band(Graphics2D g, int top, List<Label> labels, boolean sections) {
    g.setFont(new Font(Font.SANS_SERIF, sections ? Font.BOLD : Font.PLAIN, 12));
    FontMetrics metrics = g.getFontMetrics();
    for (Label label : labels) {
      int from = x(label.start());
      int to = x(label.end());
      g.setColor(BAND_FILL);
      g.fillRect(from, top, Math.max(1, to - from - 1), BAND);
      g.setColor(INK);
      if (sections) {
        g.drawLine(from, top, from, Math.max(NOTES_TOP + NOTES_HEIGHT, drumBottom()));
      }
      String text = label.text();
      if (metrics.stringWidth(text) <= to - from - 6) {
        g.drawString(text, from + 4, top + BAND - 7);
      }
    }
  }

  /** A note fills its pitch's row, from the line of its pitch up to the next one's. */
  private void notes(Graphics2D g) {
    int part = 0;
    for (List<MidiNotes.Note> notes : parts.values()) {
      g.setColor(PART_COLOURS[part++ % PART_COLOURS.length]);
      for (MidiNotes.Note n : notes) {
        int from = x(n.start());
        int width = Math.max(2, x(n.end()) - from - 1);
        int top = y(n.pitch() + 1) + 1;
        g.fillRect(from, top, width, Math.max(1, y(n.pitch()) - top));
      }
    }
  }

  /** A hit is a short mark at its onset in its sound's row, in its part's colour. */
  private void hits(Graphics2D g) {
    int part = 0;
    for (List<MidiNotes.Note> hits : drums.values()) {
      g.setColor(DRUM_COLOURS[part++ % DRUM_COLOURS.length]);
      for (MidiNotes.Note hit : hits) {
        int top = drumTop() + drumKeys.indexOf(hit.pitch()) * DRUM_ROW;
        int from = Math.min(x(hit.start()), WIDTH - RIGHT - MARK_WIDTH);
        g.fillRect(from, top + 4, MARK_WIDTH, DRUM_ROW - 7);
      }
    }
  }

  /** The parts in their colours: the pitched ones, then the drums. */
  private void legend(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    FontMetrics metrics = g.getFontMetrics();
    int x = LEFT;
    int part = 0;
    for (String name : parts.keySet()) {
      x = legendEntry(g, metrics, x, PART_COLOURS[part++ % PART_COLOURS.length], name);
    }
    part = 0;
    for (String name : drums.keySet()) {
      x = legendEntry(g, metrics, x, DRUM_COLOURS[part++ % DRUM_COLOURS.length], name);
    }
  }

  /** A swatch and a name at {@code x}; returns where the next entry starts. */
  private int legendEntry(Graphics2D g, FontMetrics metrics, int x, Color colour, String name) {
    g.setColor(colour);
    g.fillRect(x, legendTop() + 3, 14, 12);
    g.setColor(INK);
    g.drawString(name, x + 20, legendTop() + 14);
    return x + 20 + metrics.stringWidth(name) + 24;
  }
}
