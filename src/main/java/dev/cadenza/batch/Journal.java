package dev.cadenza.batch;

import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.spec.JournalEntry;
import dev.cadenza.spec.Json;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only journal of one batch process, a JSON line per event, each on the disk before the
 * batch goes on: what survives a crash is every line written before it, and at worst a torn last
 * line, which {@link JournalReplay} skips and {@link #open} ends so the next line starts clean. A
 * process writes only its own file ({@code journal.jsonl}, or {@code journal.K-of-N.jsonl} for a
 * share), so shares that share a folder on a cluster filesystem never append to the same file.
 */
public final class Journal implements Closeable {

  static final String PREFIX = "journal";
  static final String SUFFIX = ".jsonl";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private Journal(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The journal file of a share in {@code outdir}. */
  public static Path file(Path outdir, Shard shard) {
    String name =
        shard.count() == 1
            ? PREFIX + SUFFIX
            : PREFIX + "." + shard.index() + "-of-" + shard.count() + SUFFIX;
    return outdir.resolve(name);
  }

  /**
   * Opens (creating) a journal for appending, locked against a second process writing it, and ends
   * a torn last line.
   */
  public static Journal open(Path file) {
    try {
      boolean created = !Files.exists(file);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock lock = lock(channel, file);
      if (created) {
        Durable.syncFolder(file.getParent());
      }
      Journal journal = new Journal(file, channel, lock);
      journal.endTornLine();
      return journal;
    } catch (IOException e) {
      throw new OutputException(file.toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  /**
   * An exclusive lock, where the filesystem keeps them: two batches appending to one journal would
   * interleave their lines. A filesystem without locks (some network mounts) goes unlocked.
   */
  private static FileLock lock(FileChannel channel, Path file) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (IOException e) {
      return null;
    }
    if (lock == null) {
      channel.close();
      throw new OutputException(
          file.toString(),
          "another cadenza batch is writing this journal",
          "wait for it, or give another -o or --shard",
          null);
    }
    return lock;
  }

  private void endTornLine() throws IOException {
    long size = channel.size();
    if (size == 0) {
      return;
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    if (last.get(0) != '\n') {
      write(new byte[] {'\n'}, size);
    }
  }

  /** Appends one entry and waits until it is on the disk. */
  public synchronized void append(JournalEntry entry) {
    try {
      byte[] json = Json.toBytes(entry, false);
      byte[] line = new byte[json.length + 1];
      System.arraycopy(json, 0, line, 0, json.length);
      line[json.length] = '\n';
      write(line, channel.size());
    } catch (IOException e) {
      throw new OutputException(file.toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  private void write(byte[] bytes, long at) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long position = at;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.force(false);
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() throws IOException {
    if (lock != null && lock.isValid()) {
      lock.release();
    }
    channel.close();
  }
}
