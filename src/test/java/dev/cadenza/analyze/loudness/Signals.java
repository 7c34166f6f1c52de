package dev.cadenza.analyze.loudness;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.spec.LoudnessResult;
import java.util.ArrayList;
import java.util.List;

/** Test signals built from their published definitions, and a way to feed them to the meters. */
final class Signals {
  private Signals() {}

  /** dBFS (peak) to linear amplitude. */
  static double amplitude(double dbfs) {
    return StrictMath.pow(10, dbfs / 20);
  }

  /**
   * A 1 kHz tone sequence with continuous phase: each segment is (seconds, dBFS peak), NaN dBFS
   * meaning silence. Mono; {@link #copies} spreads it over channels.
   */
  static float[] toneSequence(int sampleRate, double frequency, double[]... segments) {
    int total = 0;
    for (double[] s : segments) {
      total += (int) Math.round(s[0] * sampleRate);
    }
    float[] out = new float[total];
    int i = 0;
    for (double[] s : segments) {
      int n = (int) Math.round(s[0] * sampleRate);
      double a = Double.isNaN(s[1]) ? 0 : amplitude(s[1]);
      for (int k = 0; k < n; k++, i++) {
        out[i] = (float) (a * StrictMath.sin(2 * StrictMath.PI * frequency * i / sampleRate));
      }
    }
    return out;
  }

  static double[] seg(double seconds, double dbfs) {
    return new double[] {seconds, dbfs};
  }

  static double[] silence(double seconds) {
    return new double[] {seconds, Double.NaN};
  }

  /** The same signal on {@code channels} channels. */
  static float[][] copies(float[] mono, int channels) {
    float[][] out = new float[channels][];
    for (int c = 0; c < channels; c++) {
      out[c] = mono.clone();
    }
    return out;
  }

  /** Feeds planar audio to an analyzer in blocks of {@code blockFrames}. */
  static LoudnessResult analyze(
      float[][] audio, AudioFormat format, boolean curves, int blockFrames) {
    LoudnessAnalyzer analyzer = new LoudnessAnalyzer(format, curves);
    for (AudioBlock block : blocks(audio, blockFrames)) {
      analyzer.accept(block);
    }
    return analyzer.result();
  }

  static LoudnessResult analyze(float[][] audio, int sampleRate, boolean curves) {
    return analyze(audio, AudioFormat.floatFormat(sampleRate, audio.length), curves, 4096);
  }

  static AudioFormat format(int sampleRate, int channelMask, int channels) {
    return new AudioFormat(
        sampleRate,
        channels,
        dev.cadenza.audio.SampleEncoding.FLOAT,
        32,
        32,
        ChannelLayout.fromMask(channelMask, channels));
  }

  static List<AudioBlock> blocks(float[][] audio, int blockFrames) {
    List<AudioBlock> blocks = new ArrayList<>();
    int frames = audio[0].length;
    for (int start = 0; start < frames; start += blockFrames) {
      int n = Math.min(blockFrames, frames - start);
      AudioBlock block = new AudioBlock(audio.length, blockFrames);
      for (int c = 0; c < audio.length; c++) {
        System.arraycopy(audio[c], start, block.channel(c), 0, n);
      }
      block.setFrames(n);
      blocks.add(block);
    }
    return blocks;
  }

  /** Raised-cosine fade in and out over {@code seconds}, in place. */
  static float[] taper(float[] x, int sampleRate, double seconds) {
    int n = (int) Math.round(seconds * sampleRate);
    for (int i = 0; i < n && i < x.length; i++) {
      double g = 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * i / n);
      x[i] *= (float) g;
      x[x.length - 1 - i] *= (float) g;
    }
    return x;
  }

  /** A sine at {@code frequency} of linear {@code amplitude} starting at {@code phaseDegrees}. */
  static float[] sine(
      int sampleRate, double frequency, double amplitude, double phaseDegrees, double seconds) {
    int n = (int) Math.round(seconds * sampleRate);
    float[] out = new float[n];
    double phase = StrictMath.toRadians(phaseDegrees);
    for (int i = 0; i < n; i++) {
      out[i] =
          (float)
              (amplitude * StrictMath.sin(2 * StrictMath.PI * frequency * i / sampleRate + phase));
    }
    return out;
  }
}
