package dev.cadenza.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a job's outputs depend on, as one SHA-256: the job in canonical JSON, the batch options that
 * change what is written (and the contents of the files it names: {@link InputDigests}), and
 * cadenza's version. A finished job whose fingerprint is unchanged is skipped by the next run; any
 * change to these redoes it.
 */
public final class Fingerprint {

  private Fingerprint() {}

  /**
   * @param canonical the job, in canonical JSON ({@link Job#canonical()})
   * @param options the batch options that change its outputs, in words ({@link
   *     BatchSettings#outputOptions()})
   * @param version cadenza's version
   */
  public static String of(String canonical, String options, String version) {
    String text = "cadenza " + version + "\n" + options + "\n" + canonical + "\n";
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of a file's contents, read as a stream. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
