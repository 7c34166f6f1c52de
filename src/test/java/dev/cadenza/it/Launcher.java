package dev.cadenza.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where bin/cadenza is, for tests that run the real executable. */
final class Launcher {
  private Launcher() {}

  static Path path() {
    Path launcher = Path.of("bin/cadenza").toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new AssertionError("bin/cadenza is missing or not executable");
    }
    return launcher;
  }
}
