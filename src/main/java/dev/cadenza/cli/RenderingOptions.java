package dev.cadenza.cli;

import dev.cadenza.synth.soundfont.Soundfont;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How the stems are rendered: the options {@code generate} and {@code produce} share. */
public final class RenderingOptions {

  @Option(
      names = "--sample-rate",
      paramLabel = "HZ",
      defaultValue = "44100",
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

  /** The sample rate, checked. */
  int sampleRate(CommandSpec spec) {
    return Encodings.sampleRate(sampleRate, spec);
  }

  /** Opens the soundfont (null when none was given) before anything is written. */
  Soundfont openSoundfont() {
    return soundfont == null ? null : Soundfont.open(soundfont, soundfont.toString());
  }
}
