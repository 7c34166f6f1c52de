package dev.cadenza.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Makes a folder's entries (files created, renamed or removed in it) survive a power loss. */
final class Durable {

  private Durable() {}

  /**
   * Flushes {@code folder}'s entries to the disk; a filesystem that cannot open a folder for this
   * (not Linux) keeps the ordering it gives.
   */
  static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Opening a directory is not possible on every platform; the rename is still atomic.
    }
  }
}
