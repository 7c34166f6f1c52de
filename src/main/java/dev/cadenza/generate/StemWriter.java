package dev.cadenza.generate;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.ForwardingSource;
import dev.cadenza.audio.WavWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Delivers finished stems: each is handed to the sink and, when there is a folder, written to its
 * file as it is read; a written file is flushed by {@link #prepare} once complete, and moved into
 * place with the rest of the track.
 */
final class StemWriter {
  private static final int BLOCK = 8192;

  private final Path folder;
  private final Generator.Options options;
  private final Generator.StemSink sink;

  /**
   * @param folder where the stems are written, or null to hand them to the sink only
   */
  StemWriter(Path folder, Generator.Options options, Generator.StemSink sink) {
    this.folder = folder;
    this.options = options;
    this.sink = sink;
  }

  /**
   * Hands part {@code index}'s stem to the sink, writing it to the part's file (when there is a
   * folder) as it is read; closes the stem and returns the file's writer, complete but not yet
   * moved into place.
   */
  Optional<WavWriter> deliver(int index, String name, AudioSource stem, long seed)
      throws IOException {
    try (stem) {
      if (folder == null) {
        hand(index, stem);
        return Optional.empty();
      }
      WavWriter w =
          WavWriter.create(
              TrackFolder.stemFile(folder, name),
              options.sampleRate(),
              ChannelLayout.defaultFor(2),
              options.encoding(),
              Dither.tpdf(seed));
      try {
        hand(index, new Written(stem, w));
        w.complete();
        return Optional.of(w);
      } catch (IOException | RuntimeException e) {
        w.close();
        throw e;
      }
    }
  }

  /**
   * Flushes a complete stem file to disk, ready to be moved into place with the rest of the track
   * ({@link dev.cadenza.io.FileSet#commitAll()}).
   */
  static Void prepare(WavWriter w) {
    w.completedFile().prepare();
    return null;
  }

  /** Lends {@code stem} to the sink, then reads whatever the sink left unread. */
  private void hand(int index, AudioSource stem) throws IOException {
    sink.accept(index, new Lent(stem));
    AudioBlock block = new AudioBlock(stem.format().channels(), BLOCK);
    while (stem.read(block) > 0) {
      // Read only for what reading does: the file gets the rest of the stem.
    }
  }

  /** A source that writes every block it reads to a file. */
  private static final class Written extends ForwardingSource {
    private final WavWriter writer;

    Written(AudioSource source, WavWriter writer) {
      super(source);
      this.writer = writer;
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      int n = source.read(block);
      if (n > 0) {
        writer.write(block);
      }
      return n;
    }
  }

  /**
   * The stem as the sink sees it: closing it does not end it, since the rest is still read into the
   * file after the sink returns, and the stem is closed then.
   */
  private static final class Lent extends ForwardingSource {
    Lent(AudioSource source) {
      super(source);
    }

    @Override
    public void close() {
      // The writer closes the stem once its file is complete.
    }
  }
}
