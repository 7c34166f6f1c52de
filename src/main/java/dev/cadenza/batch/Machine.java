package dev.cadenza.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** What a journal entry says of where and when it was written, and of the process's memory. */
final class Machine {

  /** Fixed width, so that times sort as text across journals. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final String HOST = lookUpHost();

  private Machine() {}

  static String now() {
    return TIME.format(Instant.now());
  }

  static String host() {
    return HOST;
  }

  private static String lookUpHost() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (IOException unknown) {
        return "unknown";
      }
    }
  }

  /**
   * Whether the process that wrote an entry at {@code time} is known to have ended: it ran on this
   * machine and no process has that pid, or the one that has it started after the entry (the pid
   * was reused). A process on another machine cannot be asked, so it is not known to have ended.
   */
  static boolean ended(String host, Long pid, String time) {
    if (!HOST.equals(host) || pid == null) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return true;
    }
    Optional<Instant> started = process.get().info().startInstant();
    return time != null && started.isPresent() && started.get().isAfter(Instant.parse(time));
  }

  static long pid() {
    return ProcessHandle.current().pid();
  }

  /**
   * The process's peak resident memory so far (VmHWM, Linux), or null where /proc does not tell.
   */
  static Long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.substring(6).strip().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
