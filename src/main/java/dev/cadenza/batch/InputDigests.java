package dev.cadenza.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The files a job names (its reference WAV, chain, soundfont) by their contents, since the job
 * names them only by path: editing a chain or replacing a soundfont redoes the jobs that use it.
 * Each file is hashed once per run however many jobs name it (a soundfont can be 150 MB).
 */
final class InputDigests {

  private final Map<Path, String> digests = new HashMap<>();

  /**
   * " reference=SHA chain=SHA soundfont=SHA" for the files the job names, in that order; a file
   * that is missing is left out (the job fails on it when it runs).
   */
  String of(Job job) throws IOException {
    StringBuilder text = new StringBuilder();
    append(text, "reference", job.document().reference());
    append(text, "chain", job.document().chain());
    append(text, "soundfont", job.document().soundfont());
    return text.toString();
  }

  private void append(StringBuilder text, String name, String file) throws IOException {
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      return;
    }
    Path key = Path.of(file).toAbsolutePath().normalize();
    String digest = digests.get(key);
    if (digest == null) {
      digest = Fingerprint.sha256(key);
      digests.put(key, digest);
    }
    text.append(' ').append(name).append('=').append(digest);
  }
}
