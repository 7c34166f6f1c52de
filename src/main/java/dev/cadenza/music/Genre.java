package dev.cadenza.music;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What cadenza knows about one genre family: the defaults a spec takes when the prompt does not
 * say, and what the generator needs to render it. Loaded from {@code music/genres.json}.
 *
 * @param name canonical lower-case name ("drum and bass")
 * @param aliases other spellings and common misspellings, matched case-insensitively
 * @param bpmRange usual tempo, {@code [lo, hi]} in BPM
 * @param defaultBpm tempo used when nothing else decides it
 * @param mode default mode (major, minor, dorian, …)
 * @param timeSignature default time signature, e.g. "4/4"
 * @param swing 0 (straight) to 1 (full triplet swing)
 * @param energy typical energy 0..1
 * @param durationSeconds typical length
 * @param feel rhythmic feel ("straight", "half-time", …)
 * @param instruments typical instruments by generator role, canonical lexicon names
 * @param form typical section form, e.g. intro, build, drop, breakdown, drop, outro
 * @param subgenres more specific styles of this family
 * @param modifier whether the name is often used as an adjective ("lofi", "ambient"), so another
 *     genre named in the same prompt takes precedence
 */
public record Genre(
    String name,
    List<String> aliases,
    List<Double> bpmRange,
    double defaultBpm,
    String mode,
    String timeSignature,
    double swing,
    double energy,
    double durationSeconds,
    String feel,
    Map<String, List<String>> instruments,
    List<String> form,
    List<Subgenre> subgenres,
    boolean modifier) {

  public Genre {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    bpmRange = List.copyOf(bpmRange);
    feel = feel == null ? "straight" : feel;
    instruments = instruments == null ? Map.of() : copyOrdered(instruments);
    form = form == null ? List.of() : List.copyOf(form);
    subgenres = subgenres == null ? List.of() : List.copyOf(subgenres);
  }

  private static Map<String, List<String>> copyOrdered(Map<String, List<String>> in) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> role : in.entrySet()) {
      out.put(role.getKey(), List.copyOf(role.getValue()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  public double bpmMin() {
    return bpmRange.get(0);
  }

  public double bpmMax() {
    return bpmRange.get(1);
  }

  /** Every typical instrument, role by role, in table order. */
  public List<String> allInstruments() {
    List<String> all = new ArrayList<>();
    instruments.values().forEach(all::addAll);
    return all;
  }

  /**
   * A more specific style within a family; null fields inherit the family's value.
   *
   * @param bpmRange usual tempo or null
   * @param defaultBpm default tempo or null
   * @param energy typical energy or null
   */
  public record Subgenre(
      String name, List<String> aliases, List<Double> bpmRange, Double defaultBpm, Double energy) {
    public Subgenre {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      bpmRange = bpmRange == null ? null : List.copyOf(bpmRange);
    }
  }
}
