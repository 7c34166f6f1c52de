package dev.cadenza.qa;

import be.tarsos.dsp.pitch.McLeodPitchMethod;
import be.tarsos.dsp.pitch.PitchDetectionResult;
import dev.cadenza.analyze.key.MonoDecimator;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import java.io.IOException;
import java.util.Arrays;

/**
 * The fundamental frequency of a monophonic line, one reading every 10 ms, by TarsosDSP's McLeod
 * pitch method (MPM). The audio is summed to mono and, for a line that stays at or under {@link
 * #DECIMATED_UP_TO_HZ} (a bass, most accompaniment), decimated to about 11 kHz first ({@link
 * MonoDecimator}): the tracker's cost grows with the square of its window, so the decimated stream
 * costs a sixteenth of the original. Higher lines are tracked at the source's rate.
 *
 * <p>MPM rather than TarsosDSP's YIN: on a generated house bass stem YIN read one frame in five 55
 * to 110 cents sharp of steady notes (79 % of frames at the MIDI's pitch), where MPM read every
 * frame of the same stem within 50 cents.
 *
 * <p>The window holds at least 2.5 periods of the lowest expected pitch, so its period and a margin
 * for flat readings fit in half the window. A reading whose period is longer than half the window
 * is compared over fewer samples than it spans and is discarded as unvoiced: on a clean 262 Hz saw
 * in a 256-sample window MPM read some frames as 43 Hz, a period of almost the whole window. Frames
 * quieter than -60 dBFS RMS count as unvoiced, whatever the tracker says of their noise.
 */
public final class PitchTrack {

  static final double HOP_SECONDS = 0.01;
  static final double PERIODS_PER_WINDOW = 2.5;
  static final int MIN_WINDOW = 256;
  static final double VOICING_RMS = 0.001;
  private static final int BLOCK_FRAMES = 8192;

  /**
   * The highest pitch tracked on the decimated stream. MPM picks the first peak of its normalised
   * difference function that reaches 0.97 of the highest, read at whole-sample lags: a period of P
   * samples that falls between two lags reads there as low as cos(pi / P), under 0.97 when P is
   * under 13 samples, and a later peak (twice or three times the period) wins: an octave or a
   * twelfth low. At about 11 kHz that is above 850 Hz (a MIDI-99 sine read an octave low in 144 of
   * 184 frames); a line that goes higher is tracked at the source's own rate, which holds the 13
   * samples up to 3.4 kHz (MIDI 104) at 44.1 kHz, at up to 16 times the cost of a frame.
   */
  static final double DECIMATED_UP_TO_HZ = 800;

  /**
   * TarsosDSP's MPM reports no pitch under 80 Hz (a fixed floor, suited to voices and guitars),
   * while a bass line goes down to 30 Hz. The sample rate it is given serves only to turn the
   * period it finds into Hz, so it is told a rate this many times the true one, which lowers the
   * floor to 20 Hz, and each reading is divided back.
   */
  private static final float RATE_SCALE = 4;

  private final double rate;
  private final int window;
  private final int hop;
  private final float[] hertz;

  private PitchTrack(double rate, int window, int hop, float[] hertz) {
    this.rate = rate;
    this.window = window;
    this.hop = hop;
    this.hertz = hertz;
  }

