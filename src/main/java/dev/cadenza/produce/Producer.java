package dev.cadenza.produce;

import dev.cadenza.BadInputException;
import dev.cadenza.analyze.Analyzer;
import dev.cadenza.analyze.SilenceDetector;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.Requantised;
import dev.cadenza.audio.SampleArrays;
import dev.cadenza.audio.Spool;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavReader;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.FormSection;
import dev.cadenza.compose.Part;
import dev.cadenza.generate.Generator;
import dev.cadenza.generate.SoundfontParts;
import dev.cadenza.mix.GenreMix;
import dev.cadenza.mix.Mastering;
import dev.cadenza.mix.MasteringPlan;
import dev.cadenza.mix.MasteringRequest;
import dev.cadenza.mix.MemoryBus;
import dev.cadenza.mix.Mixdown;
import dev.cadenza.mix.Mixer;
import dev.cadenza.mix.Reference;
import dev.cadenza.mix.Reopenable;
import dev.cadenza.qa.QaChecker;
import dev.cadenza.qa.Tolerances;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.soundfont.Soundfont;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spec → checked master in one process: generate, mix and master, QA; when a check fails, change
 * what caused it (see {@link Retry}) and go again. Stages hand each other audio in memory, encoded
 * and decoded exactly as the files of the stand-alone stages would be, so the master is
 * bit-identical to running {@code generate | mix} in a shell with the same seed.
 */
public final class Producer {
  private Producer() {}

  /**
   * How to produce.
   *
   * @param sampleRate of stems and master
   * @param stemEncoding what the stems are (as generate writes them)
   * @param outputEncoding the master's sample format
   * @param mastering the master asked for: preset or chain, target, limiting allowed
   * @param tolerances of the QA checks
   * @param retries attempts after the first
   * @param stems folder to write the stems and MIDI of each attempt to, or null
   * @param threads parts rendered at once
   * @param stemHook sees each stem (by part name) before the mix; for fault tests
   * @param reference a master whose loudness and spectral balance the mastering matches (as {@link
   *     MasteringRequest#target(Reference)} says), or null
   * @param soundfont plays the melodic parts, as {@code generate --soundfont}; null for the
   *     built-in engine alone
   * @param alongside productions this JVM runs at once, this one among them (batch -j), which share
   *     its heap: each holds its track in memory only within its share
   */
  public record Options(
      int sampleRate,
      WavEncoding stemEncoding,
      WavEncoding outputEncoding,
      MasteringRequest mastering,
      Tolerances tolerances,
      int retries,
      Path stems,
      int threads,
      StemHook stemHook,
      Reference reference,
      Soundfont soundfont,
      int alongside) {

    public Options {
      if (alongside < 1) {
        throw new IllegalArgumentException("productions at once must be at least 1: " + alongside);
      }
    }

    /** A production that has the JVM to itself. */
    public Options(
        int sampleRate,
        WavEncoding stemEncoding,
        WavEncoding outputEncoding,
        MasteringRequest mastering,
        Tolerances tolerances,
        int retries,
        Path stems,
        int threads,
        StemHook stemHook,
        Reference reference,
        Soundfont soundfont) {
      this(
          sampleRate,
          stemEncoding,
          outputEncoding,
          mastering,
          tolerances,
          retries,
          stems,
          threads,
          stemHook,
          reference,
          soundfont,
          1);
    }

    /** Defaults as the stand-alone stages have them: 44.1 kHz, 24-bit, streaming preset. */
    public static Options defaults() {
      return new Options(
          44_100,
          WavEncoding.PCM_24,
          WavEncoding.PCM_24,
          MasteringRequest.defaults(),
          Tolerances.defaults(),
          2,
          null,
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          StemHook.NONE,
          null,
          null);
    }
  }

  /** A look at (and, in fault tests, damage to) a stem before it is mixed. */
  @FunctionalInterface
  public interface StemHook {
    StemHook NONE = (attempt, part, stem) -> stem;

