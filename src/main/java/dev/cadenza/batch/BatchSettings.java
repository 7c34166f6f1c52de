package dev.cadenza.batch;

import java.nio.file.Path;

/**
 * How a batch runs.
 *
 * @param outdir the folder of results and journals
 * @param parallel jobs run at once
 * @param shard the share of the jobs this process takes
 * @param retries attempts after the first when QA fails, for jobs that do not say
 * @param failFast start no job after one fails
 * @param stems write each job's stems, MIDI and truth to {@code OUTDIR/<id>/stems/}
 * @param report write each job's {@code cadenza.report/1} to {@code OUTDIR/<id>/report.json}
 * @param version cadenza's version, part of every fingerprint
 */
public record BatchSettings(
    Path outdir,
    int parallel,
    Shard shard,
    int retries,
    boolean failFast,
    boolean stems,
    boolean report,
    String version) {

  /** The options that change what a job writes, in words: part of its fingerprint. */
  public String outputOptions() {
    return "retries=" + retries + " stems=" + stems + " report=" + report;
  }

  /**
   * The render threads each job gets: the cores shared among the jobs run at once, so -j does not
   * multiply the threads (a job's output is the same with any number).
   */
  int threadsPerJob() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / parallel);
  }
}
