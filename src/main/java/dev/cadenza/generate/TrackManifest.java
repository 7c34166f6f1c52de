package dev.cadenza.generate;

import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.ChordSpan;
import dev.cadenza.compose.FormSection;
import dev.cadenza.compose.KeySpan;
import dev.cadenza.compose.Part;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.TrackSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of a rendered arrangement: where each stem and the MIDI file are, each stem's role,
 * gain and pan, and the ground truth (tempo, key, metre, beats, sections, chords) that analysis is
 * checked against.
 */
final class TrackManifest {
  private TrackManifest() {}

  static Manifest of(Arrangement a, Path folder, Generator.Options options) {
    return new Manifest(
        Contract.MANIFEST.tag(),
        a.seed(),
        stems(a, folder),
        TrackFolder.midiFile(folder).toString(),
        truth(a),
        a.genre(),
        options.sampleRate(),
        options.encoding().bits(),
        warnings(a, options),
        a.mixHints());
  }

  /** What the spec asked that the track does not give, then what the soundfont cannot give. */
  private static List<String> warnings(Arrangement a, Generator.Options options) {
    if (options.soundfont() == null) {
      return a.warnings();
    }
    List<String> all = new ArrayList<>(a.warnings());
    all.addAll(SoundfontParts.standard().warnings(options.soundfont(), a));
    return all;
  }

  private static List<Manifest.Stem> stems(Arrangement a, Path folder) {
    List<Manifest.Stem> stems = new ArrayList<>();
    for (Part p : a.parts()) {
      stems.add(
          new Manifest.Stem(
              p.name(),
              TrackFolder.stemFile(folder, p.name()).toString(),
              p.role(),
              p.gainDb(),
              p.pan()));
    }
    return stems;
  }

  private static Manifest.Truth truth(Arrangement a) {
    List<Manifest.Span> sections = new ArrayList<>();
    for (FormSection s : a.sections()) {
      sections.add(new Manifest.Span(s.start(), s.end(), s.label()));
    }
    List<Manifest.Chord> chords = new ArrayList<>();
    for (ChordSpan c : a.chords()) {
      chords.add(new Manifest.Chord(c.start(), c.end(), c.symbol()));
    }
    return new Manifest.Truth(
        a.bpm(),
        new TrackSpec.Key(a.key().tonicName(), a.key().mode()),
        a.meter().text(),
        a.durationSeconds(),
        a.beats(),
        a.downbeats(),
        sections,
        chords,
        keys(a));
  }

  private static List<Manifest.KeySpan> keys(Arrangement a) {
    List<Manifest.KeySpan> keys = new ArrayList<>();
    for (KeySpan k : a.keys()) {
      keys.add(new Manifest.KeySpan(k.start(), k.end(), k.key().tonicName(), k.key().mode()));
    }
    return keys;
  }
}
