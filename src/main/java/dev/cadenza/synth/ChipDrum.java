package dev.cadenza.synth;

/**
 * A sound chip's drums (after the NES): the noise channel with its 4-bit volume falling step by
 * step, clocked fast for a hat and slower for a snare, and for the kick the triangle swept down in
 * pitch under a short burst of slow noise, as chip composers fake a bass drum. Every hit is the
 * same, as on the chip (the noise sequence is fixed), so a hit is rendered once and copied.
 *
 * @param noiseClockHz the noise register's clock (the chip's 1.79 MHz over its period)
 * @param shortMode the 93-bit noise sequence instead of the long one
 * @param noiseSeconds how long the noise's volume takes to fall from 15 to 0
 * @param noiseLevel the noise's level at volume 15
 * @param sweepFromHz the triangle's pitch at the hit (0: no triangle)
 * @param sweepToHz the triangle's pitch at the end of its sweep
 * @param sweepSeconds how long the triangle sounds, sweeping down exponentially
 * @param toneLevel the triangle's level
 */
record ChipDrum(
    double noiseClockHz,
    boolean shortMode,
    double noiseSeconds,
    double noiseLevel,
    double sweepFromHz,
    double sweepToHz,
    double sweepSeconds,
    double toneLevel) {
  /** CPU clock of the NTSC NES, which the noise period divides. */
  static final double CPU_HZ = 1_789_773;

  /** Kick: the triangle from 220 to 55 Hz in 90 ms under 25 ms of slow noise (period 1016). */
  static final ChipDrum KICK = new ChipDrum(CPU_HZ / 1016, false, 0.025, 0.2, 220, 55, 0.09, 0.65);

  /** Snare: noise at period 202 falling to silence over 180 ms, on a 40 ms triangle thump. */
  static final ChipDrum SNARE = new ChipDrum(CPU_HZ / 202, false, 0.18, 0.45, 240, 160, 0.04, 0.35);

  /** Closed hat: the fastest long noise (period 8), gone in 50 ms. */
  static final ChipDrum CLOSED_HAT = new ChipDrum(CPU_HZ / 8, false, 0.05, 0.3, 0, 0, 0, 0);

  /** Open hat: the same noise over 300 ms. */
  static final ChipDrum OPEN_HAT = new ChipDrum(CPU_HZ / 8, false, 0.3, 0.25, 0, 0, 0, 0);

  /** Seconds a hit lasts. */
  double seconds() {
    return Math.max(noiseSeconds, sweepSeconds);
  }

  /** The instrument that plays this drum. */
  Instrument instrument() {
    return new Hit(this);
  }

  /** Writes one hit at full volume into {@code out[0 .. frames)}, scratch the same length. */
  void render(float[] out, float[] scratch, int frames, int sampleRate) {
    int noise = Math.min(frames, (int) Math.round(noiseSeconds * sampleRate));
    for (int i = 0; i < noise; i++) {
      // The volume register counts down from 15 to 0 in equal steps: a chip's decay.
      double volume = StrictMath.floor(16.0 * (noise - i) / noise) / 15.0;
      scratch[i] = (float) (noiseLevel * Math.min(1, volume));
    }
    new NoiseRegister(shortMode).add(out, noise, noiseClockHz, sampleRate, scratch);
    if (sweepFromHz > 0) {
      sweep(out, Math.min(frames, (int) Math.round(sweepSeconds * sampleRate)), sampleRate);
    }
    centre(out, frames);
  }

  /**
   * Takes the hit's offset out: a sweep stops part way through a cycle and the noise's ones and
   * zeros do not balance in a short burst, so the hit's mean is subtracted as a raised-cosine bump
   * of the same area, slower than anything audible.
   */
  private static void centre(float[] out, int frames) {
    double mean = 0;
    for (int i = 0; i < frames; i++) {
      mean += out[i];
    }
    mean /= frames;
    for (int i = 0; i < frames; i++) {
      out[i] -= (float) (mean * (1 - StrictMath.cos(2 * Math.PI * (i + 0.5) / frames)));
    }
  }

  /**
   * The triangle, its pitch falling exponentially from the hit to the end of the sweep; its steps
   * are not band-limited (at these pitches they fall every 0.1 to 0.6 ms, and their aliases sit far
   * under the noise).
   */
  private void sweep(float[] out, int frames, int sampleRate) {
    StepWave triangle = StepWave.nesTriangle();
    double ratio = StrictMath.log(sweepToHz / sweepFromHz) / frames;
    int steps = triangle.steps();
    double at = steps / 4.0; // from the middle of its fall, where it crosses zero: no offset

    int fade = Math.max(1, Math.min(frames, sampleRate / 300)); // 3.3 ms: no click where it stops
    for (int i = 0; i < frames; i++) {
      double hz = sweepFromHz * StrictMath.exp(ratio * i);
      double level = toneLevel * Math.min(1.0, (frames - i) / (double) fade);
      out[i] += (float) (level * triangle.level((int) at));
      at += hz * steps / sampleRate;
      at -= at >= steps ? steps * StrictMath.floor(at / steps) : 0;
    }
  }

  private static final class Hit extends NoteInstrument {
    private final ChipDrum drum;

    Hit(ChipDrum drum) {
      this.drum = drum;
    }

    @Override
    protected double lengthSeconds(NoteEvent note) {
      return drum.seconds();
    }

    @Override
    protected boolean blocksDc() {
      return false; // the hit is centred as it is rendered; a high-pass's cut tail would add some
    }

    @Override
    protected int takes() {
      return 1;
    }

    @Override
    protected double takeLevel(NoteEvent note) {
      return velocityGain(note.velocity());
    }

    @Override
    protected void renderNote(NoteEvent note, NoteBuffer b) {
      java.util.Arrays.fill(b.left, 0, b.frames, 0f);
      drum.render(b.left, b.envelope, b.frames, b.sampleRate);
    }
  }
}
