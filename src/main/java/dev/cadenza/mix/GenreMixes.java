package dev.cadenza.mix;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code mix/genres.json}: the mixes of genre families, which genres belong to each family, and the
 * per-genre balance (dB added to a role's level in that genre's family mix).
 */
final class GenreMixes {
  static final String RESOURCE = "genres.json";
  static final String DEFAULT = "default";

  private static final GenreMixes STANDARD = load();

  private final Map<String, GenreMix> mixes;
  private final Map<String, String> familyOf;
  private final Map<String, Map<String, Double>> balance;

  GenreMixes(
      Map<String, GenreMix> mixes,
      Map<String, String> familyOf,
      Map<String, Map<String, Double>> balance) {
    if (!mixes.containsKey(DEFAULT)) {
      throw new IllegalStateException(RESOURCE + ": no \"" + DEFAULT + "\" mix");
    }
    this.mixes = mixes;
    this.familyOf = familyOf;
    this.balance = balance;
  }

  static GenreMixes standard() {
    return STANDARD;
  }

  /** The family mix of {@code genre} with the genre's own balance added to its roles' gains. */
  GenreMix of(String genre) {
    GenreMix family = mixes.get(familyOf.getOrDefault(genre == null ? "" : genre, DEFAULT));
    Map<String, Double> offsets = genre == null ? Map.of() : balance.getOrDefault(genre, Map.of());
    if (offsets.isEmpty()) {
      return family;
    }
    Map<String, GenreMix.RoleMix> roles = new TreeMap<>(family.roles());
    offsets.forEach(
        (role, db) -> {
          GenreMix.RoleMix r = family.role(role);
          roles.put(role, new GenreMix.RoleMix(r.gainDb() + db, r.sends(), r.stages()));
        });
    return new GenreMix(
        family.returns(),
        family.tailSeconds(),
        roles,
        family.sectionsDb(),
        family.fadeOutSeconds());
  }

  /** The family names. */
  List<String> families() {
    return List.copyOf(new TreeMap<>(mixes).keySet());
  }

  /** The genres the table places in a family or balances, each once. */
  List<String> genres() {
    Map<String, Boolean> all = new TreeMap<>();
    familyOf.keySet().forEach(g -> all.put(g, true));
    balance.keySet().forEach(g -> all.put(g, true));
    return List.copyOf(all.keySet());
  }

  private static GenreMixes load() {
    try (InputStream in = GenreMixes.class.getResourceAsStream(RESOURCE)) {
      JsonNode root = Json.mapper().readTree(in);
      Map<String, GenreMix> mixes =
          Json.mapper().convertValue(root.get("mixes"), new TypeReference<>() {});
      Map<String, List<String>> families =
          Json.mapper().convertValue(root.get("families"), new TypeReference<>() {});
      Map<String, Map<String, Double>> balance =
          Json.mapper().convertValue(root.get("balance"), new TypeReference<>() {});
      Map<String, String> familyOf = new HashMap<>();
      families.forEach(
          (family, genres) -> {
            if (!mixes.containsKey(family)) {
              throw new IllegalStateException(RESOURCE + ": family " + family + " has no mix");
            }
            for (String g : genres) {
              if (familyOf.put(g, family) != null) {
                throw new IllegalStateException(RESOURCE + ": " + g + " is in two families");
              }
            }
          });
      return new GenreMixes(mixes, familyOf, balance == null ? Map.of() : balance);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
