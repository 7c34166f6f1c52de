package dev.cadenza.mix;

import dev.cadenza.spec.ChainSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives the tempo-synced stages of a chain ({@code duck}, and {@code delay} timed in beats) the
 * track's tempo where they name none, so they follow the music; without a known tempo they keep
 * {@link ChainBuilder#FALLBACK_BPM}. The tempo is written into the stages, so a printed chain
 * carries it and replays the same on audio that has no manifest.
 */
final class TempoSync {
  private TempoSync() {}

  /** {@code stages} with {@code bpm} set where a synced stage has none; as they are when null. */
  static List<ChainSpec.Stage> at(List<ChainSpec.Stage> stages, Double bpm) {
    if (bpm == null) {
      return stages;
    }
    List<ChainSpec.Stage> synced = new ArrayList<>(stages.size());
    for (ChainSpec.Stage stage : stages) {
      synced.add(follows(stage) ? withBpm(stage, bpm) : stage);
    }
    return synced;
  }

  private static boolean follows(ChainSpec.Stage stage) {
    Map<String, Double> p = stage.params();
    if (p.containsKey("bpm")) {
      return false;
    }
    return "duck".equals(stage.type()) || "delay".equals(stage.type()) && !p.containsKey("timeMs");
  }

  private static ChainSpec.Stage withBpm(ChainSpec.Stage stage, double bpm) {
    Map<String, Double> params = new TreeMap<>(stage.params());
    params.put("bpm", bpm);
    return new ChainSpec.Stage(stage.type(), stage.bypass(), params);
  }
}
