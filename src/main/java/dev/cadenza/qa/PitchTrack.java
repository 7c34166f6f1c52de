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
 * pitch method (MPM). The audio is summed to mono and decimated to about 11 kHz first ({@link
 * MonoDecimator}): a melodic line's fundamentals lie far below that Nyquist frequency, and the
 * tracker's cost grows with the square of its window, so the decimated stream costs a sixteenth of
 * the original.
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
   * Tracks a whole source, read block by block.
   *
   * @param lowestHz the lowest pitch the line is expected to play
   */
  public static PitchTrack of(AudioSource source, double lowestHz) throws IOException {
    Slicer slicer = new Slicer(source.format().sampleRate(), lowestHz);
    AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
    while (source.read(block) > 0) {
      slicer.decimator.accept(block);
    }
    return new PitchTrack(
        slicer.decimator.outputRate(),
        slicer.window,
        slicer.hop,
        Arrays.copyOf(slicer.hertz, slicer.frames));
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

  /** Cuts the decimated stream into overlapping windows and reads each one's pitch. */
  private static final class Slicer {
    final MonoDecimator decimator;
    final int window;
    final int hop;
    final McLeodPitchMethod tracker;
    final float[] frame;
    final double floorHz;
    float[] pending;
    int filled;
    float[] hertz = new float[1024];
    int frames;

    Slicer(int sampleRate, double lowestHz) {
      this.decimator = new MonoDecimator(sampleRate, this::accept);
      double rate = decimator.outputRate();
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
      if (filled + count > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(pending.length * 2, filled + count));
      }
      System.arraycopy(samples, 0, pending, filled, count);
      filled += count;
      int offset = 0;
      while (filled - offset >= window) {
        System.arraycopy(pending, offset, frame, 0, window);
        read();
        offset += hop;
      }
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
