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
              + " through the JDK's software synthesizer, and the drums with its bank-128 kit for"
              + " the genre (standard, room, power, electronic, analog, brush or orchestra);"
              + " fx and textures keep the built-in engine. Without it, everything is the"
              + " built-in engine.")
  Path soundfont;

  @Option(
      names = "--drum-soundfont",
      paramLabel = "FILE.sf2",
      description =
          "With --soundfont: take the drums from this drum-kit soundfont instead, its bank-128"
              + " kit for the genre, or the first preset of a kit-only file without bank 128"
              + " (as in Debian's avldrums.lv2-soundfont) played on the General MIDI drum notes.")
  Path drumSoundfont;

  /** The sample rate, checked: one of those the generator supports. */
  int sampleRate(CommandSpec spec) {
    if (!SAMPLE_RATES.contains(sampleRate)) {
      throw new ParameterException(
          spec.commandLine(), "--sample-rate must be 44100, 48000 or 96000: " + sampleRate);
    }
    return sampleRate;
  }

  /**
   * Opens the soundfont, with its drum-kit soundfont when one was given (null when none was given),
   * before anything is written.
   */
  Soundfont openSoundfont(CommandSpec spec) {
    if (soundfont == null) {
      if (drumSoundfont != null) {
        throw new ParameterException(
            spec.commandLine(), "--drum-soundfont needs --soundfont FILE.sf2 for the other parts");
      }
      return null;
    }
    Soundfont opened = Soundfont.open(soundfont, soundfont.toString());
    if (drumSoundfont == null) {
      return opened;
    }
    return opened.withDrumsFrom(Soundfont.openKits(drumSoundfont, drumSoundfont.toString()));
  }

  /** The values of {@code --sample-rate}, for completion. */
  static final class SampleRates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return SAMPLE_RATES.stream().map(String::valueOf).iterator();
    }
  }
}
