package dev.cadenza.music;

import static dev.cadenza.music.TableFields.strings;
import static dev.cadenza.music.TableFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments cadenza knows by name, each with the role it plays in an arrangement (drums,
 * bass, chords, pad, lead, …) and its other names. Loaded from {@code music/instruments.json}; the
 * parser indexes the names, the composer asks for roles.
 */
public final class InstrumentTable {

  static final String RESOURCE = "/dev/cadenza/music/instruments.json";

  private final List<String> roles;
  private final Map<String, Instrument> byName;

  private InstrumentTable(List<String> roles, List<Instrument> instruments) {
    this.roles = List.copyOf(roles);
    Map<String, Instrument> index = new LinkedHashMap<>();
    for (Instrument inst : instruments) {
      if (!roles.contains(inst.role())) {
        throw new IllegalStateException("instrument " + inst.name() + " has unknown role");
      }
      index.put(inst.name(), inst);
    }
    this.byName = Collections.unmodifiableMap(index);
  }

  /** The table shipped with cadenza. */
  public static InstrumentTable standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final InstrumentTable STANDARD = load();
  }

  private static InstrumentTable load() {
    JsonNode root = TableFields.read(RESOURCE);
    List<String> roles = new ArrayList<>();
    for (JsonNode r : root.get("roles")) {
      roles.add(r.asText());
    }
    List<Instrument> instruments = new ArrayList<>();
    for (JsonNode i : root.get("instruments")) {
      instruments.add(new Instrument(text(i, "name"), text(i, "role"), strings(i, "synonyms")));
    }
    return new InstrumentTable(roles, instruments);
  }

  /** Canonical instruments in table order. */
  public List<Instrument> instruments() {
    return List.copyOf(byName.values());
  }

  /** The instrument of a canonical name ("electric piano"), if there is one. */
  public Optional<Instrument> instrument(String canonicalName) {
    return Optional.ofNullable(byName.get(canonicalName));
  }

  /** The roles instruments play, in table order. */
  public List<String> roles() {
    return roles;
  }
}
