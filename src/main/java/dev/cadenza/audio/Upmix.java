package dev.cadenza.audio;

import java.io.IOException;
import java.util.List;

/** A mono source heard on every channel of a wider bus, at full level on each. */
public final class Upmix implements AudioSource {
  private final AudioSource mono;
  private final AudioFormat format;
  private AudioBlock scratch;

  public Upmix(AudioSource mono, int channels) {
    if (mono.format().channels() != 1) {
      throw new IllegalArgumentException("upmix needs a mono source");
    }
    this.mono = mono;
    this.format = AudioFormat.floatFormat(mono.format().sampleRate(), channels);
  }

  @Override
  public AudioFormat format() {
    return format;
  }

  @Override
  public long frameCount() {
    return mono.frameCount();
  }

  @Override
  public List<String> warnings() {
    return mono.warnings();
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    if (scratch == null || scratch.capacity() != block.capacity()) {
      scratch = new AudioBlock(1, block.capacity());
    }
    int n = mono.read(scratch);
    for (int c = 0; c < block.channels(); c++) {
      System.arraycopy(scratch.channel(0), 0, block.channel(c), 0, n);
    }
    block.setFrames(n);
    return n;
  }

  @Override
  public void close() throws IOException {
    mono.close();
  }
}
