package dev.cadenza;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of cadenza Maven wrote into version.properties at build time. */
public final class Version {

  private Version() {}

  /** The project version, or "unknown" when the build wrote none (classes run from an IDE). */
  public static String current() {
    Properties props = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/dev/cadenza/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version", "unknown");
  }
}
