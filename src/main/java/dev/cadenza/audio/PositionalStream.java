package dev.cadenza.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads a file channel from its start at a position of its own, leaving the channel's position
 * alone, so several readers can read one file side by side; closing it closes nothing.
 */
public final class PositionalStream extends InputStream {
  private final FileChannel channel;
  private long position;

  public PositionalStream(FileChannel channel) {
    this.channel = channel;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = channel.read(ByteBuffer.wrap(b, off, len), position);
    if (n > 0) {
      position += n;
    }
    return n;
  }
}
