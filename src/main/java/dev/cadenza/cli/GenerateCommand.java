package dev.cadenza.cli;

import dev.cadenza.BadInputException;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.generate.Generator;
import dev.cadenza.generate.Mixdown;
import dev.cadenza.generate.SoundfontParts;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.soundfont.Soundfont;
import dev.cadenza.truth.Jams;
import dev.cadenza.truth.MirexFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** TrackSpec JSON → stems, MIDI and a manifest. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compose a track from a cadenza.trackspec/1 document and render it: one WAV per part"
          + " (drums, bass, chords, pad, lead, fx, texture), arrangement.mid, and a cadenza.manifest/1"
          + " document on stdout with the ground truth (beats, downbeats, sections, chords, key).",
      "The same spec and seed give bit-identical files on any machine."
    },
    footer = {
      "%nExamples:",
      "  cadenza parse dark drum and bass at 174 bpm in F minor, 30 seconds | cadenza generate - -o stems/",
      "  cadenza generate spec.json -o stems/ --seed 7 --bits 16 --sample-rate 48000",
      "  cadenza generate spec.json --mixdown > sketch.wav",
      "  cadenza generate spec.json -o stems/ --soundfont /usr/share/sounds/sf2/FluidR3_GM.sf2",
      "  cadenza generate spec.json -o stems/ --jams stems/truth.jams --truth-dir stems/truth"
    })
final class GenerateCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SPEC",
      defaultValue = "-",
      description = "TrackSpec JSON file, or - for stdin (the default).")
  String input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Folder for the stems and MIDI file (created when missing).")
  Path output;

  @Option(names = "--seed", paramLabel = "N", description = "Seed (overrides the spec's).")
  Long seed;

  @Mixin SampleFormatOption format;

  @Mixin RenderingOptions rendering;

  @Option(
      names = "--mixdown",
      description =
          "Write a plain sum of the stems (at the manifest's gains and pans) as a WAV to stdout"
              + " instead of the manifest.")
  boolean mixdown;

  @Mixin PrettyOption pretty;

  @Option(
      names = "--jams",
      paramLabel = "FILE",
      description =
          "Also write the truth to FILE as a JAMS document (tempo, beats and their positions,"
              + " chords, key, sections, genre and stems as tags).")
  String jams;

  @Option(
      names = "--truth-dir",
      paramLabel = "DIR",
      description =
          "Also write the truth to DIR as MIREX/mir_eval text files: beats.txt (time, beat in"
              + " bar), downbeats.txt, chords.lab (Harte labels), key.txt, sections.lab.")
  Path truthDir;

  GenerateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    WavEncoding encoding = format.encoding();
    int sampleRate = rendering.sampleRate(spec);
    if (output == null && !mixdown) {
      throw new ParameterException(spec.commandLine(), "name an output folder with -o DIR");
    }
    if (mixdown) {
      Outputs.refuseAudioOnTerminal(streams, spec, "redirect it (> sketch.wav)");
    }
    if (Inputs.STDIN.equals(jams)) {
      throw new ParameterException(
          spec.commandLine(), "--jams needs a file name: stdout carries the manifest or mixdown");
    }
    String file = Inputs.displayName(input);
    TrackSpec trackSpec = Inputs.readTrackSpec(input, streams, seed);
    long useSeed = seed != null ? seed : trackSpec.seed();
    Arrangement arrangement;
    try {
      arrangement = Composer.standard().compose(trackSpec, useSeed);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, e.getMessage(), null);
    }
    Soundfont bank = rendering.openSoundfont(spec);
    if (!common.quiet()) {
      List<String> warnings = new ArrayList<>(arrangement.warnings());
      if (bank != null) {
        warnings.addAll(SoundfontParts.standard().warnings(bank, arrangement));
      }
      for (String line : warnings) {
        streams.err().println(Messages.line("cadenza generate: warning: " + line));
      }
    }
    Generator.Options options =
        new Generator.Options(
            sampleRate, encoding, Math.max(1, Runtime.getRuntime().availableProcessors()), bank);
    Generator.Result result = Generator.render(arrangement, output, options, mixdown);
    if (jams != null) {
      Outputs.writeJsonFile(Jams.ofTruth(result.manifest()), jams);
    }
    if (truthDir != null) {
      Outputs.writeTextFiles(MirexFiles.of(result.manifest().truth()), truthDir);
    }
    if (mixdown) {
      Mixdown.write(result, options, useSeed, streams.out());
    } else {
      Json.write(result.manifest(), streams.out(), pretty.on());
    }
    return 0;
  }
}