    /** What the strip of {@code part} reads instead of {@code stem} (as read from its file). */
    AudioSource apply(int attempt, String part, AudioSource stem);
  }

  /** Hears how a production goes. Its methods may be called from several threads at once. */
  @FunctionalInterface
  public interface Listener {
    /** One line of news: an attempt starts or fails, the loudness the master reached. */
    void line(String text);

    /**
     * Attempt {@code attempt} is in {@code stage} (generate, mix, qa) and {@code fraction} (0 to 1)
     * of the attempt is done.
     */
    default void progress(int attempt, String stage, double fraction) {}
  }

  /*
   * Where each stage begins within an attempt, as shares of its time on a 3-minute track
   * (bench/produce.sh): generating the stems and running them through their strips 70 %, mixing
   * and mastering 20 %, QA the rest.
   */
  private static final double MIX_STARTS = 0.7;
  private static final double QA_STARTS = 0.9;

  /** Stems and master are stereo. */
  private static final int CHANNELS = 2;

  /**
   * A system property that sets the bytes the tracks of this JVM may hold in memory (tests force
   * the streamed path with it); by default half the heap.
   */
  static final String MEMORY_BUDGET_PROPERTY = "cadenza.produce.memoryBudget";

  /**
   * What came out. Closing it frees the master's temporary file, if it has one.
   *
   * @param master the master as WAV bytes (also when QA failed)
   * @param report the report of every attempt
   */
  public record Result(EncodedMaster master, ProduceReport report) implements AutoCloseable {
    public boolean passed() {
      return report.passed();
    }

    @Override
    public void close() throws IOException {
      master.close();
    }
  }

  /**
   * Produces {@code spec}, composed first with {@code seed} (the spec's own, or the one a user
   * gave, as {@code generate --seed} takes it). {@code timings} may already hold the time of stages
   * run before (parse); {@code log} hears one line per attempt and stage, and how far each attempt
   * is.
   */
  public static Result produce(
      TrackSpec spec, long seed, Options options, Map<String, Double> timings, Listener log)
      throws IOException {
    return produce(spec, seed, options, null, timings, log);
  }

  /**
   * As above; before the first attempt renders, refuses (exit 74) when the filesystems of {@code
   * master} (the file the master will be written to; null: none), the stems folder and the
   * temporary folder cannot hold what will be written there ({@link DiskEstimate}).
   */
  public static Result produce(
      TrackSpec spec,
      long seed,
      Options options,
      Path master,
      Map<String, Double> timings,
      Listener log)
      throws IOException {
    Map<String, Double> time = new LinkedHashMap<>(timings);
    List<ProduceReport.Attempt> attempts = new ArrayList<>();
    MasteringRequest request = options.mastering();
    // A bad chain file is reported before minutes of rendering.
    request.check(options.sampleRate(), CHANNELS);
    Retry.Settings settings =
        new Retry.Settings(
            seed,
            request.target(options.reference()),
            request.maxLimitingLu(),
            Map.of(),
            List.of());
    Attempted last = null;
    for (int attempt = 1; attempt <= options.retries() + 1; attempt++) {
      if (last != null) {
        last.wav().close();
      }
      log.line(
          "attempt "
              + attempt
              + ": seed "
              + settings.seed()
              + (settings.changes().isEmpty()
                  ? ""
                  : " (" + String.join("; ", settings.changes()) + ")"));
      last = attempt(spec, options, master, settings, attempt, time, log);
      List<String> failed = new ArrayList<>();
      for (QaReport.Check c : last.qa().checks()) {
        if (!c.passed()) {
          failed.add(c.name());
        }
      }
      attempts.add(
          new ProduceReport.Attempt(
              attempt, settings.seed(), settings.changes(), failed, last.qa().passed()));
      if (last.qa().passed()) {
        break;
      }
      log.line("attempt " + attempt + " failed: " + String.join(", ", failed));
      settings = Retry.next(settings, last.qa(), last.plan());
    }
    MasteringPlan plan = last.plan();
    ProduceReport.Mastering mastering =
        new ProduceReport.Mastering(
            plan.target().name(),
            plan.target().lufs(),
            plan.target().truePeakDbtp(),
            Double.isFinite(plan.outputLufs()) ? plan.outputLufs() : null,
            plan.limitingLu(),
            plan.reached(),
            plan.problem(),
            plan.chain());
    ProduceReport report =
        new ProduceReport(
            Contract.REPORT.tag(),
            spec,
            last.manifest(),
            last.analysis(),
            last.qa(),
            attempts,
            time,
            mastering,
            last.qa().passed());
    return new Result(last.wav(), report);
  }

