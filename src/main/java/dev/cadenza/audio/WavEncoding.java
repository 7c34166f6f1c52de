package dev.cadenza.audio;

/** The sample formats cadenza writes. */
public enum WavEncoding {
  PCM_16(SampleEncoding.PCM, 16),
  PCM_24(SampleEncoding.PCM, 24),
  FLOAT_32(SampleEncoding.FLOAT, 32);

  private final SampleEncoding encoding;
  private final int bits;

  WavEncoding(SampleEncoding encoding, int bits) {
    this.encoding = encoding;
    this.bits = bits;
  }

  public SampleEncoding encoding() {
    return encoding;
  }

  public int bits() {
    return bits;
  }

  /** Whether float samples must be quantised (and so may be dithered) to be stored. */
  public boolean isInteger() {
    return encoding == SampleEncoding.PCM;
  }
}
