package dev.cadenza.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the independent tools cadenza is checked against (sox, ffmpeg), and finds the files tests
 * read from Debian packages (the General MIDI soundfont). Where a tool is missing the test is
 * skipped, unless CADENZA_REQUIRE_TOOLS=1 (as in CI), where it fails: CI installs the tools with
 * .ci/install-tools and must not pass by skipping.
 */
final class ExternalTools {

  private ExternalTools() {}

  record Result(int exitCode, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  static void require(String tool) {
    boolean present = onPath(tool);
    if (!present && "1".equals(System.getenv("CADENZA_REQUIRE_TOOLS"))) {
      throw new AssertionError(tool + " is required (CADENZA_REQUIRE_TOOLS=1) but not installed");
    }
    assumeTrue(present, tool + " is not installed");
  }

  /**
   * Like {@link #require} for a file a Debian package installs (a soundfont): skipped when absent,
   * a failure when CADENZA_REQUIRE_TOOLS=1.
   */
  static void requireFile(Path file, String debianPackage) {
    boolean present = java.nio.file.Files.isRegularFile(file);
    if (!present && "1".equals(System.getenv("CADENZA_REQUIRE_TOOLS"))) {
      throw new AssertionError(
          file + " (Debian package " + debianPackage + ") is required (CADENZA_REQUIRE_TOOLS=1)");
    }
    assumeTrue(present, file + " is not installed (Debian package " + debianPackage + ")");
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Path.of(dir, tool).toFile().canExecute()) {
        return true;
      }
    }
    return false;
  }

  static Result run(List<String> command, byte[] stdin, Path workingDir)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (workingDir != null) {
      builder.directory(workingDir.toFile());
    }
    Process process = builder.start();
    Thread feeder =
        new Thread(
            () -> {
              try (var in = process.getOutputStream()) {
                in.write(stdin);
              } catch (IOException ignored) {
                // The process may exit without reading its input; that is its answer.
              }
            });
    feeder.start();
    var err = new java.io.ByteArrayOutputStream();
    Thread drainErr =
        new Thread(
            () -> {
              try {
                process.getErrorStream().transferTo(err);
              } catch (IOException ignored) {
                // Nothing to report beyond what was read.
              }
            });
    drainErr.start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    feeder.join();
    drainErr.join();
    return new Result(process.exitValue(), out, err.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... command) throws IOException, InterruptedException {
    return run(List.of(command), new byte[0], null);
  }

  /**
   * ffmpeg's EBU R128 meter with true peak over {@code wav}: its per-frame metadata (three
   * decimals) on stdout — only {@code key} when given, e.g. {@code lavfi.r128.true_peak} — and its
   * summary on stderr. Fails the test when ffmpeg does.
   */
  static Result ebur128(Path wav, String key) throws IOException, InterruptedException {
    String print =
        key == null ? "ametadata=print:file=-" : "ametadata=print:key=" + key + ":file=-";
    Result result =
        run(
            "ffmpeg",
            "-nostdin",
            "-hide_banner",
            "-nostats",
            "-i",
            wav.toString(),
            "-af",
            "ebur128=peak=true:metadata=1," + print,
            "-f",
            "null",
            "-");
    org.assertj.core.api.Assertions.assertThat(result.exitCode()).as(result.stderr()).isZero();
    return result;
  }

  /** The SHA-256 of every file in {@code folder}, by file name: what two renders compare. */
  static Map<String, String> digests(Path folder) throws IOException, NoSuchAlgorithmException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        digests.put(file.getFileName().toString(), HexFormat.of().formatHex(hash));
      }
    }
    return digests;
  }
}
