package dev.cadenza.mix;

import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.ChainSpec;
import java.io.IOException;
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

  public static Reference measure(Reopenable reference) throws IOException {
    try (AudioSource source = reference.open()) {
      LoudnessMeter loudness = new LoudnessMeter(source.format(), false);
      SpectralBalance.Meter balance = new SpectralBalance.Meter(source.format());
      AudioBlock block = new AudioBlock(source.format().channels(), 8192);
      while (source.read(block) > 0) {
        loudness.accept(block);
        balance.accept(block);
      }
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
