package dev.cadenza.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shares of the jobs: disjoint, together the whole, the same whatever the order of the file. */
class ShardTest {

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("track-" + i);
    }
    return ids;
  }

  @Test
  void theSharesOfOneToEightCoverEveryJobOnceInAnyOrder() {
    List<String> ids = ids(500);
    Random shuffle = new Random(19);
    for (int n = 1; n <= 8; n++) {
      List<String> reordered = new ArrayList<>(ids);
      Collections.shuffle(reordered, shuffle);
      Set<String> union = new HashSet<>();
      int total = 0;
      for (int k = 1; k <= n; k++) {
        List<String> taken = taken(ids, new Shard(k, n));
        assertThat(taken(reordered, new Shard(k, n)))
            .as("share %d/%d of the shuffled file", k, n)
            .containsExactlyInAnyOrderElementsOf(taken);
        union.addAll(taken);
        total += taken.size();
      }
      assertThat(total).as("no job in two of %d shares", n).isEqualTo(ids.size());
      assertThat(union).as("every job in one of %d shares", n).isEqualTo(new HashSet<>(ids));
    }
  }

  @Test
  void sharesAreRoughlyEven() {
    // 4000 ids over 4 shares: a fair hash puts 1000 +- 3 sigma (sigma ~ 27) in each.
    List<String> ids = ids(4000);
    for (int k = 1; k <= 4; k++) {
      assertThat(taken(ids, new Shard(k, 4))).hasSizeBetween(920, 1080);
    }
  }

  @Test
  void theShareOfAnIdIsItsSha256ModuloN() {
    // SHA-256("a") starts ca978112ca1bbdca: 0xca978112ca1bbdca mod 3, unsigned, is 1 (share 2).
    assertThat(Shard.hash("a")).isEqualTo(0xca978112ca1bbdcaL);
    assertThat(Long.remainderUnsigned(0xca978112ca1bbdcaL, 3)).isEqualTo(1);
    assertThat(new Shard(2, 3).owns("a")).isTrue();
    assertThat(new Shard(1, 3).owns("a")).isFalse();
  }

  private static List<String> taken(List<String> ids, Shard shard) {
    return ids.stream().filter(shard::owns).toList();
  }

  @Test
  void parsesKOfN() {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.ALL);
    for (String bad : new String[] {"0/4", "5/4", "2", "a/b", "1/0", "1/2/3"}) {
      assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void slurmArrayVariablesCountFromTheArraysFirstIndex() {
    Shard.Found found =
        Shard.fromEnvironment(
                Map.of(
                    "SLURM_ARRAY_TASK_ID", "3",
                    "SLURM_ARRAY_TASK_COUNT", "4",
                    "SLURM_ARRAY_TASK_MIN", "1"))
            .orElseThrow();
    assertThat(found.shard()).isEqualTo(new Shard(3, 4));
    assertThat(found.source()).contains("SLURM_ARRAY_TASK_ID=3");
    assertThat(
            Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "0", "SLURM_ARRAY_TASK_COUNT", "2"))
                .orElseThrow()
                .shard())
        .isEqualTo(new Shard(1, 2));
  }

  @Test
  void kubernetesIndexCountsFromZeroOutOfTheGivenCount() {
    assertThat(
            Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "4", Shard.KUBERNETES_COUNT, "5"))
                .orElseThrow()
                .shard())
        .isEqualTo(new Shard(5, 5));
    assertThat(Shard.fromEnvironment(Map.of("HOME", "/root"))).isEmpty();
  }

  @Test
  void anIndexWithoutACountIsRefusedRatherThanEveryTaskDoingEveryJob() {
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "0")))
        .hasMessageContaining(Shard.KUBERNETES_COUNT);
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "0")))
        .hasMessageContaining("SLURM_ARRAY_TASK_COUNT");
  }
}
