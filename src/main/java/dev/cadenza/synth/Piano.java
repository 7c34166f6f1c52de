package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.OnePoleFilter;
import dev.cadenza.dsp.Pitch;
import dev.cadenza.dsp.Resonator;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Piano-like voice by additive synthesis: stiff-string partials at f·n·√((1 + B n²)/(1 + B)) (the
 * first partial sits exactly on the note), each decaying faster the higher it is, the lowest two
 * doubled by a slightly detuned second string for the slow beating of real unisons, plus a short
 * hammer thump. Velocity brightens the spectrum; the damper cuts the note at release.
 */
final class Piano extends NoteInstrument {
  private static final double RELEASE = 0.25;
  private static final double INHARMONICITY = 0.0002;
  private static final int MAX_PARTIALS = 14;

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
    double ring = ringSeconds(f) / 4.6;
    double tilt = 0.55 - 0.3 * v - 0.15 * (note.param(NoteEvent.BRIGHTNESS, 0.5) - 0.5);
    double[] amplitude = new double[MAX_PARTIALS + 1];
    double sum = 0;
    int partials = 0;
    for (int n = 1; n <= MAX_PARTIALS; n++) {
      double fn = partialHz(f, n);
      if (fn > 0.45 * sr) {
        break;
      }
      amplitude[n] = StrictMath.exp(-tilt * (n - 1)) / n;
      sum += amplitude[n] * (n <= 2 ? 2 : 1);
      partials = n;
    }
    if (partials == 0) {
      return; // the whole string is above the band the sample rate can carry
    }
    double gain = 0.45 * velocityGain(v) / sum;
    int count = 0;
    double[] hzs = new double[2 * MAX_PARTIALS];
    double[] amps = new double[2 * MAX_PARTIALS];
    double[] decays = new double[2 * MAX_PARTIALS];
    double[] phases = new double[2 * MAX_PARTIALS];
    for (int n = 1; n <= partials; n++) {
      double decay = ring / (1 + 0.4 * (n - 1));
      hzs[count] = partialHz(f, n);
      amps[count] = gain * amplitude[n];
      decays[count] = decay;
      phases[count++] = (Seeds.sub(b.seed, n) >>> 11) * 0x1.0p-53 * 0.1;
      if (n <= 2) {
        hzs[count] = partialHz(f, n) * Pitch.ratio(0.9);
        amps[count] = gain * amplitude[n];
        decays[count] = decay * 0.8;
        phases[count++] = 0;
      }
    }
    float[] out = b.left;
    Resonator.addPartials(out, b.frames, hzs, amps, decays, phases, count, sr);
    WhiteNoise noise = new WhiteNoise(b.seed);
    OnePoleFilter thump = new OnePoleFilter(600 + 1500 * v, sr);
    double hammer = 0.25 * gain * sum * v;
    double hammerFactor = StrictMath.exp(-1 / (0.004 * sr));
    int hammerFrames = Math.min(b.frames, (int) (0.04 * sr));
    for (int i = 0; i < hammerFrames; i++) {
      out[i] += (float) (hammer * thump.lowpass(noise.next()));
      hammer *= hammerFactor;
    }
    new Adsr(0.001, 0, 1, RELEASE).render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    for (int i = 0; i < b.frames; i++) {
      out[i] *= b.envelope[i];
    }
  }

  static double partialHz(double f, int n) {
    return f * n * StrictMath.sqrt((1 + INHARMONICITY * n * n) / (1 + INHARMONICITY));
  }
}
