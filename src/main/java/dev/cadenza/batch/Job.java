package dev.cadenza.batch;

import dev.cadenza.spec.BatchJob;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;

/**
 * A job read from its line: the document, its spec as given (the fields it leaves out are filled
 * when the job runs), and the job in canonical JSON, which its fingerprint hashes.
 *
 * @param document the line as a {@code cadenza.job/1} record (its {@code spec} as given)
 * @param spec the spec and the fields it gives, or null for a prompt
 * @param canonical the line's JSON with keys sorted and null fields left out
 * @param line where it is in the jobs file, from 1
 */
public record Job(BatchJob document, Json.Partial<TrackSpec> spec, String canonical, int line) {

  public String id() {
    return document.id();
  }

  /** The master's file name in the job's folder. */
  public String output() {
    return document.output() != null ? document.output() : "master.wav";
  }
}