  private record Attempted(
      EncodedMaster wav, Manifest manifest, Analysis analysis, QaReport qa, MasteringPlan plan) {}

  /** One try: compose and generate the stems onto the bus, master it, check the master. */
  private static Attempted attempt(
      TrackSpec spec,
      Options options,
      Path masterFile,
      Retry.Settings settings,
      int attempt,
      Map<String, Double> time,
      Listener log)
      throws IOException {
    log.progress(attempt, "generate", 0);
    long start = System.nanoTime();
    Arrangement arrangement = compose(spec, options, settings, attempt, log);
    if (attempt == 1) {
      diskEstimate(arrangement, options)
          .refuseUnlessRoom(
              masterFile,
              options.stems(),
              Path.of(System.getProperty("java.io.tmpdir")),
              DiskEstimate.Room.DISK);
    }
    Generated generated = generate(arrangement, options, settings, attempt, log);
    add(time, "generate", start);

    log.progress(attempt, "mix", MIX_STARTS);
    start = System.nanoTime();
    Master master;
    try (generated) {
      master = master(generated, options, settings);
    }
    add(time, "mix", start);
    log.progress(attempt, "qa", QA_STARTS);
    MasteringPlan plan = master.plan();
    log.line(
        String.format(
            "mixed: %.2f LUFS, %.1f LU of limiting%s",
            plan.outputLufs(),
            plan.limitingLu(),
            plan.reached() ? "" : " (" + plan.problem() + ")"));

    start = System.nanoTime();
    Checked checked =
        check(master.wav(), generated.frames(), spec, options, settings, attempt, log);
    add(time, "qa", start);
    log.progress(attempt, "qa", 1);
    return new Attempted(
        master.wav(), generated.manifest(), checked.analysis(), checked.qa(), plan);
  }

  /**
   * The arrangement of this attempt's seed; on the first, what it leaves out of the spec and the
   * soundfont's warnings about it.
   */
  private static Arrangement compose(
      TrackSpec spec, Options options, Retry.Settings settings, int attempt, Listener log) {
    Arrangement arrangement;
    try {
      arrangement = Composer.standard().compose(spec, settings.seed());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("spec", e.getMessage(), null);
    }
    if (attempt == 1) {
      arrangement.warnings().forEach(line -> log.line("warning: " + line));
    }
    if (options.soundfont() != null && attempt == 1) {
      for (String line : SoundfontParts.standard().warnings(options.soundfont(), arrangement)) {
        log.line("warning: " + line);
      }
    }
    return arrangement;
  }

  /**
   * The stems as generate writes them and the bus they make.
   *
   * @param manifest as generate prints it
   * @param bus the strips' sum, as mix sums the stems of that manifest
   * @param frames the bus's length
   * @param bpm the tempo of the manifest's truth, which the tempo-synced stages follow
   * @param spool the file holding the bus of a long track (closed with this), or null when the bus
   *     is in memory
   */
  private record Generated(Manifest manifest, Reopenable bus, long frames, double bpm, Spool spool)
      implements AutoCloseable {
    boolean inMemory() {
      return spool == null;
    }

    @Override
    public void close() throws IOException {
      if (spool != null) {
        spool.close();
      }
    }
  }

