package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The tempo, beat and meter part of an analysis (field names as docs/design.md fixes them: {@code
 * tempo{bpm, confidence, candidates[]}, beats[], downbeats[], timeSignature}) plus the local tempo
 * over time. When the audio has no pulse (silence, noise) {@code bpm} and {@code timeSignature} are
 * null and the lists are empty.
 *
 * @param tempo the global tempo
 * @param beats beat times in seconds from the start of the audio
 * @param downbeats the beats that start a bar, in seconds
 * @param timeSignature {@code 4/4}, {@code 3/4} or {@code 6/8}; null without a pulse
 * @param tempoCurve the local tempo over time, for music that changes tempo
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TempoResult(
    Tempo tempo,
    List<Double> beats,
    List<Double> downbeats,
    String timeSignature,
    List<TempoPoint> tempoCurve) {

  public TempoResult {
    beats = List.copyOf(beats);
    downbeats = List.copyOf(downbeats);
    tempoCurve = List.copyOf(tempoCurve);
  }

  /** The result for audio without a pulse. */
  public static TempoResult none(Double confidence) {
    return new TempoResult(
        new Tempo(null, confidence, List.of()), List.of(), List.of(), null, List.of());
  }

  /**
   * The global tempo.
   *
   * @param bpm beats per minute (for 6/8, dotted quarters per minute); null without a pulse
   * @param confidence 0..1: the normalised autocorrelation of the onset-strength envelope at the
   *     beat period or at the bar period, whichever is larger. 1 means the pattern of onsets
   *     repeats exactly at that period; noise reads near 0. Null for digital silence.
   * @param candidates the strongest periodicities, best first, with their relative score
   */
  public record Tempo(Double bpm, Double confidence, List<Candidate> candidates) {
    public Tempo {
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * One tempo hypothesis.
   *
   * @param bpm beats per minute
   * @param score salience relative to the best candidate (the best reads 1)
   */
  public record Candidate(double bpm, double score) {}

  /**
   * The local tempo around one time.
   *
   * @param time centre of the analysis window, seconds
   * @param bpm local tempo at the same metrical level as the global tempo
   */
  public record TempoPoint(double time, double bpm) {}
}
