package dev.cadenza.synth;

import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Snare drum: two drum-head sines with a short pitch drop plus band-limited noise (the wires). The
 * tuning sets the drum: {@link #GENERIC} the drum machine snare; {@link #ACOUSTIC} a tensioned
 * wooden snare, its heads at the first two modes of a membrane (ratio 1.59) and a long bright
 * rattle of wires that carries most of its energy; {@link #TR909} a higher, noisier machine snare;
 * {@link #BREAK} a crisp, short acoustic snare as sampled off a funk record.
 */
final class Snare extends NoteInstrument {
  /**
   * @param headHz the two head tones
   * @param toneDecay the heads' time constant in seconds
   * @param wiresLowHz the wires' high-pass corner
   * @param wiresHighHz the wires' low-pass corner at velocity 0 (it opens by 3 kHz to velocity 1)
   * @param wiresDecay the wires' time constant in seconds
   * @param tone the heads' level
   * @param wires the wires' level
   */
  record Tuning(
      double[] headHz,
      double toneDecay,
      double wiresLowHz,
      double wiresHighHz,
      double wiresDecay,
      double tone,
      double wires) {}

  static final Tuning GENERIC =
      new Tuning(new double[] {185, 330}, 0.07, 1800, 9000, 0.13, 0.55, 0.5);
  static final Tuning ACOUSTIC =
      new Tuning(new double[] {190, 302}, 0.06, 2200, 10000, 0.16, 0.45, 0.75);
  static final Tuning TR909 =
      new Tuning(new double[] {220, 350}, 0.05, 3000, 11000, 0.15, 0.45, 0.7);
  static final Tuning BREAK = new Tuning(new double[] {210, 334}, 0.05, 1500, 8000, 0.1, 0.6, 0.65);

  private static final double LENGTH = 0.45;
  private final Tuning t;

  Snare(Tuning tuning) {
    this.t = tuning;
  }

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.1;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return LENGTH;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain =
        0.7 * velocityGain(note.velocity()) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter wiresHigh = new StateVariableFilter();
    wiresHigh.set(t.wiresLowHz(), 0.7, sr);
    StateVariableFilter wiresLow = new StateVariableFilter();
    wiresLow.set(t.wiresHighHz() + 3000 * note.velocity(), 0.7, sr);
    double toneFactor = StrictMath.exp(-1 / (t.toneDecay() * sr));
    double noiseFactor = StrictMath.exp(-1 / (t.wiresDecay() * sr));
    double dropFactor = StrictMath.exp(-1 / (0.012 * sr));
    double tone = t.tone();
    double wires = t.wires();
    double drop = 0.5;
    double p1 = 0;
    double p2 = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double bend = 1 + drop;
      double head = 0.65 * Sine.unitCycles(p1) + 0.35 * Sine.unitCycles(p2);
      p1 += t.headHz()[0] * bend / sr;
      p2 += t.headHz()[1] * bend / sr;
      if (p1 >= 1) {
        p1 -= Math.floor(p1);
      }
      if (p2 >= 1) {
        p2 -= Math.floor(p2);
      }
      double n = wiresLow.lowpass(wiresHigh.highpass(noise.next()));
      out[i] = (float) (gain * (tone * head + wires * n));
      tone *= toneFactor;
      wires *= noiseFactor;
      drop *= dropFactor;
    }
  }
}
