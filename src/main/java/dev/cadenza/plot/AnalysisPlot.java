package dev.cadenza.plot;

import dev.cadenza.analyze.Analyzer;
import dev.cadenza.analyze.spectral.ColumnStore;
import dev.cadenza.analyze.spectral.SpectralFeatures;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.Curve;
import dev.cadenza.spec.KeyResult;
import dev.cadenza.spec.LoudnessResult;
import dev.cadenza.spec.SongSection;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * One picture of an analysis, to look at instead of reading the JSON: a header line (tempo, key,
 * loudness, true peak), the waveform with the sections shaded and labelled (letter, loudness, key)
 * and the beats ticked, a spectrogram on a log frequency axis, and the momentary and short-term
 * loudness against a target line. Drawn with Java2D off screen; needs no display.
 */
public final class AnalysisPlot {

  public static final int WIDTH = 1600;
  public static final int HEIGHT = 850;

  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int HEADER = 56;
  private static final int WAVE_TOP = HEADER + 22;
  private static final int WAVE_HEIGHT = 170;
  private static final int SPECTRUM_TOP = WAVE_TOP + WAVE_HEIGHT + 16;
  private static final int SPECTRUM_HEIGHT = 300;
  private static final int LOUDNESS_TOP = SPECTRUM_TOP + SPECTRUM_HEIGHT + 16;
  private static final int LOUDNESS_HEIGHT = 240;
  private static final int AXIS_TOP = LOUDNESS_TOP + LOUDNESS_HEIGHT;

  /** Loudness axis range, LUFS. */
  private static final double LOUDNESS_LOW = -50;

  private static final double LOUDNESS_HIGH = 0;

  /** Spectrogram colour range: dB below the loudest cell. */
  private static final double SPECTRUM_RANGE_DB = 80;

