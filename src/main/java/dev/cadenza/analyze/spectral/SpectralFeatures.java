package dev.cadenza.analyze.spectral;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.spec.Spectral;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * The short-time spectrum of a stream, fed block by block, summarised for the spectral balance of
 * the whole file, of any stretch of it (sections), for the self-similarity of its parts and for a
 * spectrogram.
 *
 * <p>The mono downmix is cut into Hann-windowed frames of {@link #frameSize} samples (the power of
 * two nearest 0.14 s: 4096 at 44.1 and 48 kHz), one every hop of half a frame. The frame for hop
 * {@code j} is centred on the hop's first sample (the stream starts with half a frame of zeros), so
 * every sample is analysed and a column's spectrum lags its time-domain statistics by half a hop at
 * most. Each frame's power spectrum is summed into the whole-file spectrum (full resolution), and
 * into columns of about {@value #COARSE_SECONDS} s ({@link ColumnStore}, bounded memory): power in
 * log-spaced bands ({@value #BANDS_PER_OCTAVE} per octave from {@value #LOWEST_EDGE_HZ} Hz,
 * everything below in the first), in the five named bands of {@link Spectral.Bands}, the
 * power-weighted frequency sum, a 12-bin pitch-class profile, and the time-domain sums of squares
 * and stereo products.
 */
public final class SpectralFeatures {

  /** Target length of a column of the coarse feature series. */
  public static final double COARSE_SECONDS = 0.5;

  /** Columns kept before neighbours merge: about 34 minutes at 0.5 s, then 1 s columns, … */
  static final int COARSE_CAPACITY = 4096;

  /** Spectrogram and waveform columns kept for a plot. */
  static final int PLOT_CAPACITY = 4096;

  static final int BANDS_PER_OCTAVE = 6;
  static final double LOWEST_EDGE_HZ = 20;

  /** Named band edges (see {@link Spectral.Bands}). */
  static final double[] NAMED_EDGES = {60, 250, 500, 4000};

  /**
   * Pitch-class profile from this frequency, where 4096-point bins are narrower than a semitone.
   */
  static final double CHROMA_LOW_HZ = 180;

  static final double CHROMA_HIGH_HZ = 5000;

  private final double sampleRate;
  private final int channels;
  private final int frameSize;
  private final int hop;
  private final int bins;
  private final float[] window;
  private final float[] frame;
  private final float[] spectrum;
  private final FloatFFT_1D fft;
  private final int[] logBandOfBin;
  private final int[] namedBandOfBin;
  private final int[] chromaOfBin;
  private final double[] bandEdges;
  private final Layout layout;
  private final double[] trackPower;
  private final double[] column;
  private final ColumnStore coarse;
  private final ColumnStore spectrogram;
  private final ColumnStore waveform;
  private final double[] bandHop;
  private final double[] waveHop = new double[2];
  private int filled;
  private double squares;
  private double monoSquares;
  private double ll;
  private double rr;
  private double lr;
  private float low = Float.POSITIVE_INFINITY;
  private float high = Float.NEGATIVE_INFINITY;
  private int hopSamples;
  private long hops;
  private long frames;
  private double trackSquares;
  private double trackMonoSquares;
  private double trackLl;
  private double trackRr;
  private double trackLr;
  private double trackCentroid;
  private boolean finished;

  /**
   * @param sampleRate the stream's rate
   * @param channels the stream's channels
   * @param keepPlot whether to keep a spectrogram and waveform envelope for a plot
   */
  public SpectralFeatures(int sampleRate, int channels, boolean keepPlot) {
    this.sampleRate = sampleRate;
    this.channels = channels;
    this.frameSize = Math.max(256, Integer.highestOneBit((int) Math.round(sampleRate * 0.14)));
    this.hop = frameSize / 2;
    this.bins = frameSize / 2 + 1;
    this.window = new float[frameSize];
    for (int i = 0; i < frameSize; i++) {
      window[i] = (float) (0.5 - 0.5 * StrictMath.cos(2 * StrictMath.PI * i / frameSize));
    }
    this.frame = new float[frameSize];
    this.filled = hop;
    this.spectrum = new float[frameSize];
    this.fft = new FloatFFT_1D(frameSize);
    double nyquist = sampleRate / 2.0;
    int logBands =
        Math.max(
            1,
            (int)
                Math.ceil(
                    BANDS_PER_OCTAVE * StrictMath.log(nyquist / LOWEST_EDGE_HZ) / StrictMath.log(2)
                        - 1e-9));
    this.bandEdges = new double[logBands + 1];
    for (int b = 0; b < logBands; b++) {
      bandEdges[b] = b == 0 ? 0 : LOWEST_EDGE_HZ * StrictMath.pow(2, (double) b / BANDS_PER_OCTAVE);
    }
    bandEdges[logBands] = nyquist;
    this.logBandOfBin = new int[bins];
    this.namedBandOfBin = new int[bins];
    this.chromaOfBin = new int[bins];
    for (int k = 0; k < bins; k++) {
      double f = k * sampleRate / frameSize;
      int b = 0;
      while (b < logBands - 1 && f >= bandEdges[b + 1]) {
        b++;
      }
      logBandOfBin[k] = b;
      int n = 0;
      while (n < NAMED_EDGES.length && f >= NAMED_EDGES[n]) {
        n++;
      }
      namedBandOfBin[k] = n;
      chromaOfBin[k] =
          f >= CHROMA_LOW_HZ && f <= CHROMA_HIGH_HZ
              ? (int)
                  Math.floorMod(
                      Math.round(69 + 12 * StrictMath.log(f / 440) / StrictMath.log(2)), 12L)
              : -1;
    }
    this.layout = new Layout(logBands);
    this.trackPower = new double[bins];
    this.column = new double[layout.rows()];
    int hopsPerCoarse = Math.max(1, (int) Math.round(COARSE_SECONDS * sampleRate / hop));
    this.coarse =
        ColumnStore.of(layout.rows(), ColumnStore.Merge.SUM, COARSE_CAPACITY, hopsPerCoarse);
    this.bandHop = new double[logBands];
    if (keepPlot) {
      this.spectrogram = ColumnStore.of(logBands, ColumnStore.Merge.SUM, PLOT_CAPACITY, 1);
      this.waveform =
          new ColumnStore(
              new ColumnStore.Merge[] {ColumnStore.Merge.MIN, ColumnStore.Merge.MAX},
              PLOT_CAPACITY,
              1);
    } else {
      this.spectrogram = null;
      this.waveform = null;
    }
  }

  /** Where each quantity sits in a coarse column. */
  public record Layout(int logBands) {
    public int named(int band) {
      return logBands + band;
    }

    public int total() {
      return logBands + 5;
    }

    /** Sum of frequency times power. */
    public int weightedFrequency() {
      return logBands + 6;
    }

    public int chroma(int pitchClass) {
      return logBands + 7 + pitchClass;
    }

    /** Sum over samples of the mean over channels of the squared sample. */
    public int squares() {
      return logBands + 19;
    }

    /** Sum over samples of the squared mono downmix. */
    public int monoSquares() {
      return logBands + 20;
    }

    public int samples() {
      return logBands + 21;
    }

    public int leftSquares() {
      return logBands + 22;
    }

    public int rightSquares() {
      return logBands + 23;
    }

    public int leftTimesRight() {
      return logBands + 24;
    }

    public int rows() {
      return logBands + 25;
    }
  }

  public void accept(AudioBlock block) {
    int n = block.frames();
    float[] left = block.channel(0);
    float[] right = channels > 1 ? block.channel(1) : null;
    float scale = 1f / channels;
    int i = 0;
    while (i < n) {
      int take = Math.min(n - i, hop - hopSamples);
      for (int j = i; j < i + take; j++) {
        float l = left[j];
        double sq = (double) l * l;
        float mono = l;
        if (right != null) {
          float r = right[j];
          double rsq = (double) r * r;
          ll += sq;
          rr += rsq;
          lr += (double) l * r;
          sq += rsq;
          mono += r;
          for (int c = 2; c < channels; c++) {
            float x = block.channel(c)[j];
            sq += (double) x * x;
            mono += x;
          }
        }
        mono *= scale;
        squares += sq * scale;
        monoSquares += (double) mono * mono;
        if (mono < low) {
          low = mono;
        }
        if (mono > high) {
          high = mono;
        }
        frame[filled++] = mono;
      }
      hopSamples += take;
      i += take;
      if (hopSamples == hop) {
        endHop();
      }
    }
    frames += n;
  }

  /** Analyses the last, partial hop. Call once, after the last block. */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (hopSamples > 0) {
      java.util.Arrays.fill(frame, filled, frameSize, 0f);
      filled = frameSize;
      endHop();
    }
    coarse.finish();
    if (spectrogram != null) {
      spectrogram.finish();
      waveform.finish();
    }
  }

  private void endHop() {
    java.util.Arrays.fill(column, 0);
    for (int i = 0; i < frameSize; i++) {
      spectrum[i] = frame[i] * window[i];
    }
    fft.realForward(spectrum);
    java.util.Arrays.fill(bandHop, 0);
    double weighted = 0;
    for (int k = 1; k < bins; k++) {
      double power;
      if (k == bins - 1) {
        power = (double) spectrum[1] * spectrum[1];
      } else {
        double re = spectrum[2 * k];
        double im = spectrum[2 * k + 1];
        power = re * re + im * im;
      }
      trackPower[k] += power;
      bandHop[logBandOfBin[k]] += power;
      column[layout.named(namedBandOfBin[k])] += power;
      weighted += k * power;
      int pc = chromaOfBin[k];
      if (pc >= 0) {
        column[layout.chroma(pc)] += power;
      }
    }
    double binHz = sampleRate / frameSize;
    double total = 0;
    for (int b = 0; b < bandHop.length; b++) {
      column[b] = bandHop[b];
      total += bandHop[b];
    }
    column[layout.total()] = total;
    column[layout.weightedFrequency()] = weighted * binHz;
    trackCentroid += weighted * binHz;
    column[layout.squares()] = squares;
    column[layout.monoSquares()] = monoSquares;
    column[layout.samples()] = hopSamples;
    column[layout.leftSquares()] = ll;
    column[layout.rightSquares()] = rr;
    column[layout.leftTimesRight()] = lr;
    coarse.add(column);
    if (spectrogram != null) {
      spectrogram.add(bandHop);
      waveHop[0] = hopSamples == 0 ? 0 : low;
      waveHop[1] = hopSamples == 0 ? 0 : high;
      waveform.add(waveHop);
    }
    trackSquares += squares;
    trackMonoSquares += monoSquares;
    trackLl += ll;
    trackRr += rr;
    trackLr += lr;
    squares = monoSquares = ll = rr = lr = 0;
    low = Float.POSITIVE_INFINITY;
    high = Float.NEGATIVE_INFINITY;
    hopSamples = 0;
    hops++;
    System.arraycopy(frame, hop, frame, 0, frameSize - hop);
    filled = frameSize - hop;
  }

  /** The spectral balance of the whole stream, at full frequency resolution. */
  public Spectral track() {
    double binHz = sampleRate / frameSize;
    double[] lows = new double[bins - 1];
    double[] highs = new double[bins - 1];
    double[] powers = new double[bins - 1];
    double[] named = new double[5];
    double total = 0;
    for (int k = 1; k < bins; k++) {
      lows[k - 1] = (k - 0.5) * binHz;
      highs[k - 1] = Math.min(sampleRate / 2.0, (k + 0.5) * binHz);
      powers[k - 1] = trackPower[k];
      named[namedBandOfBin[k]] += trackPower[k];
      total += trackPower[k];
    }
    return SpectralSummary.of(
        sampleRate / 2,
        lows,
        highs,
        powers,
        named,
        total,
        trackCentroid,
        trackMonoSquares / Math.max(1, frames),
        channels > 1 ? new double[] {trackLl, trackRr, trackLr} : null);
  }

  /** The spectral balance of coarse columns {@code from} (inclusive) to {@code to} (exclusive). */
  public Spectral range(int from, int to) {
    int logBands = layout.logBands();
    double[] lows = new double[logBands];
    double[] highs = new double[logBands];
    double[] powers = new double[logBands];
    for (int b = 0; b < logBands; b++) {
      lows[b] = bandEdges[b];
      highs[b] = bandEdges[b + 1];
    }
    double[] named = new double[5];
    double total = 0;
    double weighted = 0;
    double mono = 0;
    double samples = 0;
    double[] stereo = new double[3];
    for (int c = from; c < to; c++) {
      for (int b = 0; b < logBands; b++) {
        powers[b] += coarse.get(c, b);
      }
      for (int n = 0; n < 5; n++) {
        named[n] += coarse.get(c, layout.named(n));
      }
      total += coarse.get(c, layout.total());
      weighted += coarse.get(c, layout.weightedFrequency());
      mono += coarse.get(c, layout.monoSquares());
      samples += coarse.get(c, layout.samples());
      stereo[0] += coarse.get(c, layout.leftSquares());
      stereo[1] += coarse.get(c, layout.rightSquares());
      stereo[2] += coarse.get(c, layout.leftTimesRight());
    }
    return SpectralSummary.of(
        sampleRate / 2,
        lows,
        highs,
        powers,
        named,
        total,
        weighted,
        samples > 0 ? mono / samples : 0,
        channels > 1 ? stereo : null);
  }

  public Layout layout() {
    return layout;
  }

  /** The coarse feature columns (see {@link Layout}). */
  public ColumnStore coarse() {
    return coarse;
  }

  /** Seconds per coarse column. */
  public double coarseSeconds() {
    return (double) coarse.hopsPerColumn() * hop / sampleRate;
  }

  /** Log-band power per hop for a plot, or null unless kept. */
  public ColumnStore spectrogram() {
    return spectrogram;
  }

  /** Minimum and maximum of the mono downmix per hop for a plot, or null unless kept. */
  public ColumnStore waveform() {
    return waveform;
  }

  /** Seconds per hop. */
  public double hopSeconds() {
    return hop / sampleRate;
  }

  /** The edges of the log-spaced bands, in Hz: band {@code b} spans edges b to b+1. */
  public double[] bandEdges() {
    return bandEdges.clone();
  }

  /** Frames fed so far. */
  public long frames() {
    return frames;
  }
}
