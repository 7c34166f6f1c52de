package dev.cadenza.produce;

import dev.cadenza.OutputException;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disk a production writes, estimated before it renders so that a track that cannot fit fails
 * at once (exit 74) instead of after minutes of work: the stems and the master where they are asked
 * for, and the temporary files of a track mixed through files ({@link StreamedBus}: the stems
 * unless a stems folder holds them, the bus and the mastered bus as floats, the master).
 *
 * @param stemBytes the stem files (every part, as generate writes them)
 * @param masterBytes the master file
 * @param tempBytes the temporary files, in the temporary folder
 */
record DiskEstimate(long stemBytes, long masterBytes, long tempBytes) {
  /** Room for a WAV header and its chunks, however the writer lays them out. */
  private static final long HEADER = 128;

  /** How much room a folder has: the usable bytes of the filesystem that holds it. */
  @FunctionalInterface
  interface Room {
    Room DISK = DiskEstimate::usable;

    long usable(Path existing) throws IOException;
  }

  /**
   * The estimate for {@code parts} stereo stems of {@code frames} frames, with the bus's {@code
   * tailFrames} after them, at {@code stemBits} and {@code masterBits} a sample; {@code streamed}
   * when the bus goes through files, {@code stemsKept} when a stems folder is asked for.
   */
  static DiskEstimate of(
      int parts,
      long frames,
      long busFrames,
      int stemBits,
      int masterBits,
      boolean streamed,
      boolean stemsKept) {
    long stems = parts * wav(frames, stemBits);
    long master = wav(busFrames, masterBits);
    long temp = 0;
    if (streamed) {
      temp = (stemsKept ? 0 : stems) + 2 * wav(busFrames, 32) + master;
    }
    return new DiskEstimate(stems, master, temp);
  }

  private static long wav(long frames, int bits) {
    return HEADER + frames * 2 * (bits / 8);
  }

  /**
   * Refuses (exit 74, naming the folder and the sizes) when a filesystem cannot hold what is
   * written to it: the master beside {@code master} (null: standard output, nothing on disk), the
   * stems in {@code stems} (null: none kept), the temporary files in {@code temp}.
   */
  void refuseUnlessRoom(Path master, Path stems, Path temp, Room room) {
    Map<FileStore, List<Need>> byStore = new LinkedHashMap<>();
    add(byStore, master == null ? null : parent(master), masterBytes, "the master");
    add(byStore, stems, stems == null ? 0 : stemBytes, "the stems");
    add(byStore, temp, tempBytes, "temporary files");
    for (List<Need> needs : byStore.values()) {
      long total = needs.stream().mapToLong(Need::bytes).sum();
      Path where = needs.get(0).folder();
      long usable;
      try {
        usable = room.usable(existing(where));
      } catch (IOException e) {
        continue;
      }
      if (usable < total) {
        List<String> parts = new ArrayList<>();
        needs.forEach(n -> parts.add(n.what() + " " + size(n.bytes())));
        throw new OutputException(
            where.toString(),
            "not enough space: about "
                + size(total)
                + " to write ("
                + String.join(", ", parts)
                + "), "
                + size(usable)
                + " free",
            "free some space, or write to another filesystem",
            null);
      }
    }
  }

  private record Need(Path folder, String what, long bytes) {}

  private static void add(
      Map<FileStore, List<Need>> byStore, Path folder, long bytes, String what) {
    if (folder == null || bytes <= 0) {
      return;
    }
    FileStore store;
    try {
      store = Files.getFileStore(existing(folder));
    } catch (IOException e) {
      // A folder whose filesystem cannot be asked is left to the write to report.
      return;
    }
    byStore.computeIfAbsent(store, s -> new ArrayList<>()).add(new Need(folder, what, bytes));
  }

  private static Path parent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.toAbsolutePath() : parent;
  }

  /** The folder itself or, when it is still to be created, its nearest existing ancestor. */
  private static Path existing(Path folder) {
    Path p = folder.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p == null ? folder.toAbsolutePath().getRoot() : p;
  }

  private static long usable(Path existing) throws IOException {
    return Files.getFileStore(existing).getUsableSpace();
  }

  /** Bytes in the largest unit that keeps a number of at least 1, one decimal. */
  static String size(long bytes) {
    String[] units = {"bytes", "KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return u == 0 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
