package dev.cadenza.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Loud stereo test material for limiters, each kind well over 0 dBFS somewhere: tones anywhere up
 * to Nyquist, broadband noise, percussive and clipped material. Every signal fades in over 20 ms,
 * because meters treat an abrupt start of a file differently.
 */
public final class HotMaterial {
  private HotMaterial() {}

  /** A named signal. */
  public record Signal(String name, float[][] samples) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** 22 signals of {@code seconds} at {@code rate}. */
  public static List<Signal> all(int rate, double seconds) {
    int n = (int) (seconds * rate);
    List<Signal> out = new ArrayList<>();
    out.add(
        new Signal("fs/4 sine between samples", Audio.sine(2, n, rate, rate / 4.0, 1.4, 0.785)));
    out.add(new Signal("near-Nyquist sine", Audio.sine(2, n, rate, rate / 2.0 - 150, 1.0, 1.05)));
    out.add(new Signal("sine 997 Hz +6 dB", Audio.sine(2, n, rate, 997, 2, 0)));
    out.add(new Signal("sine 19.5 kHz +6 dB", Audio.sine(2, n, rate, 19_500, 2, 0.3)));
    out.add(new Signal("noise +10 dB", Audio.noise(2, n, 3.2, 7)));
    out.add(new Signal("noise +3.5 dB", Audio.noise(2, n, 1.5, 17)));
    out.add(new Signal("noise -1 dB", Audio.noise(2, n, 0.9, 43)));
    out.add(new Signal("clipped noise", Audio.clipped(Audio.noise(2, n, 1, 23), 6, 1)));
    out.add(new Signal("drums +12 dB", Audio.drums(2, n, rate, 128, 4, 11)));
    out.add(new Signal("drums +6 dB", Audio.drums(2, n, rate, 90, 2, 13)));
    out.add(new Signal("clipped drums", Audio.clipped(Audio.drums(2, n, rate, 174, 1, 5), 8, 1)));
    out.add(
        new Signal(
            "drums and bass",
            Audio.sum(Audio.drums(2, n, rate, 140, 1.5, 19), Audio.sine(2, n, rate, 55, 0.8, 0))));
    out.add(
        new Signal(
            "hot clipped sine+noise",
            Audio.scaled(
                Audio.clipped(
                    Audio.sum(Audio.sine(2, n, rate, 220, 1, 0), Audio.noise(2, n, 0.5, 3)), 4, 1),
                1.3)));
    out.add(new Signal("hi-hats", hats(n, rate, 31)));
    out.add(new Signal("clicks", clicks(n, rate)));
    out.add(new Signal("sweep 20 Hz to 20 kHz", sweep(n, rate)));
    out.add(new Signal("harmonic chord", chord(n, rate)));
    out.add(new Signal("naive square 3 kHz", naiveSquare(n, rate, 3000)));
    out.add(new Signal("naive sawtooth 331 Hz", naiveSaw(n, rate, 331)));
    out.add(new Signal("+1 +1 -1 -1 square", alternating(n)));
    out.add(new Signal("brown noise", brown(n, 41)));
    float[][] oneSided = Audio.sum(Audio.sine(2, n, rate, 5000, 1, 0), Audio.noise(2, n, 0.2, 9));
    for (int i = 0; i < n; i++) {
      oneSided[1][i] *= 0.1f;
    }
    out.add(new Signal("one-sided stereo", oneSided));
    int fade = rate / 50;
    for (Signal s : out) {
      for (float[] ch : s.samples()) {
        for (int i = 0; i < fade && i < ch.length; i++) {
          ch[i] *= (float) (0.5 - 0.5 * StrictMath.cos(StrictMath.PI * i / fade));
        }
      }
    }
    return out;
  }

  /** Differentiated white noise (energy rising to Nyquist) in bursts 8 per second, 20 ms decay. */
  static float[][] hats(int n, int rate, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] out = new float[2][n];
    double previous = 0;
    int step = rate / 8;
    for (int i = 0; i < n; i++) {
      double w = 2 * random.nextDouble() - 1;
      double bright = w - previous;
      previous = w;
      double env = StrictMath.exp(-(double) (i % step) / (0.02 * rate));
      out[0][i] = (float) (1.5 * bright * env);
      out[1][i] = (float) (1.2 * bright * env);
    }
    return out;
  }

  /** Two-sample clicks of opposite sign on the two channels, 7 per second. */
  static float[][] clicks(int n, int rate) {
    float[][] out = new float[2][n];
    for (int i = rate / 10; i + 1 < n; i += rate / 7) {
      out[0][i] = 1.6f;
      out[0][i + 1] = -1.6f;
      out[1][i] = -1.6f;
    }
    return out;
  }

  /** An exponential sine sweep over three decades, amplitude 1.8. */
  static float[][] sweep(int n, int rate) {
    float[][] out = new float[2][n];
    double phase = 0;
    for (int i = 0; i < n; i++) {
      double f = 20 * StrictMath.pow(1000, (double) i / n);
      phase += 2 * StrictMath.PI * f / rate;
      out[0][i] = out[1][i] = (float) (1.8 * StrictMath.sin(phase));
    }
    return out;
  }

  /** Four band-limited sawtooth voices (all harmonics below Nyquist). */
  static float[][] chord(int n, int rate) {
    float[][] out = new float[2][n];
    double[] roots = {110, 138.6, 164.8, 220};
    for (int i = 0; i < n; i++) {
      double v = 0;
      for (double f : roots) {
        for (int h = 1; f * h < rate / 2.0; h++) {
          v += StrictMath.sin(2 * StrictMath.PI * f * h * i / rate) / h;
        }
      }
      out[0][i] = out[1][i] = (float) (0.5 * v);
    }
    return out;
  }

  /** A square wave by the sign of a sine: aliased, energy everywhere. */
  static float[][] naiveSquare(int n, int rate, double f) {
    float[][] out = new float[2][n];
    for (int i = 0; i < n; i++) {
      out[0][i] = out[1][i] = StrictMath.sin(2 * StrictMath.PI * f * i / rate) >= 0 ? 1.5f : -1.5f;
    }
    return out;
  }

  static float[][] naiveSaw(int n, int rate, double f) {
    float[][] out = new float[2][n];
    for (int i = 0; i < n; i++) {
      double phase = (i * f / rate) % 1.0;
      out[0][i] = out[1][i] = (float) (2.5 * (phase - 0.5));
    }
    return out;
  }

  /** The worst case for inter-sample peaks: +1 +1 -1 -1 on one channel, period 6 on the other. */
  static float[][] alternating(int n) {
    float[][] out = new float[2][n];
    for (int i = 0; i < n; i++) {
      out[0][i] = (i / 2) % 2 == 0 ? 1f : -1f;
      out[1][i] = (i / 3) % 2 == 0 ? 0.9f : -0.9f;
    }
    return out;
  }

  /** Leaky-integrated white noise: energy falling 6 dB per octave, independent channels. */
  static float[][] brown(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] out = new float[2][n];
    for (int c = 0; c < 2; c++) {
      double v = 0;
      for (int i = 0; i < n; i++) {
        v = 0.995 * v + 0.1 * (2 * random.nextDouble() - 1);
        out[c][i] = (float) v;
      }
    }
    return out;
  }
}
