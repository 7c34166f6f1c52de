package dev.cadenza.synth;

/** Derives independent per-note and per-voice seeds from a render seed. */
final class Seeds {
  private Seeds() {}

  /** The SplitMix64 finaliser: a bijective mixer with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed that depends only on the render seed and the note's own identity. */
  static long note(long seed, long startFrame, int pitch) {
    return mix(mix(seed ^ 0x5DEECE66DL) + mix(startFrame * 131 + pitch));
  }

  /** The i-th sub-seed of a seed (one per oscillator, noise source, …). */
  static long sub(long seed, int index) {
    return mix(seed + 0x9E3779B97F4A7C15L * (index + 1));
  }
}