  private static final Color BACKGROUND = new Color(0xFA, 0xFA, 0xF7);
  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xD8);
  private static final Color WAVE = new Color(0x2B, 0x5C, 0x8A);
  private static final Color MOMENTARY = new Color(0x9C, 0xB8, 0xD6);
  private static final Color SHORT_TERM = new Color(0x1F, 0x3F, 0x73);
  private static final Color TARGET = new Color(0xC0, 0x39, 0x2B);
  private static final Color[] SECTION_COLOURS = {
    new Color(0x4E, 0x79, 0xA7, 48),
    new Color(0xF2, 0x8E, 0x2B, 48),
    new Color(0x59, 0xA1, 0x4F, 48),
    new Color(0xB0, 0x7A, 0xA1, 48),
    new Color(0xED, 0xC9, 0x48, 60),
    new Color(0x76, 0xB7, 0xB2, 48),
  };

  private final Analysis analysis;
  private final LoudnessResult loudness;
  private final SpectralFeatures features;
  private final double targetLufs;
  private final double duration;

  private AnalysisPlot(Analyzer.Measured measured, double targetLufs) {
    this.analysis = measured.analysis();
    this.loudness = measured.loudness();
    this.features = measured.features();
    this.targetLufs = targetLufs;
    this.duration = Math.max(1e-3, analysis.format().durationSeconds());
  }

  /** The plot as PNG bytes. */
  public static byte[] png(Analyzer.Measured measured, double targetLufs) throws IOException {
    BufferedImage image = render(measured, targetLufs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer in this Java runtime");
    }
    return out.toByteArray();
  }

  /** The plot as an image of {@link #WIDTH} by {@link #HEIGHT} pixels. */
  public static BufferedImage render(Analyzer.Measured measured, double targetLufs) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    return new AnalysisPlot(measured, targetLufs).draw();
  }

  private BufferedImage draw() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      header(g);
      spectrogram(g);
      sections(g);
      waveform(g);
      beats(g);
      loudnessCurves(g);
      timeAxis(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private int x(double seconds) {
    return LEFT + (int) Math.round(seconds / duration * (WIDTH - LEFT - RIGHT));
  }

  private void header(Graphics2D g) {
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(analysis.file() == null ? "stdin" : analysis.file(), LEFT, 24);
    List<String> facts = new ArrayList<>();
    facts.add(String.format(Locale.ROOT, "%.1f s", analysis.format().durationSeconds()));
    if (analysis.tempo() != null && analysis.tempo().bpm() != null) {
      facts.add(
          String.format(
              Locale.ROOT,
              "%.1f bpm%s",
              analysis.tempo().bpm(),
              analysis.timeSignature() == null ? "" : " " + analysis.timeSignature()));
    }
    KeyResult key = analysis.key();
    if (key != null && key.tonic() != null) {
      facts.add("key " + key.tonic() + " " + key.mode());
    }
    LoudnessResult l = analysis.loudness();
    if (l != null) {
      if (l.integratedLufs() != null) {
        facts.add(String.format(Locale.ROOT, "%.1f LUFS integrated", l.integratedLufs()));
      }
      if (l.loudnessRangeLu() != null) {
        facts.add(String.format(Locale.ROOT, "LRA %.1f LU", l.loudnessRangeLu()));
      }
      if (l.truePeakDbtp() != null) {
        facts.add(String.format(Locale.ROOT, "true peak %.1f dBTP", l.truePeakDbtp()));
      }
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString(String.join("   ·   ", facts), LEFT, 46);
  }

  private void sections(Graphics2D g) {
    List<SongSection> sections = analysis.sections();
    if (sections == null) {
      return;
    }
    List<Character> letters = new ArrayList<>();
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    for (SongSection s : sections) {
      char letter = s.label().charAt(0);
      if (!letters.contains(letter)) {
        letters.add(letter);
      }
      Color colour = SECTION_COLOURS[letters.indexOf(letter) % SECTION_COLOURS.length];
      int from = x(s.start());
      int to = x(s.end());
      g.setColor(colour);
      g.fillRect(from, WAVE_TOP, to - from, WAVE_HEIGHT);
      g.fillRect(from, LOUDNESS_TOP, to - from, LOUDNESS_HEIGHT);
      g.setColor(INK);
      g.drawLine(from, WAVE_TOP - 18, from, AXIS_TOP);
      g.setFont(font);
      g.drawString(s.label(), from + 4, WAVE_TOP - 5);
      // After the letter: the section's loudness and key, as far as there is room for them.
      List<String> notes = new ArrayList<>();
      if (s.loudnessLufs() != null) {
        notes.add(String.format(Locale.ROOT, "%.1f LUFS", s.loudnessLufs()));
      }
      if (s.key() != null) {
        notes.add(s.key().tonic() + " " + s.key().mode());
      }
      g.setFont(small);
      String text = String.join("  ", notes);
      while (!notes.isEmpty() && g.getFontMetrics().stringWidth(text) > to - from - 30) {
        notes.remove(notes.size() - 1);
        text = String.join("  ", notes);
      }
      g.drawString(text, from + 22, WAVE_TOP - 5);
    }
  }

  private void waveform(Graphics2D g) {
    frame(g, WAVE_TOP, WAVE_HEIGHT, "waveform");
    int mid = WAVE_TOP + WAVE_HEIGHT / 2;
    g.setColor(GRID);
    g.drawLine(LEFT, mid, WIDTH - RIGHT, mid);
    if (features == null || features.waveform() == null) {
      return;
    }
    ColumnStore wave = features.waveform();
    double seconds = features.hopSeconds() * wave.hopsPerColumn();
    int width = WIDTH - LEFT - RIGHT;
    float[] low = new float[width];
    float[] high = new float[width];
    java.util.Arrays.fill(low, Float.POSITIVE_INFINITY);
    java.util.Arrays.fill(high, Float.NEGATIVE_INFINITY);
    for (int c = 0; c < wave.columns(); c++) {
      int from = Math.min(width - 1, x(c * seconds) - LEFT);
      int to = Math.min(width - 1, Math.max(from, x((c + 1) * seconds) - LEFT - 1));
      for (int p = from; p <= to; p++) {
        low[p] = Math.min(low[p], wave.get(c, 0));
        high[p] = Math.max(high[p], wave.get(c, 1));
      }
    }
    g.setColor(WAVE);
    double half = WAVE_HEIGHT / 2.0 - 4;
    for (int p = 0; p < width; p++) {
      if (low[p] > high[p]) {
        continue;
      }
      int top = mid - (int) Math.round(Math.min(1, high[p]) * half);
      int bottom = mid - (int) Math.round(Math.max(-1, low[p]) * half);
      g.drawLine(LEFT + p, top, LEFT + p, Math.max(top, bottom));
    }
  }

  private void beats(Graphics2D g) {
    List<Double> beats = analysis.beats();
    if (beats == null) {
      return;
    }
    List<Double> downbeats = analysis.downbeats() == null ? List.of() : analysis.downbeats();
    int bottom = WAVE_TOP + WAVE_HEIGHT;
    for (double beat : beats) {
      boolean down = downbeats.contains(beat);
      g.setColor(down ? INK : new Color(0x88, 0x88, 0x88));
      g.drawLine(x(beat), bottom - (down ? 10 : 5), x(beat), bottom);
    }
  }

  private void spectrogram(Graphics2D g) {
    frame(g, SPECTRUM_TOP, SPECTRUM_HEIGHT, null);
    if (features == null || features.spectrogram() == null) {
      return;
    }
    ColumnStore cells = features.spectrogram();
    double[] edges = features.bandEdges();
    int bands = cells.rows();
    double seconds = features.hopSeconds() * cells.hopsPerColumn();
    double loudest = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < cells.columns(); c++) {
      for (int b = 0; b < bands; b++) {
        loudest = Math.max(loudest, level(cells, c, b, edges));
      }
    }
    double lowHz = 20;
    double highHz = edges[bands];
    // The frame of hop j is centred on the hop's first sample: a column reaches half a hop back.
    double lead = features.hopSeconds() / 2;
    g.setClip(LEFT + 1, SPECTRUM_TOP + 1, WIDTH - LEFT - RIGHT - 1, SPECTRUM_HEIGHT - 1);
    for (int c = 0; c < cells.columns(); c++) {
      int from = x(c * seconds - lead);
      int to = Math.max(from + 1, x((c + 1) * seconds - lead));
      for (int b = 0; b < bands; b++) {
        double f0 = Math.max(lowHz, edges[b]);
        double f1 = edges[b + 1];
        int yTop = SPECTRUM_TOP + frequencyY(f1, lowHz, highHz);
        int yBottom = SPECTRUM_TOP + frequencyY(f0, lowHz, highHz);
        double db = level(cells, c, b, edges) - loudest;
        g.setColor(heat(1 + db / SPECTRUM_RANGE_DB));
        g.fillRect(from, yTop, to - from, Math.max(1, yBottom - yTop));
      }
    }
    g.setClip(null);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (double f : new double[] {50, 100, 250, 500, 1000, 2000, 4000, 8000, 16000}) {
      if (f >= highHz) {
        continue;
      }
      int y = SPECTRUM_TOP + frequencyY(f, lowHz, highHz);
      g.setColor(INK);
      g.drawLine(LEFT - 5, y, LEFT, y);
      g.drawString(f >= 1000 ? (int) (f / 1000) + "k" : String.valueOf((int) f), LEFT - 34, y + 4);
    }
    g.setColor(Color.WHITE);
    g.drawString("spectrum (Hz)", LEFT + 6, SPECTRUM_TOP + 14);
  }

  /** Power per Hz of one cell in dB, so wide bands do not look louder than narrow ones. */
  private static double level(ColumnStore cells, int c, int b, double[] edges) {
    double width = Math.max(1, edges[b + 1] - edges[b]);
    return 10 * Math.log10(cells.get(c, b) / width + 1e-20);
  }

  private static int frequencyY(double f, double low, double high) {
    double position = Math.log(f / low) / Math.log(high / low);
    return (int) Math.round((1 - Math.max(0, Math.min(1, position))) * SPECTRUM_HEIGHT);
  }

  /** Black through blue, red and yellow to white for 0..1. */
  static Color heat(double v) {
    double t = Math.max(0, Math.min(1, v));
    double r = Math.min(1, Math.max(0, 2.2 * t - 0.6));
    double gr = Math.min(1, Math.max(0, 2.2 * t - 1.2));
    double b = Math.min(1, Math.max(0, t < 0.4 ? 1.6 * t + 0.1 : 1.6 * (0.75 - t)));
    return new Color((float) r, (float) gr, (float) Math.max(b, gr * gr));
  }

  private void loudnessCurves(Graphics2D g) {
    frame(g, LOUDNESS_TOP, LOUDNESS_HEIGHT, null);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (double lufs = LOUDNESS_LOW; lufs <= LOUDNESS_HIGH; lufs += 10) {
      int y = loudnessY(lufs);
      g.setColor(GRID);
      g.drawLine(LEFT, y, WIDTH - RIGHT, y);
      g.setColor(INK);
      g.drawString(String.valueOf((int) lufs), LEFT - 28, y + 4);
    }
    label(g, "loudness (LUFS)", LOUDNESS_TOP);
    if (loudness != null) {
      curve(g, loudness.momentary(), MOMENTARY, 1f);
      curve(g, loudness.shortTerm(), SHORT_TERM, 2f);
    }
    int y = loudnessY(targetLufs);
    g.setColor(TARGET);
    g.setStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
    g.drawLine(LEFT, y, WIDTH - RIGHT, y);
    g.setStroke(new BasicStroke(1f));
    g.drawString(String.format(Locale.ROOT, "target %.1f", targetLufs), WIDTH - RIGHT - 80, y - 4);
    g.setColor(MOMENTARY);
    g.drawString("momentary (400 ms)", LEFT + 130, LOUDNESS_TOP + 14);
    g.setColor(SHORT_TERM);
    g.drawString("short-term (3 s)", LEFT + 270, LOUDNESS_TOP + 14);
  }

  private void curve(Graphics2D g, Curve curve, Color colour, float width) {
    if (curve == null) {
      return;
    }
    Path2D.Double path = new Path2D.Double();
    boolean drawing = false;
    List<Double> values = curve.lufs();
    // At most about two points per pixel: the curve has one value per 10 ms.
    int step = Math.max(1, values.size() / (2 * (WIDTH - LEFT - RIGHT)));
    for (int i = 0; i < values.size(); i += step) {
      Double v = values.get(i);
      if (v == null || v < LOUDNESS_LOW) {
        drawing = false;
        continue;
      }
      double px = x(curve.firstEndSeconds() + i * curve.hopSeconds());
      double py = loudnessY(Math.min(LOUDNESS_HIGH, v));
      if (drawing) {
        path.lineTo(px, py);
      } else {
        path.moveTo(px, py);
        drawing = true;
      }
    }
    g.setColor(colour);
    g.setStroke(new BasicStroke(width));
    g.draw(path);
    g.setStroke(new BasicStroke(1f));
  }

  private static int loudnessY(double lufs) {
    double position = (lufs - LOUDNESS_LOW) / (LOUDNESS_HIGH - LOUDNESS_LOW);
    return LOUDNESS_TOP + (int) Math.round((1 - position) * LOUDNESS_HEIGHT);
  }

  private void timeAxis(Graphics2D g) {
    double[] steps = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1200};
    double step = steps[steps.length - 1];
    for (double s : steps) {
      if (duration / s <= 20) {
        step = s;
        break;
      }
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.setColor(INK);
    for (double t = 0; t <= duration + 1e-9; t += step) {
      int px = x(t);
      g.drawLine(px, AXIS_TOP, px, AXIS_TOP + 5);
      String text =
          duration >= 120
              ? String.format(Locale.ROOT, "%d:%02d", (int) t / 60, (int) t % 60)
              : String.format(Locale.ROOT, "%.0f s", t);
      g.drawString(text, px - 12, AXIS_TOP + 18);
    }
  }

  private static void frame(Graphics2D g, int top, int height, String name) {
    g.setColor(INK);
    g.drawRect(LEFT, top, WIDTH - LEFT - RIGHT, height);
    if (name != null) {
      label(g, name, top);
    }
  }

  private static void label(Graphics2D g, String text, int top) {
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString(text, LEFT + 6, top + 14);
  }
}
