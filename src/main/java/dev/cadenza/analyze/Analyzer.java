package dev.cadenza.analyze;

import dev.cadenza.analyze.key.KeyAnalyzer;
import dev.cadenza.analyze.loudness.LoudnessAnalyzer;
import dev.cadenza.analyze.tempo.TempoAnalyzer;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.Analysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Measures a whole stream in one pass with bounded memory and builds the analysis document. Every
 * measurement is a {@link BlockAnalyzer} fed the same blocks.
 */
public final class Analyzer {

  static final int BLOCK_FRAMES = 8192;

  /**
   * @param sections what to measure; the format is always described
   * @param curves whether the loudness section keeps its momentary and short-term curves
   * @param silenceThresholdDbfs level below which a frame counts as silent
   * @param progress told the number of frames read so far, after each block
   */
  public record Options(
      Set<Section> sections, boolean curves, double silenceThresholdDbfs, LongConsumer progress) {
    public Options {
      sections = sections.isEmpty() ? Set.of() : EnumSet.copyOf(sections);
    }

    public static Options defaults() {
      return new Options(
          Section.all(), false, SilenceDetector.DEFAULT_THRESHOLD_DBFS, frames -> {});
    }
  }

  private Analyzer() {}

  public static Analysis analyze(AudioSource source, String file, Options options)
      throws IOException {
    AudioFormat format = source.format();
    Set<Section> sections = options.sections();
    LevelMeter levels = sections.contains(Section.LEVELS) ? new LevelMeter(format) : null;
    SilenceDetector silence =
        sections.contains(Section.SILENCE)
            ? new SilenceDetector(format.sampleRate(), options.silenceThresholdDbfs())
            : null;
    LoudnessAnalyzer loudness =
        sections.contains(Section.LOUDNESS) ? new LoudnessAnalyzer(format, options.curves()) : null;
    TempoAnalyzer tempo =
        sections.contains(Section.TEMPO) ? new TempoAnalyzer(format.sampleRate()) : null;
    KeyAnalyzer key = sections.contains(Section.KEY) ? new KeyAnalyzer(format) : null;
    List<BlockAnalyzer> analyzers = new ArrayList<>();
    if (levels != null) {
      analyzers.add(levels);
    }
    if (silence != null) {
      analyzers.add(silence);
    }
    if (loudness != null) {
      analyzers.add(loudness::accept);
    }
    if (tempo != null) {
      analyzers.add(tempo::accept);
    }
    if (key != null) {
      analyzers.add(key::accept);
    }
    AudioBlock block = new AudioBlock(format.channels(), BLOCK_FRAMES);
    long frames = 0;
    while (source.read(block) > 0) {
      for (BlockAnalyzer analyzer : analyzers) {
        analyzer.accept(block);
      }
      frames += block.frames();
      options.progress().accept(frames);
    }
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
            (double) frames / format.sampleRate());
    return Analysis.of(
        file,
        described,
        levels == null ? null : levels.result(),
        silence == null ? null : silence.result(),
        loudness == null ? null : loudness.result(),
        tempo == null ? null : tempo.result(),
        key == null ? null : key.result(),
        source.warnings());
  }
}
