package dev.cadenza.cli;

import dev.cadenza.Version;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into version.properties at build time, and the JVM's. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "cadenza " + Version.current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
