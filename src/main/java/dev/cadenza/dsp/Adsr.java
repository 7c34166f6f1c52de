package dev.cadenza.dsp;

/**
 * Attack-decay-sustain-release envelope. Attack is a linear ramp from exactly 0 (so a note never
 * starts with a step); decay approaches the sustain level exponentially and is within 1 % of the
 * way there after {@code decaySeconds}; release falls from the level at note-off along an
 * exponential curve that is offset to reach exactly 0 after {@code releaseSeconds}.
 *
 * @param attackSeconds time from 0 to full level
 * @param decaySeconds time to come within 1 % of the sustain level
 * @param sustain level held while the gate is open, 0..1
 * @param releaseSeconds time from note-off to silence
 */
public record Adsr(
    double attackSeconds, double decaySeconds, double sustain, double releaseSeconds) {
  /** ln(100): the exponential segments cover 99 % of their span in their nominal time. */
  private static final double LN100 = StrictMath.log(100);

  public Adsr {
    if (!(attackSeconds >= 0 && decaySeconds >= 0 && releaseSeconds >= 0)
        || !(sustain >= 0 && sustain <= 1)) {
      throw new IllegalArgumentException(
          "ADSR needs non-negative times and sustain in 0..1: "
              + attackSeconds
              + ", "
              + decaySeconds
              + ", "
              + sustain
              + ", "
              + releaseSeconds);
    }
  }

  /** Frames from note-off to silence at a sample rate (at least one). */
  public int releaseFrames(int sampleRate) {
    return Math.max(1, (int) Math.round(releaseSeconds * sampleRate));
  }

  /**
   * Writes the envelope for a note whose gate is open for {@code gateFrames} into {@code out[0 ..
   * frames)}. Samples after the end of the release are 0.
   */
  public void render(float[] out, int frames, int gateFrames, int sampleRate) {
    int attackFrames = Math.max(1, (int) Math.round(attackSeconds * sampleRate));
    double decayFactor =
        decaySeconds > 0 ? StrictMath.exp(-LN100 / (decaySeconds * sampleRate)) : 0.0;
    int releaseFrames = releaseFrames(sampleRate);
    double releaseFactor = StrictMath.exp(-LN100 / releaseFrames);
    int gate = Math.max(0, Math.min(gateFrames, frames));
    double level = 0;
    double decayDistance = 1 - sustain;
    int i = 0;
    for (; i < gate; i++) {
      if (i < attackFrames) {
        level = (double) i / attackFrames;
      } else {
        level = sustain + decayDistance;
        decayDistance *= decayFactor;
      }
      out[i] = (float) level;
    }
    // Release: level·(u - 0.01)/0.99 with u falling from 1 to 0.01 over releaseFrames.
    double startLevel = level;
    double u = 1;
    int end = Math.min(frames, gate + releaseFrames);
    for (; i < end; i++) {
      double value = startLevel * (u - 0.01) / 0.99;
      out[i] = (float) Math.max(0, value);
      u *= releaseFactor;
    }
    for (; i < frames; i++) {
      out[i] = 0f;
    }
  }
}
