package dev.cadenza.synth;

import dev.cadenza.dsp.OnePoleFilter;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;
import java.util.SplittableRandom;

/**
 * The surface of a worn record: a faint band-limited hiss, many small ticks and now and then a
 * louder pop. Ticks and pops arrive as Poisson processes (a groove's dust is scattered at random),
 * each a decaying impulse whose size follows a heavy-tailed law (most dust is fine, a little is
 * coarse), and each lands in both channels at its own balance, because a speck hits one groove wall
 * harder than the other. Everything is high-passed at {@link #HIGH_PASS_HZ}: the rumble of a real
 * deck is left out, so the texture never muddies the kick and bass.
 *
 * <p>A texture note is a stretch of surface, not an event: {@link dev.cadenza.compose} writes one
 * note a bar, and each overlaps the next by {@link #OVERLAP_SECONDS} with equal-power fades, so a
 * track's surface runs on without a seam while no note outgrows a bar.
 */
final class VinylCrackle extends NoteInstrument {
  /** Mean ticks per second: a well-played record, audible in the gaps without drowning them. */
  static final double TICKS_PER_SECOND = 24;

  /** Mean pops per second. */
  static final double POPS_PER_SECOND = 0.6;

  static final double HIGH_PASS_HZ = 700;
  static final double OVERLAP_SECONDS = 0.05;

  private static final double TICK_DECAY_SECONDS = 0.00015;
  private static final double POP_DECAY_SECONDS = 0.0009;
  private static final double HISS_LEVEL = 0.008;

  @Override
  public boolean stereo() {
    return true;
  }

  /** No DC to remove: everything passes the high-pass. */
  @Override
  protected boolean blocksDc() {
    return false;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + OVERLAP_SECONDS;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = velocityGain(note.velocity());
    SplittableRandom dust = new SplittableRandom(Seeds.sub(b.seed, 0));
    addSurface(b, gain, Seeds.sub(b.seed, 1), Seeds.sub(b.seed, 2));
    addClicks(b, dust, gain, TICKS_PER_SECOND / sr, TICK_DECAY_SECONDS * sr, 0.8);
    addClicks(b, dust, gain, POPS_PER_SECOND / sr, POP_DECAY_SECONDS * sr, 1.0);
    highPass(b.left, b, sr);
    highPass(b.right, b, sr);
    crossfade(b, (int) Math.round(OVERLAP_SECONDS * sr));
  }

  /** The hiss: independent noise in each channel, band-passed where a record's surface sits. */
  private static void addSurface(NoteBuffer b, double gain, long leftSeed, long rightSeed) {
    WhiteNoise nl = new WhiteNoise(leftSeed);
    WhiteNoise nr = new WhiteNoise(rightSeed);
    StateVariableFilter fl = new StateVariableFilter();
    StateVariableFilter fr = new StateVariableFilter();
    fl.set(3500, 0.6, b.sampleRate);
    fr.set(3500, 0.6, b.sampleRate);
    double level = HISS_LEVEL * gain;
    for (int i = 0; i < b.frames; i++) {
      b.left[i] += (float) (level * fl.bandpass(nl.next()));
      b.right[i] += (float) (level * fr.bandpass(nr.next()));
    }
  }

  /**
   * Clicks at {@code perFrame} a frame on average (exponential gaps), each an impulse decaying with
   * time constant {@code decayFrames}, its sign at random, its size {@code peak} times u³ for a
   * uniform u (heavy-tailed: the median click is an eighth of the largest).
   */
  private static void addClicks(
      NoteBuffer b,
      SplittableRandom dust,
      double gain,
      double perFrame,
      double decayFrames,
      double peak) {
    double fall = StrictMath.exp(-1 / decayFrames);
    int length = (int) StrictMath.ceil(decayFrames * 8);
    double at = gap(dust, perFrame);
    while (at < b.frames) {
      double u = dust.nextDouble();
      double size = peak * gain * u * u * u * (dust.nextBoolean() ? 1 : -1);
      double balance = dust.nextDouble();
      double left = size * StrictMath.sqrt(1 - balance);
      double right = size * StrictMath.sqrt(balance);
      double level = 1;
      int start = (int) at;
      for (int i = start; i < Math.min(b.frames, start + length); i++) {
        b.left[i] += (float) (left * level);
        b.right[i] += (float) (right * level);
        level *= fall;
      }
      at += gap(dust, perFrame);
    }
  }

  private static double gap(SplittableRandom dust, double perFrame) {
    return -StrictMath.log(1 - dust.nextDouble()) / perFrame;
  }

  /** Two first-order high-passes in turn: 12 dB an octave below the cutoff. */
  private static void highPass(float[] x, NoteBuffer b, double sr) {
    new OnePoleFilter(HIGH_PASS_HZ, sr).highpassInPlace(x, b.frames);
    new OnePoleFilter(HIGH_PASS_HZ, sr).highpassInPlace(x, b.frames);
  }

  /**
   * Equal-power fades over the overlap at both ends: uncorrelated noise under a sine fade-out and a
   * cosine fade-in keeps its power through the joint (sin² + cos² = 1).
   */
  private static void crossfade(NoteBuffer b, int overlap) {
    int fade = Math.min(overlap, b.totalFrames / 2);
    for (int i = 0; i < fade; i++) {
      double in = StrictMath.sin(0.5 * StrictMath.PI * (i + 0.5) / fade);
      scale(b, i, in);
      scale(b, b.totalFrames - 1 - i, in);
    }
  }

  private static void scale(NoteBuffer b, int i, double g) {
    if (i < b.frames) {
      b.left[i] *= (float) g;
      b.right[i] *= (float) g;
    }
  }
}
