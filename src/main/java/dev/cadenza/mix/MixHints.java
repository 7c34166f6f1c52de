package dev.cadenza.mix;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code mix/hints.json}: what a production hint ("reverb", "warm", "wide") changes in a genre's
 * mix. Each hint adjusts the mix the genre table gives, in the prompt's order, so "warm, reverb" is
 * the warm mix with more room.
 */
final class MixHints {
  static final String RESOURCE = "hints.json";

  /** Stands for every role in a hint's stages and gains. */
  static final String EVERY_ROLE = "*";

  private static final MixHints STANDARD = load();

  /**
   * One hint's adjustment.
   *
   * @param sendsDb dB added to every role's send to a return, by return
   * @param dry drops every send
   * @param addSends sends a role gets when it has none to that return, by role then return
   * @param tailSeconds the least the bus rings on after the stems
   * @param reverbTimeScale factor on the decay time of the reverbs in a return, by return
   * @param gainDb dB added to a role's level, by role ({@link #EVERY_ROLE} for all)
   * @param stages stages after a role's own, by role ({@link #EVERY_ROLE} for all, first)
   */
  record Adjustment(
      Map<String, Double> sendsDb,
      Boolean dry,
      Map<String, Map<String, Double>> addSends,
      Double tailSeconds,
      Map<String, Double> reverbTimeScale,
      Map<String, Double> gainDb,
      Map<String, List<ChainSpec.Stage>> stages) {
    Adjustment {
      sendsDb = sendsDb == null ? Map.of() : sendsDb;
      dry = dry != null && dry;
      addSends = addSends == null ? Map.of() : addSends;
      tailSeconds = tailSeconds == null ? 0.0 : tailSeconds;
      reverbTimeScale = reverbTimeScale == null ? Map.of() : reverbTimeScale;
      gainDb = gainDb == null ? Map.of() : gainDb;
      stages = stages == null ? Map.of() : stages;
    }

    /** The returns this adjustment sends to that a mix may lack. */
    Set<String> returnsNeeded() {
      Set<String> needed = new TreeSet<>();
      addSends.values().forEach(s -> needed.addAll(s.keySet()));
      return needed;
    }
  }

  private final Map<String, Adjustment> hints;

  MixHints(Map<String, Adjustment> hints) {
    this.hints = Map.copyOf(hints);
  }

  static MixHints standard() {
    return STANDARD;
  }

  /** The hints this table renders. */
  Set<String> names() {
    return new TreeSet<>(hints.keySet());
  }

  /**
   * {@code mix} adjusted by each of {@code names} this table knows, in order; {@code fallback}
   * lends the returns a hint sends to when the mix has none of that name.
   */
  GenreMix apply(GenreMix mix, List<String> names, GenreMix fallback) {
    GenreMix out = mix;
    for (String name : names) {
      Adjustment a = hints.get(name);
      if (a != null) {
        out = apply(out, a, fallback);
      }
    }
    return out;
  }

  private static GenreMix apply(GenreMix mix, Adjustment a, GenreMix fallback) {
    Map<String, List<ChainSpec.Stage>> returns = new TreeMap<>(mix.returns());
    for (String needed : a.returnsNeeded()) {
      if (!returns.containsKey(needed) && fallback.returns().containsKey(needed)) {
        returns.put(needed, fallback.returns().get(needed));
      }
    }
    a.reverbTimeScale()
        .forEach(
            (name, factor) ->
                returns.computeIfPresent(name, (n, stages) -> lengthened(stages, factor)));
    Set<String> roles = new TreeSet<>(RoleChains.roles());
    roles.addAll(mix.roles().keySet());
    Map<String, GenreMix.RoleMix> adjusted = new TreeMap<>();
    for (String role : roles) {
      adjusted.put(role, adjust(role, mix.role(role), a, returns.keySet()));
    }
    return new GenreMix(
        returns,
        Math.max(mix.tailSeconds(), a.tailSeconds()),
        adjusted,
        mix.sectionsDb(),
        mix.fadeOutSeconds());
  }

  /** The stages with every reverb's decay time multiplied by {@code factor}. */
  private static List<ChainSpec.Stage> lengthened(List<ChainSpec.Stage> stages, double factor) {
    List<ChainSpec.Stage> out = new ArrayList<>();
    for (ChainSpec.Stage stage : stages) {
      Double rt60 = stage.params().get("rt60Seconds");
      if (stage.type().equals("reverb") && rt60 != null) {
        Map<String, Double> params = new TreeMap<>(stage.params());
        params.put("rt60Seconds", rt60 * factor);
        stage = new ChainSpec.Stage(stage.type(), stage.bypass(), params);
      }
      out.add(stage);
    }
    return out;
  }

  private static GenreMix.RoleMix adjust(
      String role, GenreMix.RoleMix r, Adjustment a, Set<String> returns) {
    Map<String, Double> sends = new TreeMap<>();
    if (!a.dry()) {
      r.sends().forEach((ret, db) -> sends.put(ret, db + a.sendsDb().getOrDefault(ret, 0.0)));
      a.addSends()
          .getOrDefault(role, Map.of())
          .forEach(
              (ret, db) -> {
                if (returns.contains(ret)) {
                  sends.putIfAbsent(ret, db);
                }
              });
    }
    double gain =
        r.gainDb() + a.gainDb().getOrDefault(EVERY_ROLE, 0.0) + a.gainDb().getOrDefault(role, 0.0);
    List<ChainSpec.Stage> stages = new ArrayList<>(r.stages());
    stages.addAll(a.stages().getOrDefault(EVERY_ROLE, List.of()));
    stages.addAll(a.stages().getOrDefault(role, List.of()));
    return new GenreMix.RoleMix(gain, sends, stages);
  }

  private static MixHints load() {
    try (InputStream in = MixHints.class.getResourceAsStream(RESOURCE)) {
      JsonNode root = Json.mapper().readTree(in);
      Map<String, Adjustment> hints =
          Json.mapper().convertValue(root.get("hints"), new TypeReference<>() {});
      return new MixHints(hints);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
