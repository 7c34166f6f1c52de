package dev.cadenza.truth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.music.TimeSignature;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.KeyResult;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.SongSection;
import java.util.List;

/**
 * A track's truth, or an analysis's estimate, as a JAMS document (JSON Annotated Music
 * Specification, Humphrey et al., ISMIR 2014; the schema of the {@code jams} 0.3 package): one
 * annotation per namespace (tempo, beat, beat_position, chord, key_mode, segment_open, tag_open),
 * so mir_eval and the jams package compare a fixture's truth with an estimate unchanged.
 */
public final class Jams {

  /** The version of the jams package whose schema the documents follow. */
  static final String JAMS_VERSION = "0.3.4";

  /** One key_mode observation for the track, or one per key when the key changes. */
  private static void keys(Annotations out, Manifest.Truth t, double length) {
    if (t.keys().isEmpty()) {
      out.add("key_mode", 0, length, NODES.textNode(keyMode(t.key().tonic(), t.key().mode())), 1.0);
      return;
    }
    ArrayNode keys = out.annotation("key_mode", 0, length);
    for (Manifest.KeySpan k : t.keys()) {
      out.observe(
          keys, k.start(), k.end() - k.start(), NODES.textNode(keyMode(k.tonic(), k.mode())), 1.0);
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Jams() {}

  /** The manifest's truth: what the stems contain by construction, with confidence 1. */
  public static ObjectNode ofTruth(Manifest manifest) {
    Manifest.Truth t = manifest.truth();
    double length = t.durationSeconds();
    Annotations out = new Annotations(length, "cadenza generate", TRUTH_SOURCE);
    out.add("tempo", 0, length, NODES.numberNode(t.bpm()), 1.0);
    TimeSignature meter = TimeSignature.parse(t.timeSignature());
    beats(out, t.beats(), t.downbeats(), meter, 1.0);
    ArrayNode chords = out.annotation("chord", 0, length);
    for (Manifest.Chord c : t.chords()) {
      out.observe(
          chords, c.start(), c.end() - c.start(), NODES.textNode(HarteLabels.of(c.symbol())), 1.0);
    }
    keys(out, t, length);
    ArrayNode sections = out.annotation("segment_open", 0, length);
    for (Manifest.Span s : t.sections()) {
      out.observe(sections, s.start(), s.end() - s.start(), NODES.textNode(s.label()), 1.0);
    }
    if (manifest.genre() != null) {
      out.add("tag_open", 0, length, NODES.textNode(manifest.genre()), 1.0);
      out.describe("genre");
    }
    ArrayNode stems = out.annotation("tag_open", 0, length);
    out.describe("instruments: the stems rendered");
    for (Manifest.Stem stem : manifest.stems()) {
      out.observe(stems, 0, length, NODES.textNode(stem.name()), 1.0);
    }
    return out.document(manifest.seed());
  }

  private static final String TRUTH_SOURCE =
      "synthesized by cadenza: the composer's own tempo, beat grid, chords, key and sections";

  /** An analysis: the measured tempo, beats, key and sections, with their confidence. */
  public static ObjectNode ofAnalysis(Analysis a) {
    double length = a.format().durationSeconds();
    Annotations out = new Annotations(length, "cadenza analyze", "estimated from " + a.file());
    if (a.tempo() != null && a.tempo().bpm() != null) {
      out.add(
          "tempo",
          0,
          length,
          NODES.numberNode(a.tempo().bpm()),
          confidence(a.tempo().confidence()));
    }
    if (a.beats() != null) {
      List<Double> downbeats = a.downbeats() == null ? List.of() : a.downbeats();
      beats(out, a.beats(), downbeats, TimeSignature.parse(a.timeSignature()), null);
    }
    KeyResult key = a.key();
    if (key != null && key.tonic() != null) {
      out.add(
          "key_mode",
          0,
          length,
          NODES.textNode(keyMode(key.tonic(), key.mode())),
          confidence(key.confidence()));
    }
    if (a.sections() != null) {
      ArrayNode sections = out.annotation("segment_open", 0, length);
      for (SongSection s : a.sections()) {
        out.observe(sections, s.start(), s.end() - s.start(), NODES.textNode(s.label()), null);
      }
    }
    return out.document(null);
  }

  /**
   * The beats ({@code beat}: the beat's number in its bar) and, when the time signature is known,
   * their metrical positions ({@code beat_position}), counted in the signature's note values: a 6/8
   * bar's two beats are at eighths 1 and 4.
   */
  private static void beats(
      Annotations out,
      List<Double> beats,
      List<Double> downbeats,
      TimeSignature meter,
      Double confidence) {
    int perBar = meter == null ? 0 : meter.beatsPerBar();
    BeatPositions at = BeatPositions.of(beats, downbeats, perBar);
    ArrayNode beat = out.annotation("beat", 0, out.length);
    for (int i = 0; i < beats.size(); i++) {
      out.observe(beat, beats.get(i), 0, NODES.numberNode(at.position()[i]), confidence);
    }
    if (meter == null) {
      return;
    }
    int unitsPerBeat = meter.numerator() / meter.beatsPerBar();
    ArrayNode positions = out.annotation("beat_position", 0, out.length);
    for (int i = 0; i < beats.size(); i++) {
      ObjectNode value = NODES.objectNode();
      value.put("position", 1 + (at.position()[i] - 1) * unitsPerBeat);
      value.put("measure", at.measure()[i]);
      value.put("num_beats", meter.numerator());
      value.put("beat_units", meter.denominator());
      out.observe(positions, beats.get(i), 0, value, confidence);
    }
  }

  /**
   * The {@code key_mode} value "A:minor": the tonic as cadenza spells it, the mode when the
   * namespace names it (the harmonic minor is a minor key there).
   */
  static String keyMode(String tonic, String mode) {
    String m = mode == null ? "major" : mode;
    return tonic + ":" + (m.equals("harmonic minor") ? "minor" : m);
  }

  private static Double confidence(Double c) {
    return c == null ? null : Math.max(0, Math.min(1, c));
  }
}
