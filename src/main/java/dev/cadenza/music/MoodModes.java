package dev.cadenza.music;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mode a prompt's moods ask for when it names no key: dark, sad and tense moods the minor
 * family, happy and bright ones the major family, in the mode of that family that keeps the genre's
 * colour ({@code music/mood-modes.json}).
 */
public final class MoodModes {

  private static final String RESOURCE = "/dev/cadenza/music/mood-modes.json";

  private static final MoodModes TABLE = load();

  private final List<String> minorMoods;
  private final List<String> majorMoods;
  private final Map<String, String> toMinor;
  private final Map<String, String> toMajor;

  private MoodModes(
      List<String> minorMoods,
      List<String> majorMoods,
      Map<String, String> toMinor,
      Map<String, String> toMajor) {
    this.minorMoods = minorMoods;
    this.majorMoods = majorMoods;
    this.toMinor = toMinor;
    this.toMajor = toMajor;
  }

  /** The table shipped with cadenza. */
  public static MoodModes table() {
    return TABLE;
  }

  /**
   * The moods that decided the family, in the order given: those of the family that outnumbers the
   * other; empty when no mood names a family or both are named equally often.
   */
  public List<String> deciding(List<String> moods) {
    List<String> minor = new ArrayList<>();
    List<String> major = new ArrayList<>();
    for (String m : moods) {
      if (minorMoods.contains(m)) {
        minor.add(m);
      } else if (majorMoods.contains(m)) {
        major.add(m);
      }
    }
    if (minor.size() == major.size()) {
      return List.of();
    }
    return minor.size() > major.size() ? minor : major;
  }

  /**
   * The mode the moods ask for, given the genre's default mode: the default itself when it is of
   * the asked family or no family is asked.
   */
  public String mode(List<String> moods, String genreMode) {
    List<String> deciding = deciding(moods);
    if (deciding.isEmpty()) {
      return genreMode;
    }
    boolean minor = minorMoods.contains(deciding.get(0));
    if (minor == Modes.minorFamily(genreMode)) {
      return genreMode;
    }
    Map<String, String> counterparts = minor ? toMinor : toMajor;
    String mode = counterparts.get(genreMode);
    return mode != null ? mode : (minor ? "minor" : "major");
  }

  private static MoodModes load() {
    JsonNode root = TableFields.read(RESOURCE);
    JsonNode families = TableFields.required(root, "families");
    JsonNode counterparts = TableFields.required(root, "counterparts");
    return new MoodModes(
        words(TableFields.required(families, "minor")),
        words(TableFields.required(families, "major")),
        modes(TableFields.required(counterparts, "minor")),
        modes(TableFields.required(counterparts, "major")));
  }

  private static List<String> words(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode w : array) {
      out.add(w.asText());
    }
    return List.copyOf(out);
  }

  private static Map<String, String> modes(JsonNode object) {
    Map<String, String> out = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      out.put(f.getKey(), f.getValue().asText());
    }
    return out;
  }
}