  /**
   * Renders the stems and mixes them onto the bus: in memory when the track fits in a share of the
   * heap ({@link #fitsInMemory}), else through files ({@link StreamedBus}); both give the same
   * bits.
   */
  private static Generated generate(
      Arrangement arrangement, Options options, Retry.Settings settings, int attempt, Listener log)
      throws IOException {
    // The tempo generate writes into the manifest's truth, which mix reads.
    double bpm = arrangement.bpm();
    List<Manifest.Span> sections = new ArrayList<>();
    for (FormSection s : arrangement.sections()) {
      sections.add(new Manifest.Span(s.start(), s.end(), s.label()));
    }
    Mixer.Track track =
        new Mixer.Track(
            bpm,
            arrangement.durationSeconds(),
            GenreMix.of(arrangement.genre(), arrangement.mixHints()),
            sections);
    if (fitsInMemory(Generator.frames(arrangement, options.sampleRate()), options)) {
      return inMemory(arrangement, options, settings, attempt, log, track);
    }
    return streamed(arrangement, options, settings, attempt, log, track);
  }

  /**
   * Whether the memory bus of a track of {@code frames} fits in this production's share of the
   * budget: the bus, two sends, a strip per rendering thread and one waiting, all stereo floats,
   * and the encoded master. Productions run at once ({@link Options#alongside}) share the budget
   * equally, since each may be at its largest at the same moment.
   */
  static boolean fitsInMemory(long frames, Options options) {
    long perFrame =
        CHANNELS * (Float.BYTES * (4L + options.threads()) + options.outputEncoding().bits() / 8);
    return frames * perFrame < memoryBudget() / options.alongside();
  }

  /** Bytes of heap all productions of this JVM may hold their tracks in. */
  private static long memoryBudget() {
    String forced = System.getProperty(MEMORY_BUDGET_PROPERTY);
    return forced != null ? Long.parseLong(forced) : Runtime.getRuntime().maxMemory() / 2;
  }

  /** What producing {@code arrangement} writes to disk. */
  static DiskEstimate diskEstimate(Arrangement arrangement, Options options) {
    int rate = options.sampleRate();
    int frames = Generator.frames(arrangement, rate);
    long bus =
        frames
            + GenreMix.of(arrangement.genre(), arrangement.mixHints())
                .tailFrames(rate, frames, arrangement.durationSeconds());
    return DiskEstimate.of(
        arrangement.parts().size(),
        frames,
        bus,
        options.stemEncoding().bits(),
        options.outputEncoding().bits(),
        !fitsInMemory(frames, options),
        options.stems() != null);
  }

  /**
   * Renders the stems to files and mixes them from there, streaming ({@link StreamedBus}), with the
   * same strips as {@link #inMemory}.
   */
  private static Generated streamed(
      Arrangement arrangement,
      Options options,
      Retry.Settings settings,
      int attempt,
      Listener log,
      Mixer.Track track)
      throws IOException {
    List<Part> parts = arrangement.parts();
    StreamedBus.Mixed mixed =
        StreamedBus.render(
            arrangement,
            generatorOptions(options),
            options.stems(),
            track,
            (index, file) -> {
              Part p = parts.get(index);
              double gain = p.gainDb() + settings.stemGainDb().getOrDefault(p.role(), 0.0);
              Reopenable read = () -> options.stemHook().apply(attempt, p.name(), file.open());
              return new Mixer.Stem(p.name(), p.role(), read, gain, p.pan());
            },
            done -> log.progress(attempt, "generate", done * MIX_STARTS));
    Spool bus = mixed.bus();
    return new Generated(mixed.manifest(), bus::open, bus.frames(), track.bpm(), bus);
  }

  private static Generator.Options generatorOptions(Options options) {
    return new Generator.Options(
        options.sampleRate(), options.stemEncoding(), options.threads(), options.soundfont());
  }

