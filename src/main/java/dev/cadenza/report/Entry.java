package dev.cadenza.report;

/**
 * One row of a report: a track folder, or a batch job the journals know of whose folder holds no
 * report (a job that failed, one still running or pending, one done without {@code --report}).
 *
 * @param name the track's name: its folder's name, or the job's id
 * @param state a batch job's state (done, failed, running, pending), or "done" for a plain folder
 * @param seconds the seconds the batch job took, or null
 * @param exitCode the failed job's exit code, or null
 * @param reason why the job failed, in one line, or null
 * @param track the track folder, or null when there is none to show
 */
public record Entry(
    String name, String state, Double seconds, Integer exitCode, String reason, TrackFolder track) {

  static final String DONE = "done";

  static Entry of(TrackFolder track) {
    return new Entry(track.name(), DONE, null, null, null, track);
  }
}
