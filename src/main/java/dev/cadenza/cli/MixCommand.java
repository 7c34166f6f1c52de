package dev.cadenza.cli;

import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.mix.Mastering;
import dev.cadenza.mix.MasteringPlan;
import dev.cadenza.mix.Mixdown;
import dev.cadenza.mix.Target;
import java.io.IOException;
import java.io.OutputStream;
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

/** Stems or WAVs → one mastered WAV. */
@Command(
    name = "mix",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Mix a cadenza.manifest/1 document's stems (each with its role's processing, gain and pan),"
          + " or sum WAV files, or take one WAV, and master the result to a loudness target:"
          + " measure, adjust the gain into a true-peak limiter, re-measure until the integrated"
          + " loudness is within "
          + Mastering.Settings.DEFAULT_TOLERANCE_LU
          + " LU of the target. Duck and beat-timed delay stages follow the"
          + " manifest's tempo (truth.bpm); WAV inputs carry none, and they run at 120 bpm unless"
          + " the stage names its bpm.",
      "Presets: streaming (-14 LUFS, -1 dBTP), club (-8, -0.3), broadcast (EBU R128: -23, -1),"
          + " podcast (-16, -1), none (a plain sum). Writes 24-bit TPDF-dithered PCM by default.",
      "When the target needs more than --max-limiting LU of limiting, the master stops there and"
          + " a warning says so: loud targets are not met by crushing quietly."
    },
    footer = {
      "%nExamples:",
      "  cadenza generate spec.json -o stems/ | cadenza mix - -o track.wav",
      "  cadenza mix manifest.json --preset club --bits 16 > club.wav",
      "  cadenza mix drums.wav bass.wav keys.wav --target-lufs -16 -o sum.wav",
      "  cadenza mix demo.wav --print-chain > chain.json   # the chain that would run, every gain"
          + " explicit",
      "  cadenza mix demo.wav --chain chain.json --preset none -o master.wav"
    })
final class MixCommand implements Callable<Integer> {

  private static final int BLOCK_FRAMES = 8192;

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description =
          "A manifest JSON (from cadenza generate), or WAV files to sum, or one WAV to master;"
              + " - reads standard input (the default).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the WAV to FILE (atomically) instead of standard output.")
  String output;

  @Mixin MasteringOptions mastering;

  @Option(
      names = "--print-chain",
      description =
          "Print the effective chain as cadenza.chain/1 JSON (gains as measured) instead of"
              + " audio (to -o FILE when given); running it with --chain FILE --preset none gives the same output.")
  boolean printChain;

  @Option(
      names = "--match",
      paramLabel = "REF.wav",
      description =
          "Match a reference master: its integrated loudness replaces the target's (unless"
              + " --target-lufs; with --preset none, or a chain without targetLufs, there is no"
              + " loudness target and none is made) and an octave-band equaliser in front of the"
              + " chain moves the mix's broad spectral balance towards it.")
  String match;

  @Option(
      names = "--any-path",
      description =
          "Read the stems a manifest names wherever its paths point (by default they must lie in"
              + " the manifest's folder; a manifest on standard input may also name absolute"
              + " paths).")
  boolean anyPath;

  @Mixin SampleFormatOption format;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Dither seed (default: the manifest's seed, or 0).")
  Long seed;

  @Mixin PrettyOption pretty;

  MixCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    WavEncoding encoding = format.encoding();
    if (!printChain && (output == null || Inputs.STDIN.equals(output))) {
      Outputs.refuseAudioOnTerminal(streams, spec, "give -o FILE, or redirect it (> track.wav)");
    }
    if (inputs.isEmpty()) {
      inputs = List.of(Inputs.STDIN);
    }
    if (inputs.stream().filter(Inputs.STDIN::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
    }
    List<String> read = new ArrayList<>(inputs);
    read.add(match);
    read.add(mastering.chainFile);
    OutputGuard.refuseOutputsOverInputs(spec, read, new OutputGuard.Output("-o", output));
    Mixdown.Job job =
        new Mixdown.Job(
            inputs,
            mastering.request(spec),
            match == null ? null : Path.of(match),
            printChain,
            anyPath);
    try (Mixdown mixdown = Mixdown.make(job, streams.in())) {
      MasteringPlan plan = mixdown.plan();
      if (printChain) {
        Outputs.writeJson(plan.chain(), output, pretty.on(), streams);
        return 0;
      }
      long useSeed = seed != null ? seed : mixdown.seed();
      LoudnessMeter written = write(mixdown.open(), encoding, useSeed);
      report(plan, written);
      return 0;
    }
  }

  /** Writes the master; returns the meter that heard it, for the loudness range. */
  private LoudnessMeter write(AudioSource source, WavEncoding encoding, long useSeed)
      throws IOException {
    LoudnessMeter meter = new LoudnessMeter(source.format(), false);
    int rate = source.format().sampleRate();
    ChannelLayout layout = ChannelLayout.defaultFor(source.format().channels());
    Dither dither = Dither.tpdf(useSeed);
    boolean toStdout = output == null || Inputs.STDIN.equals(output);
    try (source;
        Progress progress = Progress.ofFrames(streams, common, "mix", source.frameCount(), rate);
        WavWriter out =
            toStdout
                ? WavWriter.toStream(
                    streams.out(), rate, layout, encoding, dither, source.frameCount())
                : WavWriter.create(Path.of(output), rate, layout, encoding, dither)) {
      AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
      long done = 0;
      while (source.read(block) > 0) {
        out.write(block);
        meter.accept(block);
        done += block.frames();
        progress.accept(done);
      }
      out.finish();
    }
    if (toStdout) {
      OutputStream o = streams.out();
      o.flush();
    }
    return meter;
  }

  /** The line on stderr: the loudness of what was written (as heard on the way out), the rest. */
  private void report(MasteringPlan plan, LoudnessMeter written) {
    Double loudnessRange = written.loudnessRangeLu();
    if (!plan.reached() && plan.problem() != null) {
      streams
          .err()
          .println(
              Messages.line(
                  "cadenza mix: warning: "
                      + plan.problem()
                      + " (raise --max-limiting or lower the target)"));
    }
    if (common.quiet()) {
      return;
    }
    Target t = plan.target();
    if (t.lufs() == null) {
      // Without a target the chain still runs (a chain file's gains, EQ, limiter): what was
      // written, not the sum that went in, is what a user will measure.
      Double lufs = written.integratedLufs();
      streams
          .err()
          .printf(
              "cadenza mix: %s: %s, no loudness target%n",
              Messages.value(t.name()), lufs == null ? lufs(Double.NaN) : lufs(lufs));
    } else {
      streams
          .err()
          .printf(
              "cadenza mix: %s: %s (target %.1f), ceiling %.1f dBTP, %.1f LU of limiting,"
                  + " loudness range %s, %d passes%n",
              Messages.value(t.name()),
              lufs(plan.outputLufs()),
              t.lufs(),
              t.truePeakDbtp(),
              plan.limitingLu(),
              loudnessRange == null
                  ? "n/a"
                  : String.format(java.util.Locale.ROOT, "%.1f LU", loudnessRange),
              plan.passes());
    }
  }

  /**
   * A measured loudness as the summary prints it; silence has none (the gate lets nothing through),
   * which is said in words rather than as "NaN LUFS".
   */
  static String lufs(double value) {
    return Double.isFinite(value)
        ? String.format(java.util.Locale.ROOT, "%.2f LUFS", value)
        : "no loudness (silence)";
  }
}
