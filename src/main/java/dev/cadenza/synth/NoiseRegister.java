package dev.cadenza.synth;

/**
 * The NES noise channel's 15-bit linear-feedback shift register: each clock shifts it right and
 * feeds bit 0 XOR bit 1 (long mode, a sequence of 32767 bits) or bit 0 XOR bit 6 (short mode, 93
 * bits, a metallic buzz) into bit 14; the channel sounds while bit 0 is clear. It needs no random
 * numbers: the sequence is fixed, as on the chip, so every hit of a drum is the same.
 */
final class NoiseRegister {
  private final int tap;
  private int bits = 1;

  /** A register as at power-on (value 1); {@code shortMode} picks the 93-bit sequence. */
  NoiseRegister(boolean shortMode) {
    this.tap = shortMode ? 6 : 1;
  }

  /** Clocks the register once and returns the channel's output: 1 while bit 0 is clear, else 0. */
  int clock() {
    int feedback = (bits ^ (bits >> tap)) & 1;
    bits = (bits >> 1) | (feedback << 14);
    return (bits & 1) == 0 ? 1 : 0;
  }

  /**
   * Adds the channel clocked at {@code clockHz}, as a zero-mean -1..1 signal, times {@code gain[i]}
   * into {@code out[0 .. frames)}; a sample is the mean of the outputs that fall in it (a box
   * filter, which keeps a fast clock from aliasing into a hiss that masks everything else).
   */
  void add(float[] out, int frames, double clockHz, int sampleRate, float[] gain) {
    double perSample = clockHz / sampleRate;
    double due = 0;
    int held = clock();
    for (int i = 0; i < frames; i++) {
      due += perSample;
      int k = (int) due;
      due -= k;
      double sum = held;
      for (int j = 0; j < k; j++) {
        held = clock();
        sum += held;
      }
      out[i] += (float) (gain[i] * (2 * sum / (k + 1) - 1));
    }
  }
}
