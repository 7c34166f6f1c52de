package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.OnePoleFilter;
import dev.cadenza.dsp.Pitch;
import dev.cadenza.dsp.Resonator;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Piano-like voice by additive synthesis: stiff-string partials at f·n·√((1 + B n²)/(1 + B)) (the
 * first partial sits exactly on the note), up to 32 of them or 14 kHz, the lowest two doubled by a
 * slightly detuned second string for the slow beating of real unisons, plus a soft hammer thump.
 *
 * <ul>
 *   <li>Decay: a string loses energy to air and to the soundboard at a rate that grows with the
 *       square of frequency (the loss model b₁ + b₃ω² of Chaigne and Askenfelt's piano string), so
 *       partial n decays with time constant τ₁ / (1 + (f n / 1.2 kHz)²): the tone darkens as it
 *       rings, and the upper partials of a long note are gone within a second.
 *   <li>Spectrum: a harder blow makes a shorter hammer contact, which excites higher partials; the
 *       slope of the spectrum flattens with velocity, so a loud note reaches past 5 kHz and a soft
 *       one stays warm.
 *   <li>Onset: the felt hammer's contact lasts a few milliseconds, so the note and its thump rise
 *       over 2 to 5 ms (faster when louder) instead of starting at full level, which clicked.
 * </ul>
 *
 * Partials are rendered only until they have fallen 60 dB and only while they start within 60 dB of
 * the fundamental, which keeps long notes cheap.
 */
final class Piano extends NoteInstrument {
  private static final double RELEASE = 0.25;
  private static final double INHARMONICITY = 0.0002;
  private static final int MAX_PARTIALS = 32;
  private static final double TOP_HZ = 14000;
  private static final double LOSS_CORNER_HZ = 1200;
  private static final double QUIET = 1e-3;

  private static double ringSeconds(double hz) {
    return Math.max(0.6, Math.min(12.0, 9.0 * StrictMath.pow(262 / hz, 0.6)));
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return Math.min(note.durationSeconds(), ringSeconds(hz(note))) + RELEASE;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double f = hz(note);
    double v = note.velocity();
    double tilt = 0.3 - 0.25 * v - 0.1 * (note.param(NoteEvent.BRIGHTNESS, 0.5) - 0.5);
    int partials = 0;
    double sum = 0;
    double[] amplitude = new double[MAX_PARTIALS + 1];
    for (int n = 1; n <= MAX_PARTIALS && partialHz(f, n) < Math.min(TOP_HZ, 0.45 * sr); n++) {
      amplitude[n] = StrictMath.exp(-tilt * (n - 1)) / n;
      if (amplitude[n] < QUIET) {
        break; // the rest would sound 60 dB under the fundamental
      }
      sum += amplitude[n] * (n <= 2 ? 2 : 1);
      partials = n;
    }
    if (partials == 0) {
      return; // the whole string is above the band the sample rate can carry
    }
    float[] out = b.left;
    addStrings(out, b.frames, f, partials, amplitude, 0.45 * velocityGain(v) / sum, b.seed, sr);
    addHammer(out, b, v, 0.45 * velocityGain(v) * 0.25 * v, sr);
    double attack = 0.005 - 0.003 * v;
    new Adsr(attack, 0, 1, RELEASE).render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    for (int i = 0; i < b.frames; i++) {
      out[i] *= b.envelope[i];
    }
  }

  /** The strings' partials, each group of four rendered until its longest has fallen 60 dB. */
  private static void addStrings(
      float[] out,
      int frames,
      double f,
      int partials,
      double[] amplitude,
      double gain,
      long seed,
      double sr) {
    double tau = ringSeconds(f) / 6.9;
    int count = 0;
    double[] hzs = new double[2 * MAX_PARTIALS];
    double[] amps = new double[2 * MAX_PARTIALS];
    double[] decays = new double[2 * MAX_PARTIALS];
    double[] phases = new double[2 * MAX_PARTIALS];
    for (int n = 1; n <= partials; n++) {
      double fn = partialHz(f, n);
      double decay = tau / (1 + (fn / LOSS_CORNER_HZ) * (fn / LOSS_CORNER_HZ));
      hzs[count] = fn;
      amps[count] = gain * amplitude[n];
      decays[count] = decay;
      phases[count++] = (Seeds.sub(seed, n) >>> 11) * 0x1.0p-53 * 0.1;
      if (n <= 2) {
        hzs[count] = fn * Pitch.ratio(0.9);
        amps[count] = gain * amplitude[n];
        decays[count] = decay * 0.8;
        phases[count++] = 0;
      }
    }
    for (int g = 0; g < count; g += 4) {
      int k = Math.min(4, count - g);
      double longest = 0;
      for (int j = g; j < g + k; j++) {
        longest = Math.max(longest, decays[j]);
      }
      int n = (int) Math.min(frames, Math.ceil(6.9 * longest * sr));
      Resonator.addPartials(
          out,
          n,
          java.util.Arrays.copyOfRange(hzs, g, g + k),
          java.util.Arrays.copyOfRange(amps, g, g + k),
          java.util.Arrays.copyOfRange(decays, g, g + k),
          java.util.Arrays.copyOfRange(phases, g, g + k),
          k,
          sr);
    }
  }

  /** The felt's thump: low-passed noise that rises over 1.5 ms and dies over a few. */
  private static void addHammer(float[] out, NoteBuffer b, double v, double level, double sr) {
    WhiteNoise noise = new WhiteNoise(b.seed);
    OnePoleFilter thump = new OnePoleFilter(400 + 1200 * v, sr);
    OnePoleFilter felt = new OnePoleFilter(400 + 1200 * v, sr);
    double fall = StrictMath.exp(-1 / (0.005 * sr));
    double rise = StrictMath.exp(-1 / (0.0015 * sr));
    double decay = level;
    double attack = 1;
    int frames = Math.min(b.frames, (int) (0.05 * sr));
    for (int i = 0; i < frames; i++) {
      out[i] += (float) ((1 - attack) * decay * felt.lowpass(thump.lowpass(noise.next())));
      decay *= fall;
      attack *= rise;
    }
  }

  static double partialHz(double f, int n) {
    return f * n * StrictMath.sqrt((1 + INHARMONICITY * n * n) / (1 + INHARMONICITY));
  }
}
