package dev.cadenza.audio;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A stream of audio in blocks: a decoded file, a synthesiser, or a processor chain. */
public interface AudioSource extends Closeable {

  AudioFormat format();

  /**
   * Fills {@code block} from its start with the next frames, up to its capacity, and sets its frame
   * count. Returns the number of frames read; 0 means the end of the stream.
   */
  int read(AudioBlock block) throws IOException;

  /** The number of frames the stream will deliver, or -1 when it is not known in advance. */
  default long frameCount() {
    return -1;
  }

  /** The container the audio came in ({@code wav}, {@code rf64}), or null when it has none. */
  default String container() {
    return null;
  }

  /** Problems met while reading that did not stop it (a truncated file, say). */
  default List<String> warnings() {
    return List.of();
  }

  @Override
  default void close() throws IOException {}
}
