package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavReader;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.generate.Generator;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TempoResult;
import dev.cadenza.spec.TrackSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Tracks made the way a user makes them (prompt, parse, compose, render, mixdown), analysed in
 * process: the truth is the tempo the prompt states.
 */
final class GeneratedTracks {

  static final int RATE = 44_100;

  private GeneratedTracks() {}

  /** The spec a prompt parses to. */
  static TrackSpec spec(String prompt) {
    return PromptParser.standard().parse(prompt);
  }

  /** The tempo analysis of the mixdown of a prompt's track. */
  static TempoResult analyse(String prompt) {
    try (WavReader reader = mixdown(prompt)) {
      return TempoAnalyzer.analyze(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mixdown of a prompt's track, as 24-bit WAV read back. */
  static WavReader mixdown(String prompt) {
    TrackSpec spec = spec(prompt);
    try {
      Arrangement a = Composer.standard().compose(spec, spec.seed());
      Generator.Options options = new Generator.Options(RATE, WavEncoding.PCM_24, 1);
      Generator.Result r = Generator.render(a, null, options, true);
      ByteArrayOutputStream wav = new ByteArrayOutputStream();
      Generator.writeMixdown(r, options, spec.seed(), wav);
      return WavReader.open(new ByteArrayInputStream(wav.toByteArray()), "mixdown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
