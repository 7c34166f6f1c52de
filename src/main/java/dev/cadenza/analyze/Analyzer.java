package dev.cadenza.analyze;

import dev.cadenza.analyze.key.KeyAnalyzer;
import dev.cadenza.analyze.loudness.LoudnessAnalyzer;
import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.analyze.spectral.SpectralFeatures;
import dev.cadenza.analyze.structure.StructureAnalyzer;
import dev.cadenza.analyze.tempo.TempoAnalyzer;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.Curve;
import dev.cadenza.spec.KeyResult;
import dev.cadenza.spec.LoudnessResult;
import dev.cadenza.spec.SongSection;
import dev.cadenza.spec.TempoResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Measures a whole stream in one pass with bounded memory and builds the analysis document. Every
 * measurement is a {@link BlockAnalyzer} fed the same blocks, in order; the level and loudness
 * meters run on the reading thread while tempo and spectral features run on a second one, and the
 * key on whichever of the two has less to do.
 *
 * <p>Sections build on other measurements: their boundaries snap to the downbeats of the tempo
 * analysis and their loudness comes from the momentary loudness curve, so asking for sections runs
 * those too (without reporting them unless asked).
 */
public final class Analyzer {

  /**
   * Frames per block handed between the lanes. Each hand-over can wake the other thread, which
   * costs tens of microseconds on a virtual machine; 32768 frames (0.74 s at 44.1 kHz) make a
   * 3-minute file about 240 hand-overs instead of 970 (median wall 0.93 -> 0.90 s in interleaved
   * runs) for 1.5 MB of blocks in circulation.
   */
  static final int BLOCK_FRAMES = 32768;

  /**
   * @param sections what to measure; the format is always described
   * @param curves whether the loudness section keeps its momentary and short-term curves
   * @param silenceThresholdDbfs level below which a frame counts as silent
   * @param progress told the number of frames read so far, after each block
   * @param plot whether to keep what a plot needs beyond the document (spectrogram, waveform,
   *     loudness curves)
   */
  public record Options(
      Set<AnalysisPart> sections,
      boolean curves,
      double silenceThresholdDbfs,
      LongConsumer progress,
      boolean plot) {
    public Options {
      sections = sections.isEmpty() ? Set.of() : EnumSet.copyOf(sections);
    }

    public Options(
        Set<AnalysisPart> sections,
        boolean curves,
        double silenceThresholdDbfs,
        LongConsumer progress) {
      this(sections, curves, silenceThresholdDbfs, progress, false);
    }

    public static Options defaults() {
      return new Options(
          AnalysisPart.all(), false, SilenceDetector.DEFAULT_THRESHOLD_DBFS, frames -> {});
    }
  }

  /**
   * The document and the material behind it.
   *
   * @param analysis the document
   * @param loudness the loudness measurements with their curves (null when not measured)
   * @param features the spectral features, with spectrogram and waveform when a plot was asked for
   *     (null when not measured)
   */
  public record Measured(Analysis analysis, LoudnessResult loudness, SpectralFeatures features) {}

  private Analyzer() {}

  public static Analysis analyze(AudioSource source, String file, Options options)
      throws IOException {
    return measure(source, file, options).analysis();
  }