  /**
   * Tracks a whole source, read block by block, at the decimated rate when the line stays at or
   * under {@link #DECIMATED_UP_TO_HZ}, at the source's own rate when it goes higher.
   *
   * @param lowestHz the lowest pitch the line is expected to play
   * @param highestHz the highest
   */
  public static PitchTrack of(AudioSource source, double lowestHz, double highestHz)
      throws IOException {
    int sampleRate = source.format().sampleRate();
    AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
    Slicer slicer;
    if (highestHz <= DECIMATED_UP_TO_HZ) {
      Slicer[] to = new Slicer[1];
      MonoDecimator decimator =
          new MonoDecimator(sampleRate, (samples, n) -> to[0].accept(samples, n));
      slicer = new Slicer(decimator.outputRate(), lowestHz);
      to[0] = slicer;
      while (source.read(block) > 0) {
        decimator.accept(block);
      }
    } else {
      slicer = new Slicer(sampleRate, lowestHz);
      float[] mono = new float[BLOCK_FRAMES];
      int frames;
      while ((frames = source.read(block)) > 0) {
        mix(block, frames, mono);
        slicer.accept(mono, frames);
      }
    }
    return new PitchTrack(
        slicer.rate, slicer.window, slicer.hop, Arrays.copyOf(slicer.hertz, slicer.frames));
  }

  /** The mean of the block's channels. */
  private static void mix(AudioBlock block, int frames, float[] mono) {
    int channels = block.channels();
    System.arraycopy(block.channel(0), 0, mono, 0, frames);
    for (int c = 1; c < channels; c++) {
      float[] samples = block.channel(c);
      for (int i = 0; i < frames; i++) {
        mono[i] += samples[i];
      }
    }
    float scale = 1f / channels;
    for (int i = 0; i < frames; i++) {
      mono[i] *= scale;
    }
  }

  /** How many readings. */
  public int frames() {
    return hertz.length;
  }

  /** The frequency read in frame {@code k}, or NaN when the frame is unvoiced. */
  public double hertz(int k) {
    return hertz[k];
  }

  /** Where frame {@code k}'s window starts, in seconds. */
  public double start(int k) {
    return (double) k * hop / rate;
  }

  /** Where frame {@code k}'s window ends, in seconds. */
  public double end(int k) {
    return ((double) k * hop + window) / rate;
  }

  /** Cuts the mono stream into overlapping windows and reads each one's pitch. */
  private static final class Slicer {
    final double rate;
    final int window;
    final int hop;
    final McLeodPitchMethod tracker;
    final float[] frame;
    final double floorHz;
    float[] pending;
    int filled;
    int skip;
    float[] hertz = new float[1024];
    int frames;

    Slicer(double rate, double lowestHz) {
      this.rate = rate;
      this.window =
          Math.max(
              MIN_WINDOW, Integer.highestOneBit((int) (PERIODS_PER_WINDOW * rate / lowestHz)) * 2);
      this.hop = (int) Math.round(rate * HOP_SECONDS);
      this.tracker = new McLeodPitchMethod((float) rate * RATE_SCALE, window);
      this.frame = new float[window];
      this.floorHz = 2 * rate / window;
      this.pending = new float[window * 4];
    }

    private void accept(float[] samples, int count) {
      // At the full rate a hop can be longer than a high line's window: the samples between two
      // windows are skipped.
      int skipped = Math.min(skip, count);
      skip -= skipped;
      count -= skipped;
      if (filled + count > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(pending.length * 2, filled + count));
      }
      System.arraycopy(samples, skipped, pending, filled, count);
      filled += count;
      int offset = 0;
      while (filled - offset >= window) {
        System.arraycopy(pending, offset, frame, 0, window);
        read();
        offset += hop;
      }
      skip = Math.max(0, offset - filled);
      offset -= skip;
      System.arraycopy(pending, offset, pending, 0, filled - offset);
      filled -= offset;
    }

    private void read() {
      double energy = 0;
      for (float sample : frame) {
        energy += sample * sample;
      }
      float reading = Float.NaN;
      if (StrictMath.sqrt(energy / window) >= VOICING_RMS) {
        PitchDetectionResult result = tracker.getPitch(frame);
        float hertz = result.getPitch() / RATE_SCALE;
        if (result.isPitched() && hertz >= floorHz) {
          reading = hertz;
        }
      }
      if (frames == hertz.length) {
        hertz = Arrays.copyOf(hertz, frames * 2);
      }
      hertz[frames++] = reading;
    }
  }
}
