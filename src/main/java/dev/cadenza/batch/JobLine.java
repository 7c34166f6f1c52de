package dev.cadenza.batch;

/**
 * One line of a jobs file: a job, or why the line is not one.
 *
 * @param line the line number, from 1
 * @param id the job's id when the line names a usable one, else null
 * @param job the job, or null when the line is bad
 * @param problem what is wrong with the line, in words, or null
 */
public record JobLine(int line, String id, Job job, String problem) {

  static JobLine of(Job job) {
    return new JobLine(job.line(), job.id(), job, null);
  }

  static JobLine bad(int line, String id, String problem) {
    return new JobLine(line, id, null, problem);
  }

  public boolean bad() {
    return problem != null;
  }
}