  public static Measured measure(AudioSource source, String file, Options options)
      throws IOException {
    AudioFormat format = source.format();
    Set<AnalysisPart> sections = options.sections();
    boolean structure = sections.contains(AnalysisPart.SECTIONS);
    LevelMeter levels = sections.contains(AnalysisPart.LEVELS) ? new LevelMeter(format) : null;
    SilenceDetector silence =
        sections.contains(AnalysisPart.SILENCE)
            ? new SilenceDetector(format.sampleRate(), options.silenceThresholdDbfs())
            : null;
    boolean keepCurves = options.curves() || options.plot() || structure;
    LoudnessAnalyzer loudness =
        sections.contains(AnalysisPart.LOUDNESS) ? new LoudnessAnalyzer(format, keepCurves) : null;
    LoudnessMeter sectionLoudness =
        structure && loudness == null ? new LoudnessMeter(format, true) : null;
    TempoAnalyzer tempo =
        sections.contains(AnalysisPart.TEMPO) || structure
            ? new TempoAnalyzer(format.sampleRate())
            : null;
    KeyAnalyzer key = sections.contains(AnalysisPart.KEY) ? new KeyAnalyzer(format) : null;
    SpectralFeatures spectral =
        sections.contains(AnalysisPart.SPECTRAL) || structure || options.plot()
            ? new SpectralFeatures(format.sampleRate(), format.channels(), options.plot())
            : null;
    // Two lanes of about equal work (see TwoLanes): the meters on the reading thread, tempo and
    // spectral features on a second one, and the key on whichever side is lighter.
    List<BlockAnalyzer> readerLane = new ArrayList<>();
    List<BlockAnalyzer> secondLane = new ArrayList<>();
    if (levels != null) {
      readerLane.add(levels);
    }
    if (silence != null) {
      readerLane.add(silence);
    }
    if (loudness != null) {
      readerLane.add(loudness::accept);
    }
    if (sectionLoudness != null) {
      readerLane.add(sectionLoudness::accept);
    }
    if (tempo != null) {
      secondLane.add(tempo::accept);
    }
    if (spectral != null) {
      secondLane.add(spectral::accept);
    }
    if (key != null) {
      // Warm CPU on a 3-minute track (bench/analyze.sh): reading and the meters about 0.18 s,
      // tempo 0.13 s, spectral features 0.11 s, key 0.06 s. With spectral features the key evens
      // the lanes on the reader's side (a full analysis of 30 minutes went from about 4.3 to 3.9 s
      // wall); without them (qa, produce) on tempo's.
      (spectral != null ? readerLane : secondLane).add(key::accept);
    }
    long frames = TwoLanes.run(source, BLOCK_FRAMES, readerLane, secondLane, options.progress());
    double duration = (double) frames / format.sampleRate();
    Analysis.Format described =
        new Analysis.Format(
            source.container(),
            format.encoding().label(),
            format.bitsPerSample(),
            format.validBitsPerSample(),
            format.sampleRate(),
            format.channels(),
            format.layout().name(),
            format.layout().names(),
            frames,
            duration);
    LoudnessResult loudnessResult = loudness == null ? null : loudness.result();
    TempoResult tempoResult = tempo == null ? null : tempo.result();
    KeyResult keyResult = key == null ? null : key.result();
    if (spectral != null) {
      spectral.finish();
    }
    List<SongSection> songSections = null;
    if (structure) {
      Curve momentary =
          loudnessResult != null ? loudnessResult.momentary() : sectionLoudness.momentaryCurve();
      songSections =
          StructureAnalyzer.analyze(spectral, tempoResult.downbeats(), momentary, duration);
      if (key != null) {
        List<SongSection> keyed = new ArrayList<>(songSections.size());
        for (SongSection s : songSections) {
          keyed.add(s.withKey(key.keyOf(s.start(), s.end())));
        }
        songSections = keyed;
      }
    }
    Analysis analysis =
        Analysis.of(
            file,
            described,
            levels == null ? null : levels.result(),
            silence == null ? null : silence.result(),
            loudnessResult == null || options.curves()
                ? loudnessResult
                : withoutCurves(loudnessResult),
            sections.contains(AnalysisPart.TEMPO) ? tempoResult : null,
            keyResult,
            sections.contains(AnalysisPart.SPECTRAL) ? spectral.track() : null,
            songSections,
            source.warnings());
    return new Measured(analysis, loudnessResult, spectral);
  }

  private static LoudnessResult withoutCurves(LoudnessResult r) {
    return new LoudnessResult(
        r.integratedLufs(),
        r.loudnessRangeLu(),
        r.truePeakDbtp(),
        r.maxMomentaryLufs(),
        r.maxShortTermLufs(),
        r.samplePeakDbfs(),
        r.channels(),
        null,
        null);
  }
}
