package dev.cadenza.synth;

import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Hi-hat: metallic squares and a little noise, band-passed high and high-passed, with an
 * exponential decay. The open hat rings until the note ends (so a following closed hat can choke it
 * by ending its duration) or its natural decay. The tuning sets the pair: {@link #TR808} the
 * machine's six squares as they are; {@link #ACOUSTIC} two bronze plates, the squares tuned up and
 * thickened with noise, a wider and higher band and a longer closed "chick"; {@link #TR909}
 * brighter and noisier, as its sampled hats are.
 */
final class HiHat extends NoteInstrument {
  /**
   * @param tune the metallic cluster's pitch relative to the TR-808's
   * @param noise the noise's level against the squares' 0.8
   * @param bandHz the band-pass centre
   * @param bandQ the band-pass quality
   * @param highPassHz the high-pass corner
   * @param closedDecay the closed hat's time constant in seconds
   * @param openDecay the open hat's time constant in seconds
   */
  record Tuning(
      double tune,
      double noise,
      double bandHz,
      double bandQ,
      double highPassHz,
      double closedDecay,
      double openDecay) {}

  static final Tuning TR808 = new Tuning(1.0, 0.35, 10000, 1.2, 7000, 0.045, 0.32);
  static final Tuning ACOUSTIC = new Tuning(1.7, 0.7, 9000, 0.7, 5500, 0.06, 0.5);
  static final Tuning TR909 = new Tuning(1.45, 0.55, 11000, 0.9, 7500, 0.04, 0.3);

  private final boolean open;
  private final Tuning t;

  HiHat(boolean open, Tuning tuning) {
    this.open = open;
    this.t = tuning;
  }

  private double decay() {
    return open ? t.openDecay() : t.closedDecay();
  }

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return open ? 0.1 : 0.06;
  }

  /** No DC to remove: the voice ends in the 7 kHz high-pass, which passes nothing at 0 Hz. */
  @Override
  protected boolean blocksDc() {
    return false;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return open ? Math.min(1.4, note.durationSeconds() + 0.06) : 0.22;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain =
        0.75 * velocityGain(note.velocity()) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
    Metal metal = new Metal(t.tune(), sr, b.seed);
    WhiteNoise noise = new WhiteNoise(Seeds.sub(b.seed, 99));
    StateVariableFilter band = new StateVariableFilter();
    band.set(t.bandHz(), t.bandQ(), sr);
    StateVariableFilter high = new StateVariableFilter();
    high.set(t.highPassHz(), 0.7, sr);
    double decayFactor = StrictMath.exp(-1 / (decay() * sr));
    double chokeFactor = StrictMath.exp(-1 / (0.012 * sr));
    int choke = open ? b.gateFrames : Integer.MAX_VALUE;
    double env = 1;
    float[] out = b.left;
    double[] metallic = b.work;
    metal.fill(metallic, b.frames);
    for (int i = 0; i < b.frames; i++) {
      double x = 0.8 * metallic[i] + t.noise() * noise.next();
      double y = high.highpass(band.bandpass(x));
      out[i] = (float) (gain * env * y);
      env *= i < choke ? decayFactor : chokeFactor;
    }
  }
}
