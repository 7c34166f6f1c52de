package dev.cadenza.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a job's outputs depend on, as one SHA-256: the job in canonical JSON, the batch options that
 * change what is written, and cadenza's version. A finished job whose fingerprint is unchanged is
 * skipped by the next run; any change to these redoes it.
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
