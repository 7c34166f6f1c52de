package dev.cadenza.batch;

import dev.cadenza.synth.soundfont.Soundfont;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The soundfonts a batch's jobs name, each opened once and shared by the jobs that use it: opening
 * one reads the whole bank, and rendering only reads it.
 */
final class Soundfonts {

  private final Map<String, Soundfont> open = new ConcurrentHashMap<>();

  /** The soundfont the job names, or null for the built-in instruments. */
  Soundfont of(String file) {
    if (file == null) {
      return null;
    }
    // A file that cannot be opened throws and is not kept, so each job naming it says why.
    return open.computeIfAbsent(file, f -> Soundfont.open(Path.of(f), f));
  }
}
