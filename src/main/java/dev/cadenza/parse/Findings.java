package dev.cadenza.parse;

import dev.cadenza.music.GenreMatch;
import dev.cadenza.music.Instrument;
import dev.cadenza.spec.TrackSpec;
import java.util.ArrayList;
import java.util.List;

/** What the extractor found in a prompt, each with the span it came from; not yet resolved. */
final class Findings {

  /** A part of the prompt: character offsets {@code [start, end)}. */
  record Span(int start, int end) {}

  record Hit<T>(T value, Span span) {}

  /** An explicit tempo: a number or a range of numbers. */
  record Bpm(double bpm, double lo, double hi) {}

  /**
   * A key: tonic null when only the mode was named; modeStated false for a bare tonic ("in E"),
   * whose mode is major unless a mode is named elsewhere ("mixolydian jam in D").
   */
  record KeyHit(String tonic, String mode, boolean modeStated) {}

  /** A style reference: known null when cadenza does not know the name. */
  record RefHit(String name, StyleReference known) {}

  final List<Hit<GenreMatch>> genres = new ArrayList<>();

  /**
   * Genres named only as the kind of an instrument ("gospel choir", "ambient pads"): the genre when
   * the prompt names no other.
   */
  final List<Hit<GenreMatch>> instrumentGenres = new ArrayList<>();

  final List<Hit<Bpm>> bpms = new ArrayList<>();
  final List<Hit<Meaning.TempoWord>> tempoWords = new ArrayList<>();
  final List<Hit<String>> feels = new ArrayList<>();
  final List<Hit<KeyHit>> keys = new ArrayList<>();
  final List<Hit<String>> meters = new ArrayList<>();
  final List<Hit<Double>> durations = new ArrayList<>();
  final List<Hit<Double>> durationWords = new ArrayList<>();
  final List<Hit<Integer>> bars = new ArrayList<>();
  final List<Hit<Meaning.Mood>> moods = new ArrayList<>();
  final List<Hit<Double>> energies = new ArrayList<>();
  final List<Hit<Instrument>> instruments = new ArrayList<>();
  final List<Hit<Instrument>> excluded = new ArrayList<>();
  final List<Hit<RefHit>> references = new ArrayList<>();
  final List<Hit<String>> sections = new ArrayList<>();
  final List<Hit<TrackSpec.SectionTiming>> sectionTimings = new ArrayList<>();
  final List<KeyChanges.Found> keyChanges = new ArrayList<>();
  final List<Hit<String>> productionHints = new ArrayList<>();
  final List<Hit<String>> endings = new ArrayList<>();
  final List<Hit<String>> openings = new ArrayList<>();
  final List<Hit<Boolean>> loops = new ArrayList<>();
  final List<Hit<String>> eras = new ArrayList<>();
  final List<Hit<Long>> seeds = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
}
