package dev.cadenza.audio;

/**
 * A reusable buffer of planar float frames: {@code samples[channel][frame]} for the first {@link
 * #frames()} frames. Full scale is [-1, 1). Sources fill it, processors transform it in place,
 * analyzers read it; nothing keeps a reference to it after a call returns.
 */
public final class AudioBlock {
  private final float[][] samples;
  private int frames;

  public AudioBlock(int channels, int capacity) {
    if (channels < 1 || capacity < 1) {
      throw new IllegalArgumentException("channels and capacity must be positive");
    }
    this.samples = new float[channels][capacity];
  }

  public int channels() {
    return samples.length;
  }

  public int capacity() {
    return samples[0].length;
  }

  public int frames() {
    return frames;
  }

  public void setFrames(int frames) {
    if (frames < 0 || frames > capacity()) {
      throw new IllegalArgumentException("frames " + frames + " outside 0.." + capacity());
    }
    this.frames = frames;
  }

  /** The samples of one channel; only the first {@link #frames()} are valid. */
  public float[] channel(int channel) {
    return samples[channel];
  }
}
