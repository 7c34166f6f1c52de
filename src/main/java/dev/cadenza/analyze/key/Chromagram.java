package dev.cadenza.analyze.key;

import dev.cadenza.analyze.spectral.ColumnStore;
import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Accumulates the pitch-class content of a mono stream from its short-time spectrum, keeping no
 * audio beyond one analysis frame.
 *
 * <p>Each frame (Hann window, about 0.37 s, half overlapped) is searched for spectral peaks that
 * stand out from their neighbourhood: the magnitude spectrum is divided by its moving average over
 * about a third of an octave (spectral whitening), and only local maxima at least {@link
 * #PEAK_RATIO} times that average count. Broadband sound (drums, noise) rarely makes such peaks, so
 * it hardly reaches the chroma; and a frame counts in proportion to the share of its energy that
 * lies in peaks, which suppresses frames a drum hit dominates. Peaks that are probably the third or
 * fifth partial of a stronger peak below are left out ({@link #isOvertone}). Each peak's frequency
 * is refined by parabolic interpolation of the log magnitude and filed, at its exact pitch, into a
 * histogram of ten bins per semitone. Folding into twelve pitch classes happens at the end, once
 * the tuning is known ({@link #fold}).
 *
 * <p>The same evidence is also kept over time, in columns of about {@link #TIMELINE_SECONDS}
 * (coarser for long streams: {@link ColumnStore}), so that any stretch of the stream can be folded
 * on its own ({@link #fold(double, double, double)}): the key of a section.
 */
final class Chromagram {

  /** Histogram resolution: bins per semitone. */
  static final int BINS_PER_SEMITONE = 10;

  static final int BINS = 12 * BINS_PER_SEMITONE;

  /** A peak must exceed the local average magnitude by this factor. */
  static final double PEAK_RATIO = 3;

  /** Lowest partial used: A1. Lower, a frame cannot separate semitones. */
  static final double LOW_HZ = 55;

  /** Highest partial used: C7; above it, harmonics of lower notes outnumber fundamentals. */
  static final double HIGH_HZ = 2_100;

  /** Semitones from a fundamental to its third partial, 12 log2(3), and to its fifth. */
  private static final double THIRD_PARTIAL = 12 * Math.log(3) / Math.log(2);

  private static final double FIFTH_PARTIAL = 12 * Math.log(5) / Math.log(2);

  /** Time step of the timeline at the start (it coarsens past {@link #TIMELINE_COLUMNS}). */
  static final double TIMELINE_SECONDS = 1.0;

  /** Columns of the timeline kept: over an hour at one second, then coarser. */
  static final int TIMELINE_COLUMNS = 4096;

  /** Timeline rows after the histogram: tonality and sounding frames. */
  private static final int TONALITY_ROW = BINS;

  private static final int SOUNDING_ROW = BINS + 1;

  /** Frames quieter than this RMS (about -100 dBFS) are silence, not evidence. */
  private static final double SILENT_RMS = 1e-5;

  private final double sampleRate;
  private final int size;
  private final int hop;
  private final float[] window;
  private final float[] frame;
  private final float[] spectrum;
  private final double[] magnitude;
  private final double[] prefix;
  private final int lowBin;
  private final int highBin;
  private final int firstBin;
  private final int lastBin;
  private final FloatFFT_1D fft;
  private final double[] histogram = new double[BINS];
  private final TuningEstimator tuning = new TuningEstimator();
  private final double[] peakPitches = new double[512];
  private final double[] peakAmplitudes = new double[512];
  private final ColumnStore timeline;
  private final double[] frameEvidence = new double[BINS + 2];
  private int filled;
  private double tonalWeight;
  private int frames;
  private int soundingFrames;

  Chromagram(double sampleRate) {
    this.sampleRate = sampleRate;
    // The power of two nearest to half a second: 4096 points (0.37 s, 2.7 Hz per bin) at 11 kHz;
    // at least 256 so that absurdly low rates still make progress (and find nothing).
    this.size = Math.max(256, Integer.highestOneBit((int) Math.round(sampleRate * 0.5)));
    this.hop = size / 2;
    this.window = new float[size];
    for (int i = 0; i < size; i++) {
      window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / size));
    }
    this.frame = new float[size];
    this.spectrum = new float[size];
    this.magnitude = new double[size / 2 + 1];
    this.prefix = new double[size / 2 + 2];
    this.lowBin = Math.max(2, (int) Math.floor(LOW_HZ * size / sampleRate) - 1);
    this.highBin = Math.min(size / 2 - 2, (int) Math.ceil(HIGH_HZ * size / sampleRate) + 1);
    // Magnitudes are needed a neighbourhood beyond the band (see analyse).
    this.firstBin = 1;
    this.lastBin = Math.min(size / 2 - 1, (int) (highBin * 1.15) + 7);
    this.fft = new FloatFFT_1D(size);
    this.timeline =
        ColumnStore.of(
            BINS + 2,
            ColumnStore.Merge.SUM,
            TIMELINE_COLUMNS,
            (int) Math.max(1, Math.round(TIMELINE_SECONDS * sampleRate / hop)));
  }

  /** Feeds the next {@code count} samples. */
  void accept(float[] samples, int count) {
    int offset = 0;
    while (offset < count) {
      int take = Math.min(count - offset, size - filled);
      System.arraycopy(samples, offset, frame, filled, take);
      filled += take;
      offset += take;
      if (filled == size) {
        analyse();
        System.arraycopy(frame, hop, frame, 0, size - hop);
        filled = size - hop;
      }
    }
  }

  /** Analyses what remains, zero-padded, so that a short file still yields a frame. */
  void finish() {
    if (filled > hop || frames == 0 && filled > 0) {
      Arrays.fill(frame, filled, size, 0f);
      analyse();
    }
    filled = 0;
    timeline.finish();
  }

  private void analyse() {
    Arrays.fill(frameEvidence, 0);
    analyseFrame();
    timeline.add(frameEvidence);
  }

  /** One frame into the histogram, and into {@link #frameEvidence} for the timeline. */
  private void analyseFrame() {
    frames++;
    double energy = 0;
    for (int i = 0; i < size; i++) {
      float x = frame[i];
      energy += x * x;
      spectrum[i] = x * window[i];
    }
    if (Math.sqrt(energy / size) < SILENT_RMS) {
      return;
    }
    soundingFrames++;
    frameEvidence[SOUNDING_ROW] = 1;
    fft.realForward(spectrum);
    int from = firstBin;
    int to = lastBin;
    double bandPower = 0;
    prefix[from] = 0;
    for (int k = from; k <= to; k++) {
      double re = spectrum[2 * k];
      double im = spectrum[2 * k + 1];
      double power = re * re + im * im;
      magnitude[k] = Math.sqrt(power);
      prefix[k + 1] = prefix[k] + magnitude[k];
      if (k >= lowBin && k <= highBin) {
        bandPower += power;
      }
    }
    if (!(bandPower > 0)) {
      return;
    }
    // Peaks of this frame, gathered first so the frame's weight can scale them.
    double peakPower = 0;
    double maxPeak = 0;
    int count = 0;
    double[] pitches = peakPitches;
    double[] amplitudes = peakAmplitudes;
    for (int k = lowBin; k <= highBin; k++) {
      double m = magnitude[k];
      if (!(m > magnitude[k - 1] && m >= magnitude[k + 1])) {
        continue;
      }
      // Neighbourhood of about +-13 % in frequency (two semitones), at least +-6 bins.
      int half = Math.max(6, (int) (k * 0.13));
      int lo = Math.max(from, k - half);
      int hi = Math.min(to, k + half);
      double mean = (prefix[hi + 1] - prefix[lo]) / (hi - lo + 1);
      if (m < PEAK_RATIO * mean) {
        continue;
      }
      double a = Math.log(magnitude[k - 1] + 1e-30);
      double b = Math.log(m);
      double c = Math.log(magnitude[k + 1] + 1e-30);
      double denominator = a - 2 * b + c;
      double delta = denominator < 0 ? 0.5 * (a - c) / denominator : 0;
      double frequency = (k + delta) * sampleRate / size;
      if (frequency < LOW_HZ || frequency > HIGH_HZ || count == pitches.length) {
        continue;
      }
      double amplitude = Math.exp(b - 0.25 * (a - c) * delta);
      pitches[count] = 69 + 12 * Math.log(frequency / 440) / Math.log(2);
      amplitudes[count] = amplitude;
      count++;
      peakPower += amplitude * amplitude;
      maxPeak = Math.max(maxPeak, amplitude);
    }
    if (count == 0) {
      return;
    }
    // A Hann-windowed sinusoid puts about 2/3 of its power in the peak bin; 1.5 rescales to a
    // share.
    double tonality = Math.min(1, 1.5 * peakPower / bandPower);
    tonalWeight += tonality;
    frameEvidence[TONALITY_ROW] = tonality;
    for (int i = 0; i < count; i++) {
      if (isOvertone(i)) {
        continue;
      }
      double weight = tonality * amplitudes[i] / maxPeak;
      double position =
          Math.floorMod((long) Math.floor(pitches[i] * BINS_PER_SEMITONE), BINS)
              + (pitches[i] * BINS_PER_SEMITONE - Math.floor(pitches[i] * BINS_PER_SEMITONE));
      int bin = (int) position;
      double fraction = position - bin;
      histogram[bin] += weight * (1 - fraction);
      histogram[(bin + 1) % BINS] += weight * fraction;
      frameEvidence[bin] += weight * (1 - fraction);
      frameEvidence[(bin + 1) % BINS] += weight * fraction;
      tuning.add(pitches[i], weight * weight);
    }
  }

  /**
   * Whether peak {@code j} is most likely the third or fifth partial of a stronger lower peak
   * rather than a note: those partials add a fifth and a major third that the music does not play
   * (the fifth partial of a minor chord's root would make it sound major to the profiles). A peak
   * at least half as strong as the would-be fundamental is kept: a played note sits there too.
   */
  private boolean isOvertone(int j) {
    for (int i = 0; i < j; i++) {
      double interval = peakPitches[j] - peakPitches[i];
      if ((Math.abs(interval - THIRD_PARTIAL) < 0.3 || Math.abs(interval - FIFTH_PARTIAL) < 0.3)
          && peakAmplitudes[j] < 0.5 * peakAmplitudes[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mean tonality of the sounding frames, 0..1: the share of a frame's energy between {@link
   * #LOW_HZ} and {@link #HIGH_HZ} that lies in spectral peaks. Near 1 for chords, near 0 for noise.
   */
  double tonality() {
    return soundingFrames == 0 ? 0 : tonalWeight / soundingFrames;
  }

  TuningEstimator tuning() {
    return tuning;
  }

  /**
   * The twelve pitch classes, C first, with the histogram shifted by {@code tuningCents} before
   * folding. Each histogram bin counts towards its nearest pitch class with weight cos^2 of its
   * distance in semitones times pi, so mistuned and inharmonic partials between two classes count
   * little.
   */
  double[] fold(double tuningCents) {
    return fold(histogram, tuningCents);
  }

  private static double[] fold(double[] histogram, double tuningCents) {
    double[] chroma = new double[12];
    for (int b = 0; b < BINS; b++) {
      double semitones = (double) b / BINS_PER_SEMITONE - tuningCents / 100;
      long nearest = Math.round(semitones);
      double distance = semitones - nearest;
      double w = Math.cos(Math.PI * distance);
      chroma[(int) Math.floorMod(nearest, 12L)] += histogram[b] * w * w;
    }
    return chroma;
  }

  /**
   * The evidence of the frames centred in {@code [start, end)} seconds, after {@link #finish}: its
   * chroma folded as {@link #fold(double)} folds the whole stream's, and its mean tonality.
   */
  Stretch fold(double start, double end, double tuningCents) {
    double[] part = new double[BINS];
    double tonal = 0;
    double sounding = 0;
    int perColumn = timeline.hopsPerColumn();
    for (int c = 0; c < timeline.columns(); c++) {
      // The mean centre of the column's frames: frame j spans [j·hop, j·hop + size) samples.
      double centre = ((c * perColumn + 0.5 * (perColumn - 1)) * hop + 0.5 * size) / sampleRate;
      if (centre < start || centre >= end) {
        continue;
      }
      for (int b = 0; b < BINS; b++) {
        part[b] += timeline.get(c, b);
      }
      tonal += timeline.get(c, TONALITY_ROW);
      sounding += timeline.get(c, SOUNDING_ROW);
    }
    return new Stretch(fold(part, tuningCents), sounding == 0 ? 0 : tonal / sounding);
  }

  /** A stretch's chroma (C first) and mean tonality (see {@link #tonality()}). */
  record Stretch(double[] chroma, double tonality) {}
}