  /**
   * Renders the stems: each is rendered whole into a buffer of the bus, turned into what mix would
   * read back from its file and run through its strip into the same buffer; the bus adds the strips
   * in stem order, as mix's bus does.
   */
  private static Generated inMemory(
      Arrangement arrangement,
      Options options,
      Retry.Settings settings,
      int attempt,
      Listener log,
      Mixer.Track track)
      throws IOException {
    int rate = options.sampleRate();
    List<Part> parts = arrangement.parts();
    MemoryBus bus =
        new MemoryBus(CHANNELS, Generator.frames(arrangement, rate), parts.size(), rate, track);
    float[][][] buffers = new float[parts.size()][][];
    AtomicInteger stripped = new AtomicInteger();
    Generator.StemSink toStrips =
        new Generator.StemSink() {
          @Override
          public float[][] wholeBuffer(int index, int frames) {
            return buffers[index] = bus.buffer();
          }

          @Override
          public void accept(int index, AudioSource rendered) throws IOException {
            Part p = parts.get(index);
            AudioSource stem =
                options
                    .stemHook()
                    .apply(
                        attempt,
                        p.name(),
                        new Requantised(
                            rendered,
                            options.stemEncoding(),
                            Dither.tpdf(Generator.stemSeed(arrangement.seed(), p.name()))));
            double gain = p.gainDb() + settings.stemGainDb().getOrDefault(p.role(), 0.0);
            Mixer.Stem mixed = new Mixer.Stem(p.name(), p.role(), null, gain, p.pan());
            bus.strip(index, mixed, stem, buffers[index]);
            buffers[index] = null;
            double done = (double) stripped.incrementAndGet() / parts.size();
            log.progress(attempt, "generate", done * MIX_STARTS);
          }
        };
    Manifest manifest =
        Generator.render(arrangement, options.stems(), generatorOptions(options), toStrips);
    float[][] sum = bus.sum();
    return new Generated(
        manifest, () -> SampleArrays.source(sum, rate), sum[0].length, track.bpm(), null);
  }

  /** The master and how it was reached. */
  private record Master(EncodedMaster wav, MasteringPlan plan) {}

  /**
   * Masters the bus as mix masters a manifest's stems, and encodes it as mix writes it: in memory,
   * or into a temporary file when the bus was too long to hold.
   */
  private static Master master(Generated generated, Options options, Retry.Settings settings)
      throws IOException {
    Reopenable input = generated.bus();
    try (Mastering.Mastered mastered =
            Mixdown.master(
                input,
                options.mastering().stages(),
                Mastering.Settings.of(settings.target(), settings.maxLimitingLu()),
                options.reference(),
                generated.bpm(),
                true);
        AudioSource master = mastered.open(input)) {
      Dither dither = Dither.tpdf(generated.manifest().seed());
      EncodedMaster wav =
          generated.inMemory()
              ? EncodedMaster.inMemory(master, options.outputEncoding(), dither)
              : EncodedMaster.inFile(master, options.outputEncoding(), dither);
      return new Master(wav, mastered.plan());
    }
  }

  private record Checked(Analysis analysis, QaReport qa) {}

  /** Analyses the master as qa reads its file and checks it against the spec and the target. */
  private static Checked check(
      EncodedMaster wav,
      long frames,
      TrackSpec spec,
      Options options,
      Retry.Settings settings,
      int attempt,
      Listener log)
      throws IOException {
    double length = Math.max(1, frames);
    Analysis analysis;
    long nonFinite;
    try (WavReader reader = WavReader.open(wav.open(), "master").replacingNonFinite()) {
      analysis =
          Analyzer.analyze(
              reader,
              "master",
              new Analyzer.Options(
                  QaChecker.measures(),
                  false,
                  SilenceDetector.DEFAULT_THRESHOLD_DBFS,
                  read ->
                      log.progress(
                          attempt,
                          "qa",
                          QA_STARTS + (1 - QA_STARTS) * Math.min(1.0, (double) read / length))));
      nonFinite = reader.nonFiniteSamples();
    }
    QaReport qa =
        QaChecker.check(
            analysis,
            spec,
            new QaChecker.Targets(settings.target().lufs(), settings.target().truePeakDbtp()),
            options.tolerances(),
            nonFinite);
    return new Checked(analysis, qa);
  }

  private static void add(Map<String, Double> time, String stage, long startNanos) {
    time.merge(stage, (System.nanoTime() - startNanos) / 1e9, Double::sum);
  }
}
