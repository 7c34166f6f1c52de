package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.AudioBlock;
import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Onset strength over time: log-compressed magnitude spectral flux of the mono downmix, fed block
 * by block.
 *
 * <p>The audio is averaged over channels and decimated by an integer factor to about 11 kHz (a
 * boxcar over the factor: enough anti-aliasing for an envelope, and drums keep their attacks below
 * 5 kHz). Frames of {@value #FFT_SIZE} samples, Hann-windowed, every {@value #HOP} samples (about
 * 172 frames per second) are summed into log-spaced bands; the flux of a frame is the sum over
 * bands of the rise of log band energy since two frames before, negative changes ignored. Three
 * more envelopes split that sum by register: below {@value #LOW_BAND_HZ} Hz (kick drums and bass
 * notes, which mark the downbeats), up to {@value #HIGH_BAND_HZ} Hz (snare and clap bodies, chords:
 * the backbeat) and above (hats and shakers: the subdivisions).
 *
 * <p>Memory: the four envelopes are kept whole (4 bytes a frame each): about 5 MB each for two
 * hours of audio; everything else is a fixed few kilobytes.
 */
public final class OnsetEnvelope {

  static final int FFT_SIZE = 512;
  static final int HOP = 64;
  static final double TARGET_RATE = 11_025;
  static final double LOW_BAND_HZ = 200;
  static final double HIGH_BAND_HZ = 2000;
  private static final int BANDS = 24;
  private static final int FLUX_LAG = 2;

  /**
   * Log compression {@code log(1 + C·magnitude)}, magnitude 1 for a full-scale sine: loud onsets
   * count more than quiet ones (a plain log would weigh a quiet hat like a kick), yet a 20 dB range
   * of onsets stays comparable.
   */
  private static final double COMPRESSION = 100;

  private final int factor;
  private final double rate;
  private final FloatFFT_1D fft = new FloatFFT_1D(FFT_SIZE);
  private final float[] window = new float[FFT_SIZE];
  private final float[] pending = new float[FFT_SIZE];
  private final float[] spectrum = new float[FFT_SIZE];
  private final int[] bandStart = new int[BANDS + 1];
  private final int lowBands;
  private final int midBands;
  private final double[][] history = new double[FLUX_LAG + 1][BANDS];
  private int filled;
  private double decimationSum;
  private int decimationCount;
  private long frames;
  private float[] flux = new float[1024];
  private float[] lowFlux = new float[1024];
  private float[] midFlux = new float[1024];
  private float[] highFlux = new float[1024];
  private int size;

  public OnsetEnvelope(int sampleRate) {
    this.factor = Math.max(1, (int) StrictMath.round(sampleRate / TARGET_RATE));
    this.rate = (double) sampleRate / factor;
    for (int i = 0; i < FFT_SIZE; i++) {
      window[i] = (float) (0.5 - 0.5 * StrictMath.cos(2 * StrictMath.PI * i / FFT_SIZE));
    }
    // Band edges geometric from bin 1 to Nyquist, each band at least one bin wide.
    int half = FFT_SIZE / 2;
    bandStart[0] = 1;
    for (int b = 1; b <= BANDS; b++) {
      int edge = (int) StrictMath.round(StrictMath.pow(half, (double) b / BANDS));
      bandStart[b] = Math.min(half + 1, Math.max(bandStart[b - 1] + 1, edge));
    }
    bandStart[BANDS] = half + 1;
    int low = 0;
    while (low < BANDS && bandStart[low + 1] * rate / FFT_SIZE <= LOW_BAND_HZ) {
      low++;
    }
    this.lowBands = Math.max(1, low);
    int mid = lowBands;
    while (mid < BANDS && bandStart[mid + 1] * rate / FFT_SIZE <= HIGH_BAND_HZ) {
      mid++;
    }
    this.midBands = Math.max(lowBands + 1, mid);
  }

  /** Envelope frames per second. */
  public double frameRate() {
    return rate / HOP;
  }

  /**
   * Seconds from the start of the audio to the onset that peaks in frame 0: half a window (the
   * frame's centre) less the lead a rising edge gets in the log domain, measured on clicks.
   */
  public double timeOfFrame(int frame) {
    return (frame * (double) HOP + FFT_SIZE * 0.5) / rate - LEAD_SECONDS;
  }

  static final double LEAD_SECONDS = 0.0;

  public void accept(AudioBlock block) {
    int channels = block.channels();
    int n = block.frames();
    float scale = 1f / channels;
    for (int i = 0; i < n; i++) {
      float mono = 0;
      for (int c = 0; c < channels; c++) {
        mono += block.channel(c)[i];
      }
      decimationSum += mono * scale;
      if (++decimationCount == factor) {
        push((float) (decimationSum / factor));
        decimationSum = 0;
        decimationCount = 0;
      }
    }
  }

  private void push(float sample) {
    pending[filled++] = sample;
    if (filled == FFT_SIZE) {
      analyseFrame();
      System.arraycopy(pending, HOP, pending, 0, FFT_SIZE - HOP);
      filled = FFT_SIZE - HOP;
    }
  }

  private void analyseFrame() {
    for (int i = 0; i < FFT_SIZE; i++) {
      spectrum[i] = pending[i] * window[i];
    }
    fft.realForward(spectrum);
    double[] current = history[(int) (frames % history.length)];
    double[] previous = history[(int) ((frames + 1) % history.length)];
    double norm = 4.0 / ((double) FFT_SIZE * FFT_SIZE);
    double total = 0;
    double low = 0;
    double mid = 0;
    double high = 0;
    int half = FFT_SIZE / 2;
    for (int b = 0; b < BANDS; b++) {
      double power = 0;
      for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
        if (k == half) {
          power += spectrum[1] * spectrum[1];
        } else {
          power += spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1];
        }
      }
      double level = StrictMath.log1p(COMPRESSION * StrictMath.sqrt(power * norm));
      double rise = level - previous[b];
      current[b] = level;
      if (rise > 0) {
        total += rise;
        if (b < lowBands) {
          low += rise;
        } else if (b < midBands) {
          mid += rise;
        } else {
          high += rise;
        }
      }
    }
    frames++;
    append((float) total, (float) low, (float) mid, (float) high);
  }

  private void append(float total, float low, float mid, float high) {
    if (size == flux.length) {
      int capacity = Math.max(1024, size * 2);
      flux = Arrays.copyOf(flux, capacity);
      lowFlux = Arrays.copyOf(lowFlux, capacity);
      midFlux = Arrays.copyOf(midFlux, capacity);
      highFlux = Arrays.copyOf(highFlux, capacity);
    }
    flux[size] = total;
    lowFlux[size] = low;
    midFlux[size] = mid;
    highFlux[size] = high;
    size++;
  }

  /**
   * The four envelopes (whole spectrum, low, mid, high register) of every frame so far, without a
   * copy: the envelope's own arrays, first cut to their length so the spare capacity of their
   * growth is freed. Read them, do not change them; feeding another block may replace them. On a
   * 2-hour stream this saves about 14 MB of slack and 20 MB of copies at the moment the tempo
   * analysis needs the most memory.
   */
  float[][] trimmed() {
    if (flux.length != size) {
      flux = Arrays.copyOf(flux, size);
      lowFlux = Arrays.copyOf(lowFlux, size);
      midFlux = Arrays.copyOf(midFlux, size);
      highFlux = Arrays.copyOf(highFlux, size);
    }
    return new float[][] {flux, lowFlux, midFlux, highFlux};
  }

  public int size() {
    return size;
  }
}
