package dev.cadenza.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * A share of the jobs, K of N (K from 1): the jobs whose id hashes to K. The hash is of the id
 * alone, so the share does not change when the jobs file is reordered or other jobs are added, and
 * N machines that each take one share split the work with no coordinator.
 *
 * @param index K, from 1 to {@code count}
 * @param count N
 */
public record Shard(int index, int count) {

  /** Every job: one share of one. */
  public static final Shard ALL = new Shard(1, 1);

  /** The most shares; more than any array a scheduler runs at once. */
  static final int MAX_COUNT = 1_000_000;

  /** The environment variable that gives a Kubernetes Indexed Job's share count. */
  public static final String KUBERNETES_COUNT = "CADENZA_SHARD_COUNT";

  public Shard {
    if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "a shard is K/N with 1 <= K <= N <= " + MAX_COUNT + ": " + index + "/" + count);
    }
  }

  /** "K/N", as --shard takes it. */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("a shard is K/N, e.g. 2/4: " + text);
    }
    try {
      return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a shard is K/N, e.g. 2/4: " + text);
    }
  }

  /** Whether the job named {@code id} is in this share. */
  public boolean owns(String id) {
    return count == 1 || Long.remainderUnsigned(hash(id), count) == index - 1;
  }

  /** The first 8 bytes of the id's SHA-256: the same on every JVM and machine. */
  static long hash(String id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }

  /**
   * The share a cluster's array task is given, when no --shard is: Slurm's {@code
   * SLURM_ARRAY_TASK_ID} counted from {@code SLURM_ARRAY_TASK_MIN} (0 when unset) out of {@code
   * SLURM_ARRAY_TASK_COUNT}, or a Kubernetes Indexed Job's {@code JOB_COMPLETION_INDEX} (from 0)
   * out of {@value #KUBERNETES_COUNT}, which the Job sets to its completions.
   *
   * @return the share and where it came from, or empty when neither is set
   * @throws IllegalArgumentException when the variables are set but do not make a share
   */
  public static Optional<Found> fromEnvironment(Map<String, String> env) {
    String task = env.get("SLURM_ARRAY_TASK_ID");
    String tasks = env.get("SLURM_ARRAY_TASK_COUNT");
    if (task != null && tasks != null) {
      int min = env.containsKey("SLURM_ARRAY_TASK_MIN") ? number(env, "SLURM_ARRAY_TASK_MIN") : 0;
      Shard shard =
          new Shard(
              number(env, "SLURM_ARRAY_TASK_ID") - min + 1, number(env, "SLURM_ARRAY_TASK_COUNT"));
      return Optional.of(
          new Found(
              shard,
              "SLURM_ARRAY_TASK_ID="
                  + task
                  + " of SLURM_ARRAY_TASK_COUNT="
                  + tasks
                  + " (from "
                  + min
                  + ")"));
    }
    String index = env.get("JOB_COMPLETION_INDEX");
    String count = env.get(KUBERNETES_COUNT);
    if (task != null || index != null && count == null) {
      // Without the count, every task would take every job: refused rather than done N times.
      throw new IllegalArgumentException(
          task != null
              ? "SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not (give --shard K/N)"
              : "JOB_COMPLETION_INDEX is set but "
                  + KUBERNETES_COUNT
                  + " is not (give --shard K/N)");
    }
    if (index != null && count != null) {
      Shard shard =
          new Shard(number(env, "JOB_COMPLETION_INDEX") + 1, number(env, KUBERNETES_COUNT));
      return Optional.of(
          new Found(
              shard, "JOB_COMPLETION_INDEX=" + index + " of " + KUBERNETES_COUNT + "=" + count));
    }
    return Optional.empty();
  }

  /** A share read from the environment, and the variables it was read from, in words. */
  public record Found(Shard shard, String source) {}

  private static int number(Map<String, String> env, String name) {
    try {
      return Integer.parseInt(env.get(name).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + env.get(name));
    }
  }
}
