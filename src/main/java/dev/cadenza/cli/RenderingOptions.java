package dev.cadenza.cli;

import dev.cadenza.synth.soundfont.Soundfont;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the stems are rendered: the options {@code generate} and {@code produce} share. */
public final class RenderingOptions {

  /** The rates the generator renders at. */
  private static final List<Integer> SAMPLE_RATES = List.of(44100, 48000, 96000);

  @Option(
      names = "--sample-rate",
      paramLabel = "HZ",
      defaultValue = "44100",
      completionCandidates = SampleRates.class,
      description = "44100, 48000 or 96000.")
  int sampleRate;

  @Option(
      names = "--soundfont",
      paramLabel = "FILE.sf2",
      description =
          "Play the melodic parts (bass, chords, pad, lead) with this General MIDI soundfont"
              + " through the JDK's software synthesizer; drums and fx keep the built-in engine."
              + " Without it, everything is the built-in engine.")
  Path soundfont;

  /** The sample rate, checked: one of those the generator supports. */
  int sampleRate(CommandSpec spec) {
    if (!SAMPLE_RATES.contains(sampleRate)) {
      throw new ParameterException(
          spec.commandLine(), "--sample-rate must be 44100, 48000 or 96000: " + sampleRate);
    }
    return sampleRate;
  }

  /** Opens the soundfont (null when none was given) before anything is written. */
  Soundfont openSoundfont() {
    return soundfont == null ? null : Soundfont.open(soundfont, soundfont.toString());
  }

  /** The values of {@code --sample-rate}, for completion. */
  static final class SampleRates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return SAMPLE_RATES.stream().map(String::valueOf).iterator();
    }
  }
}
