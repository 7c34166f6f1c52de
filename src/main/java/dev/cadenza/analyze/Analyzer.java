package dev.cadenza.analyze;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.Analysis;
import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Measures a whole stream in one pass with bounded memory and builds the analysis document. Every
 * measurement is a {@link BlockAnalyzer} fed the same blocks.
 */
public final class Analyzer {

  static final int BLOCK_FRAMES = 8192;

  /**
   * @param silenceThresholdDbfs level below which a frame counts as silent
   * @param progress told the number of frames read so far, after each block
   */
  public record Options(double silenceThresholdDbfs, LongConsumer progress) {
    public static Options defaults() {
      return new Options(SilenceDetector.DEFAULT_THRESHOLD_DBFS, frames -> {});
    }
  }

  private Analyzer() {}

  public static Analysis analyze(AudioSource source, String file, Options options)
      throws IOException {
    AudioFormat format = source.format();
    LevelMeter levels = new LevelMeter(format);
    SilenceDetector silence =
        new SilenceDetector(format.sampleRate(), options.silenceThresholdDbfs());
    List<BlockAnalyzer> analyzers = List.of(levels, silence);
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
    return Analysis.of(file, described, levels.result(), silence.result(), source.warnings());
  }
}
