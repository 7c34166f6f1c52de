package dev.cadenza.mix;

import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ForwardingSource;
import java.io.IOException;
import java.util.Arrays;

/** The views of a source that the mastering passes read through. */
final class PassSources {
  private PassSources() {}

  /**
   * {@code source} whose first {@code limit} frames (all of them when negative) a meter hears as
   * they are read (no meter: none); also counts the frames read.
   */
  static final class Metered extends ForwardingSource {
    private final LoudnessMeter meter;
    private final long limit;
    private long frames;

    Metered(AudioSource source, LoudnessMeter meter, long limit) {
      super(source);
      this.meter = meter;
      this.limit = limit;
    }

    /** Frames read so far. */
    long frames() {
      return frames;
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      int n = source.read(block);
      int heard = limit < 0 ? n : (int) Math.max(0, Math.min(n, limit - frames));
      if (meter == null || heard == 0) {
        // nothing to hear
      } else if (heard == n) {
        meter.accept(block);
      } else {
        block.setFrames(heard);
        meter.accept(block);
        block.setFrames(n);
      }
      frames += n;
      return n;
    }
  }

  /** {@code source} followed by {@code extra} frames of silence. */
  static final class Padded extends ForwardingSource {
    private long left;
    private boolean ended;

    Padded(AudioSource source, long extra) {
      super(source);
      this.left = extra;
    }

    @Override
    public long frameCount() {
      long n = source.frameCount();
      return n < 0 ? -1 : n + left;
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      if (!ended) {
        int n = source.read(block);
        if (n > 0) {
          return n;
        }
        ended = true;
      }
      int n = (int) Math.min(block.capacity(), left);
      for (int c = 0; c < block.channels(); c++) {
        Arrays.fill(block.channel(c), 0, n, 0f);
      }
      block.setFrames(n);
      left -= n;
      return n;
    }
  }

  /** The first {@code limit} frames of {@code source}. */
  static final class Truncated extends ForwardingSource {
    private long left;

    Truncated(AudioSource source, long limit) {
      super(source);
      this.left = limit;
    }

    @Override
    public long frameCount() {
      long n = source.frameCount();
      return n < 0 ? -1 : Math.min(n, left);
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      if (left == 0) {
        block.setFrames(0);
        return 0;
      }
      int n = source.read(block);
      if (n > left) {
        n = (int) left;
        block.setFrames(n);
      }
      left -= n;
      return n;
    }
  }
}
