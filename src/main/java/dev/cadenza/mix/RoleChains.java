package dev.cadenza.mix;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processing a stem gets by its role before its gain and pan, from {@code mix/roles.json}: the
 * mixing engineer's habits (high-pass everything that is not kick or bass) kept as data.
 */
final class RoleChains {
  private static final Map<String, List<ChainSpec.Stage>> CHAINS = load();

  private RoleChains() {}

  /** The stages for {@code role}; none for a role the table does not know. */
  static List<ChainSpec.Stage> of(String role) {
    return role == null ? List.of() : CHAINS.getOrDefault(role, List.of());
  }

  /** The roles the table names. */
  static Set<String> roles() {
    return new TreeSet<>(CHAINS.keySet());
  }

  private static Map<String, List<ChainSpec.Stage>> load() {
    try (InputStream in = RoleChains.class.getResourceAsStream("roles.json")) {
      Map<String, Object> raw = Json.mapper().readValue(in, new TypeReference<>() {});
      raw.remove("_comment");
      return Json.mapper()
          .convertValue(raw, new TypeReference<Map<String, List<ChainSpec.Stage>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
