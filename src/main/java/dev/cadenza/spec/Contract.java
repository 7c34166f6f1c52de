package dev.cadenza.spec;

import dev.cadenza.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The versioned JSON documents cadenza reads and writes. Each document carries {@code "schema":
 * "cadenza.<name>/<major>"}; a reader accepts its own major version only.
 */
public enum Contract {
  ANALYSIS("analysis", 1, Analysis.class),
  TRACKSPEC("trackspec", 1, TrackSpec.class),
  MANIFEST("manifest", 1, Manifest.class),
  CHAIN("chain", 1, ChainSpec.class),
  QA("qa", 1, QaReport.class),
  REPORT("report", 1, ProduceReport.class),
  JOB("job", 1, BatchJob.class),
  BATCH("batch", 1, BatchSummary.class);

  private final String name;
  private final int major;
  private final Class<? extends Record> type;

  Contract(String name, int major, Class<? extends Record> type) {
    this.name = name;
    this.major = major;
    this.type = type;
  }

  public String contractName() {
    return name;
  }

  /** The value of the {@code schema} field, e.g. {@code cadenza.analysis/1}. */
  public String tag() {
    return "cadenza." + name + "/" + major;
  }

  /** The record that holds this document. */
  public Class<? extends Record> type() {
    return type;
  }

  public static Optional<Contract> byName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.name.equals(wanted)).findFirst();
  }

  void checkTag(String file, String tag) {
    String prefix = "cadenza." + name + "/";
    if (!tag.startsWith(prefix)) {
      throw new BadInputException(
          file, "schema is \"" + tag + "\", expected a " + tag() + " document", null);
    }
    String version = tag.substring(prefix.length());
    String majorPart = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    if (!majorPart.equals(String.valueOf(major))) {
      throw new BadInputException(
          file,
          "unsupported schema version \"" + tag + "\"",
          "this cadenza reads " + tag() + "; upgrade cadenza or convert the document");
    }
  }
}
