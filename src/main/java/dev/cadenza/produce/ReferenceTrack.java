package dev.cadenza.produce;

import dev.cadenza.MissingInputException;
import dev.cadenza.analyze.AnalysisPart;
import dev.cadenza.analyze.Analyzer;
import dev.cadenza.analyze.SilenceDetector;
import dev.cadenza.audio.WavReader;
import dev.cadenza.dsp.ProcessedSource;
import dev.cadenza.mix.Reference;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A reference track, measured in one read: its tempo and key, and what they fill in a spec (the
 * fields the prompt left to a default), and its loudness and spectral balance, which the master
 * matches.
 *
 * @param file as the user named it
 * @param bpm measured tempo, or null
 * @param key measured key, or null
 * @param master its loudness and spectral balance, for the mastering to match
 */
public record ReferenceTrack(String file, Double bpm, TrackSpec.Key key, Reference master) {

  /** Sources a measured value does not override: what the user said. */
  private static final Set<String> STATED = Set.of(TrackSpec.PROMPT, TrackSpec.OVERRIDE);

  public static ReferenceTrack analyze(Path path, String name) throws IOException {
    Analysis a;
    Reference master;
    try (WavReader reader = WavReader.open(path)) {
      // The meter hears every block the analyser reads: one read of the file for both.
      Reference.Meter meter = new Reference.Meter(reader.format());
      a =
          Analyzer.analyze(
              new ProcessedSource(reader, meter),
              name,
              new Analyzer.Options(
                  EnumSet.of(AnalysisPart.TEMPO, AnalysisPart.KEY),
                  false,
                  SilenceDetector.DEFAULT_THRESHOLD_DBFS,
                  frames -> {}));
      master = meter.result();
    } catch (NoSuchFileException e) {
      throw new MissingInputException(name, "no such file", null, e);
    }
    Double bpm = a.tempo() == null ? null : a.tempo().bpm();
    TrackSpec.Key key =
        a.key() == null || a.key().tonic() == null
            ? null
            : new TrackSpec.Key(a.key().tonic(), a.key().mode());
    return new ReferenceTrack(name, bpm, key, master);
  }

  /** {@code spec} with the reference's tempo and key where the user did not state them. */
  public TrackSpec fill(TrackSpec spec) {
    Map<String, TrackSpec.Provenance> provenance = new TreeMap<>(spec.provenance());
    double newBpm = spec.bpm();
    double duration = spec.durationSeconds();
    TrackSpec.Key newKey = spec.key();
    if (bpm != null && !stated(spec, "bpm")) {
      newBpm = Math.round(bpm * 10) / 10.0;
      if (spec.bars() != null) {
        // A length in bars stays that many bars at the new tempo.
        duration = spec.durationSeconds() * spec.bpm() / newBpm;
      }
      provenance.put("bpm", new TrackSpec.Provenance(TrackSpec.AUDIO, file, null, null));
    }
    if (key != null && !stated(spec, "key")) {
      newKey = key;
      provenance.put("key", new TrackSpec.Provenance(TrackSpec.AUDIO, file, null, null));
    }
    return spec.withTempoAndKey(newBpm, newKey, duration, provenance);
  }

  private static boolean stated(TrackSpec spec, String field) {
    TrackSpec.Provenance p = spec.provenance().get(field);
    return p != null && STATED.contains(p.source());
  }
}
