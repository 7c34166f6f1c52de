package dev.cadenza.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into version.properties at build time. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties props = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/cadenza/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    }
    return new String[] {
      "cadenza " + props.getProperty("version", "unknown"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
