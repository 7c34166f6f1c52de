package dev.cadenza.audio;

import java.io.IOException;
import java.util.List;

/**
 * A source that passes every call through to another: the base of every view of a source that
 * changes some of what is read. A subclass overrides only what it changes; whatever it does not
 * override reaches the source, so a view never hides the source's length, container or warnings,
 * and closing the view closes the source.
 */
public abstract class ForwardingSource implements AudioSource {
  /** The source every call not overridden reaches. */
  protected final AudioSource source;

  protected ForwardingSource(AudioSource source) {
    this.source = source;
  }

  @Override
  public AudioFormat format() {
    return source.format();
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    return source.read(block);
  }

  @Override
  public long frameCount() {
    return source.frameCount();
  }

  @Override
  public String container() {
    return source.container();
  }

  @Override
  public List<String> warnings() {
    return source.warnings();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
