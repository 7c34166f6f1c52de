package dev.cadenza.synth;

import java.util.Map;
import java.util.TreeMap;

/**
 * One note for an instrument.
 *
 * @param startSeconds onset from the start of the output buffer, ≥ 0
 * @param durationSeconds how long the key is held, > 0; one-shot drums mostly ignore it
 * @param pitch MIDI note number 0..127 (69 = A4 = 440 Hz); drums other than toms ignore it
 * @param velocity 0..1; scales level (a square law, so 0.5 is 12 dB down) and, for many
 *     instruments, brightness
 * @param params optional per-note parameters by name (see the constants in this record); absent
 *     means the instrument's default
 */
public record NoteEvent(
    double startSeconds,
    double durationSeconds,
    int pitch,
    double velocity,
    Map<String, Double> params) {

  /** MIDI pitch (may be fractional) the note glides from into its own pitch (acid, 808, lead). */
  public static final String SLIDE_FROM = "slideFrom";

  /** Duration of that glide in seconds (default 0.06; for an 808 the default is 0.12). */
  public static final String SLIDE_SECONDS = "slideSeconds";

  /** Accent 0..1: louder, brighter and snappier (acid bass, drums). */
  public static final String ACCENT = "accent";

  /** Palm mute 0..1 of a plucked string: 1 rings briefly and dark, 0 rings open. */
  public static final String MUTE = "mute";

  /** Filter brightness 0..1 where an instrument has a filter (default 0.5). */
  public static final String BRIGHTNESS = "brightness";

  public NoteEvent {
    if (!(startSeconds >= 0) || Double.isInfinite(startSeconds)) {
      throw new IllegalArgumentException("note start must be finite and >= 0: " + startSeconds);
    }
    if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
      throw new IllegalArgumentException(
          "note duration must be finite and > 0: " + durationSeconds);
    }
    if (pitch < 0 || pitch > 127) {
      throw new IllegalArgumentException("MIDI pitch must be 0..127: " + pitch);
    }
    if (!(velocity >= 0 && velocity <= 1)) {
      throw new IllegalArgumentException("velocity must be 0..1: " + velocity);
    }
    TreeMap<String, Double> copy = new TreeMap<>();
    if (params != null) {
      for (Map.Entry<String, Double> e : params.entrySet()) {
        Double v = e.getValue();
        if (e.getKey() == null || v == null || !Double.isFinite(v)) {
          throw new IllegalArgumentException("note parameter must be finite: " + e);
        }
        copy.put(e.getKey(), v);
      }
    }
    params = java.util.Collections.unmodifiableSortedMap(copy);
  }

  public NoteEvent(double startSeconds, double durationSeconds, int pitch, double velocity) {
    this(startSeconds, durationSeconds, pitch, velocity, Map.of());
  }

  /** A copy with one parameter set. */
  public NoteEvent with(String name, double value) {
    TreeMap<String, Double> copy = new TreeMap<>(params);
    copy.put(name, value);
    return new NoteEvent(startSeconds, durationSeconds, pitch, velocity, copy);
  }

  /** The parameter's value, or {@code fallback} when the note does not set it. */
  public double param(String name, double fallback) {
    Double v = params.get(name);
    return v == null ? fallback : v;
  }
}
