package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Sine;

/**
 * Electric piano by frequency modulation: a sine carrier phase-modulated by a sine at the same
 * frequency (the warm body, brighter with velocity, mellowing as it decays) and by a sine at a
 * whole multiple of it that dies within tens of milliseconds (the tine's bell-like attack). The
 * tine's ring sits at most near {@link #TINE_CEILING_HZ} whatever the note, at a modest index, and
 * comes in over a couple of milliseconds: a tine struck by a felt hammer chimes in the low
 * kilohertz, and a fixed ratio of 14 put the attack of every note above C5 past 8 kHz, a bark.
 */
final class ElectricPiano extends NoteInstrument {
  private static final double RELEASE = 0.15;
  static final double TINE_CEILING_HZ = 3000;
  private static final int TINE_RATIO = 14;

  private static double decaySeconds(double hz) {
    return Math.max(0.8, Math.min(8.0, 6.0 * StrictMath.pow(262 / hz, 0.4)));
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return Math.min(note.durationSeconds(), decaySeconds(hz(note))) + RELEASE;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double f = hz(note);
    double v = note.velocity();
    double gain = 0.35 * velocityGain(v);
    new Adsr(0.0015, decaySeconds(f), 0, RELEASE)
        .render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    // Modulation indices in cycles of carrier phase (radians / 2π).
    double bodyIndex = (0.05 + 0.3 * v) * (0.5 + note.param(NoteEvent.BRIGHTNESS, 0.5));
    double bodyFactor = StrictMath.exp(-1 / (0.7 * sr));
    int ratio = (int) Math.max(1, Math.min(TINE_RATIO, StrictMath.floor(TINE_CEILING_HZ / f)));
    double tineIndex = 0.05 + 0.1 * v;
    double tineFactor = StrictMath.exp(-1 / (0.03 * sr));
    double tineOnset = StrictMath.exp(-1 / (0.002 * sr));
    double tineRise = 1;
    if (ratio * f > 0.45 * sr) {
      tineIndex = 0;
    }
    // The body modulator runs at the carrier's frequency and phase, so one phase serves both; the
    // tine's phase steps exactly the ratio's times as fast. Phases are 32-bit fractions of a cycle.
    int step = Sine.phase(f / sr);
    int tineStep = ratio * step;
    int carrier = 0;
    int tine = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double tineNow = tineIndex * (1 - tineRise);
      double mod = (bodyIndex + 0.02) * Sine.ofPhase(carrier) + tineNow * Sine.ofPhase(tine);
      out[i] = (float) (gain * b.envelope[i] * Sine.ofPhase(carrier + Sine.phase(mod)));
      carrier += step;
      tine += tineStep;
      bodyIndex *= bodyFactor;
      tineIndex *= tineFactor;
      tineRise *= tineOnset;
    }
  }
}
