package dev.cadenza.cli;

import dev.cadenza.BadInputException;
import dev.cadenza.CadenzaException;
import dev.cadenza.MissingInputException;
import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.Spool;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavReader;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.mix.ChainBuilder;
import dev.cadenza.mix.Mastering;
import dev.cadenza.mix.MasteringPlan;
import dev.cadenza.mix.Mixer;
import dev.cadenza.mix.Reference;
import dev.cadenza.mix.Reopenable;
import dev.cadenza.mix.Target;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.Manifest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
          + " loudness is within 0.1 LU of the target.",
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
              + " audio; running it with --chain FILE --preset none gives the same output.")
  boolean printChain;

  @Option(
      names = "--match",
      paramLabel = "REF.wav",
      description =
          "Match a reference master: its integrated loudness becomes the target (unless"
              + " --target-lufs) and an octave-band equaliser in front of the chain moves the"
              + " mix's broad spectral balance towards it.")
  String match;

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
    if (inputs.isEmpty()) {
      inputs = List.of(Inputs.STDIN);
    }
    if (inputs.stream().filter(Inputs.STDIN::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
    }
    ChainSpec chain = mastering.chain();
    Target target = mastering.target(spec);
    List<ChainSpec.Stage> stages = mastering.stages();
    Reference reference = null;
    if (match != null) {
      Path file = Path.of(match);
      reference = Reference.measure(() -> WavReader.open(file));
      if (mastering.targetLufs == null && reference.integratedLufs() != null) {
        target = target.with(reference.integratedLufs(), null);
      }
    }
    Mastering.Settings settings;
    try {
      settings = new Mastering.Settings(target, mastering.maxLimiting, 0.05, 12);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<AutoCloseable> spools = new ArrayList<>();
    try {
      Loaded loaded = load(spools);
      Reopenable bus = () -> Mixer.open(loaded.stems());
      if (loaded.stems().size() > 1 || loaded.stems().get(0).role() != null) {
        // Mastering reads its input several times: sum the stems once, into a float file.
        Spool sum = Spool.of(bus.open());
        spools.add(sum);
        bus = sum::open;
      }
      Reopenable mixed = bus;
      if (reference != null) {
        stages = reference.matched(mixed, stages);
      }
      int rate;
      int channels;
      try (AudioSource probe = bus.open()) {
        rate = probe.format().sampleRate();
        channels = probe.format().channels();
      }
      if (chain != null) {
        // Check the whole chain against the real rate before the first pass, naming the file.
        ChainBuilder.build(chain, rate, channels, mastering.chainFile);
      }
      Mastering.Mastered master;
      try {
        // The chain alone needs no copy of the master; otherwise the pass the plan settles on is
        // kept, so the master is not computed again.
        master =
            printChain
                ? Mastering.Mastered.of(Mastering.plan(mixed, stages, settings))
                : Mastering.master(mixed, stages, settings);
      } catch (CadenzaException e) {
        if (e.file() != null) {
          throw e;
        }
        throw new BadInputException(
            String.join(" + ", inputs.stream().map(MixCommand::display).toList()),
            e.problem(),
            e.hint());
      }
      spools.add(master);
      MasteringPlan plan = master.plan();
      if (printChain) {
        Json.write(plan.chain(), streams.out(), pretty.on());
        return 0;
      }
      long useSeed = seed != null ? seed : loaded.seed();
      LoudnessMeter written = write(master.open(mixed), encoding, useSeed);
      report(plan, written.loudnessRangeLu());
      return 0;
    } finally {
      for (AutoCloseable c : spools) {
        c.close();
      }
    }
  }

  /** The stems to mix and the dither seed the inputs suggest. */
  private record Loaded(List<Mixer.Stem> stems, long seed) {}

  private Loaded load(List<AutoCloseable> spools) throws IOException {
    if (inputs.size() == 1) {
      String name = inputs.get(0);
      BufferedInputStream in = new BufferedInputStream(open(name), 1 << 16);
      in.mark(64);
      int first = firstNonBlank(in);
      in.reset();
      if (first == '{') {
        Manifest manifest;
        try (in) {
          manifest = Json.read(in, display(name), Contract.MANIFEST, Manifest.class);
        }
        return new Loaded(stems(manifest, name), manifest.seed());
      }
      if (!Inputs.STDIN.equals(name)) {
        in.close();
      }
      return new Loaded(List.of(wav(name, in, spools)), 0);
    }
    List<Mixer.Stem> stems = new ArrayList<>();
    for (String name : inputs) {
      stems.add(wav(name, streams.in(), spools));
    }
    return new Loaded(stems, 0);
  }

  /**
   * A WAV input: a file is opened (and checked) by path, standard input is spooled from {@code
   * stdin}.
   */
  private Mixer.Stem wav(String name, InputStream stdin, List<AutoCloseable> spools)
      throws IOException {
    if (Inputs.STDIN.equals(name)) {
      Spool spool = Spool.of(WavReader.open(stdin, "stdin"));
      spools.add(spool);
      return Mixer.Stem.plain("stdin", spool::open);
    }
    Path path = Path.of(name);
    WavReader.open(path).close();
    return Mixer.Stem.plain(name, () -> WavReader.open(path));
  }

  private List<Mixer.Stem> stems(Manifest manifest, String manifestName) {
    if (manifest.stems() == null || manifest.stems().isEmpty()) {
      throw new BadInputException(
          display(manifestName), "stems: the manifest lists no stems", null);
    }
    Path folder =
        Inputs.STDIN.equals(manifestName)
            ? null
            : Path.of(manifestName).toAbsolutePath().getParent();
    List<Mixer.Stem> stems = new ArrayList<>();
    for (int i = 0; i < manifest.stems().size(); i++) {
      Manifest.Stem s = manifest.stems().get(i);
      String where = "stems[" + i + "]";
      if (s.file() == null) {
        throw new BadInputException(display(manifestName), where + ".file: missing", null);
      }
      if (!Double.isFinite(s.gainDb()) || !(s.pan() >= -1 && s.pan() <= 1)) {
        throw new BadInputException(
            display(manifestName), where + ": gainDb must be finite and pan in -1..1", null);
      }
      Path file = Path.of(s.file());
      // Paths in a manifest are as generate was given them: relative to where it ran, which is
      // usually here; otherwise try next to the manifest.
      if (!file.isAbsolute() && !Files.exists(file) && folder != null) {
        Path beside = folder.resolve(file.getFileName());
        if (Files.exists(beside)) {
          file = beside;
        }
      }
      Path path = file;
      if (!Files.isReadable(path)) {
        throw new MissingInputException(
            s.file(), "stem listed in " + display(manifestName) + " not found", null, null);
      }
      stems.add(
          new Mixer.Stem(s.file(), s.role(), () -> WavReader.open(path), s.gainDb(), s.pan()));
    }
    return stems;
  }

  private InputStream open(String name) throws IOException {
    if (Inputs.STDIN.equals(name)) {
      return streams.in();
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new MissingInputException(name, "is a directory", "name a WAV or manifest file", null);
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new MissingInputException(name, "no such file", null, e);
    } catch (IOException e) {
      throw new MissingInputException(name, "cannot read: " + e.getMessage(), null, e);
    }
  }

  private static int firstNonBlank(InputStream in) throws IOException {
    for (int i = 0; i < 64; i++) {
      int b = in.read();
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b;
      }
    }
    return -1;
  }

  private static String display(String name) {
    return Inputs.STDIN.equals(name) ? "stdin" : name;
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

  private void report(MasteringPlan plan, Double loudnessRange) {
    if (!plan.reached() && plan.problem() != null) {
      streams
          .err()
          .println(
              "cadenza mix: warning: "
                  + plan.problem()
                  + " (raise --max-limiting or lower the target)");
    }
    if (common.quiet()) {
      return;
    }
    Target t = plan.target();
    if (t.lufs() == null) {
      streams
          .err()
          .printf("cadenza mix: %s: %.2f LUFS, no loudness target%n", t.name(), plan.inputLufs());
    } else {
      streams
          .err()
          .printf(
              "cadenza mix: %s: %.2f LUFS (target %.1f), ceiling %.1f dBTP, %.1f LU of limiting,"
                  + " loudness range %s, %d passes%n",
              t.name(),
              plan.outputLufs(),
              t.lufs(),
              t.truePeakDbtp(),
              plan.limitingLu(),
              loudnessRange == null
                  ? "n/a"
                  : String.format(java.util.Locale.ROOT, "%.1f LU", loudnessRange),
              plan.passes());
    }
  }
}
