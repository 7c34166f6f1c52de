package dev.cadenza.mix;

import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.WavReader;
import dev.cadenza.dsp.Processor;
import dev.cadenza.spec.ChainSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference master to match, as Matchering does: its integrated loudness becomes the target and
 * its broad spectral balance is imitated by an equaliser in front of the mastering chain.
 *
 * @param integratedLufs the reference's integrated loudness, or null when it has none (silent)
 * @param balance its long-term third-octave spectrum
 */
public record Reference(Double integratedLufs, SpectralBalance balance) {

  /** Measures the reference master in {@code file}. */
  public static Reference measure(Path file) throws IOException {
    return measure(() -> WavReader.open(file));
  }

  public static Reference measure(Reopenable reference) throws IOException {
    try (AudioSource source = reference.open()) {
      Meter meter = new Meter(source.format());
      AudioBlock block = new AudioBlock(source.format().channels(), 8192);
      while (source.read(block) > 0) {
        meter.process(block);
      }
      return meter.result();
    }
  }

  /**
   * Measures a reference as its blocks pass, leaving them alone: placed in a chain, it lets the
   * read that analyses a reference for other ends measure it for matching too.
   */
  public static final class Meter implements Processor {
    private final LoudnessMeter loudness;
    private final SpectralBalance.Meter balance;

    public Meter(AudioFormat format) {
      this.loudness = new LoudnessMeter(format, false);
      this.balance = new SpectralBalance.Meter(format);
    }

    @Override
    public void process(AudioBlock block) {
      loudness.accept(block);
      balance.accept(block);
    }

    /** The reference as heard so far. */
    public Reference result() {
      return new Reference(loudness.integratedLufs(), balance.result());
    }
  }

  /** The matching equaliser for {@code mix}, followed by {@code stages}. */
  public List<ChainSpec.Stage> matched(Reopenable mix, List<ChainSpec.Stage> stages)
      throws IOException {
    int rate;
    try (AudioSource probe = mix.open()) {
      rate = probe.format().sampleRate();
    }
    List<ChainSpec.Stage> all =
        new ArrayList<>(SpectrumMatch.stages(balance, SpectralBalance.measure(mix.open()), rate));
    all.addAll(stages);
    return all;
  }
}
