package dev.cadenza.audio;

/**
 * The shape of an audio stream.
 *
 * @param sampleRate frames per second
 * @param channels number of channels
 * @param encoding how samples are stored
 * @param bitsPerSample bits each sample occupies in the file (the container size)
 * @param validBitsPerSample bits that carry signal (less than the container for 20-in-24 or
 *     24-in-32 files)
 * @param layout speaker position of each channel
 */
public record AudioFormat(
    int sampleRate,
    int channels,
    SampleEncoding encoding,
    int bitsPerSample,
    int validBitsPerSample,
    ChannelLayout layout) {

  public AudioFormat {
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
    }
    if (channels <= 0 || layout.channels() != channels) {
      throw new IllegalArgumentException("channel count and layout disagree: " + channels);
    }
  }

  /** A float format with the default layout, for synthesised and processed audio. */
  public static AudioFormat floatFormat(int sampleRate, int channels) {
    return new AudioFormat(
        sampleRate, channels, SampleEncoding.FLOAT, 32, 32, ChannelLayout.defaultFor(channels));
  }

  /** Bytes one frame occupies in the file. */
  public int blockAlign() {
    return channels * (bitsPerSample / 8);
  }

  /**
   * The smallest magnitude that counts as full scale, for clip detection: the largest positive code
   * of an integer format ((2^(n-1) - 1) / 2^(n-1)), or 1.0 for float.
   */
  public float fullScale() {
    if (encoding == SampleEncoding.PCM) {
      double steps = StrictMath.pow(2, validBitsPerSample - 1);
      return (float) ((steps - 1) / steps);
    }
    return 1.0f;
  }
}
