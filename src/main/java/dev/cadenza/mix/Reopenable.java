package dev.cadenza.mix;

import dev.cadenza.audio.AudioSource;
import java.io.IOException;

/**
 * Opens the same audio from its start each time it is called: a file path, a synthesiser with a
 * fixed seed. Mastering reads its input several times rather than holding it in memory.
 */
@FunctionalInterface
public interface Reopenable {
  AudioSource open() throws IOException;
}
