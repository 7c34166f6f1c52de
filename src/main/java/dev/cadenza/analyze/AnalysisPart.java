package dev.cadenza.analyze;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The parts of an analysis that can be asked for one by one ({@code --only}). */
public enum AnalysisPart {
  LEVELS,
  SILENCE,
  LOUDNESS,
  TEMPO,
  KEY,
  SPECTRAL,
  SECTIONS;

  public static Set<AnalysisPart> all() {
    return EnumSet.allOf(AnalysisPart.class);
  }

  /** The name used on the command line and in the JSON document. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static String labels() {
    return Arrays.stream(values()).map(AnalysisPart::label).collect(Collectors.joining(", "));
  }
}
