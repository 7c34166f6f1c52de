package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.CadenzaException;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.Spool;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.ManifestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The mix stage: stems (or WAVs) through their strips onto the bus, the bus matched to a reference
 * when there is one, and mastered to the target. {@code cadenza mix} runs it whole; {@code produce}
 * builds its bus in memory and masters it with {@link #master}, the same code.
 */
public final class Mixdown implements AutoCloseable {

  /**
   * A mix to make.
   *
   * @param inputs a manifest, WAVs to sum, or one WAV ({@link MixInputs#STDIN} for standard input)
   * @param mastering the master asked for
   * @param match a reference master to match (see {@link Reference}), or null
   * @param planOnly find the mastering plan without keeping the master (to print the chain)
   */
  public record Job(
      List<String> inputs,
      MasteringRequest mastering,
      Path match,
      boolean planOnly,
      boolean anyPath) {
    public Job {
      inputs = List.copyOf(inputs);
    }

    /** A job whose manifest's files must lie in its folder ({@link ManifestFiles}). */
    public Job(List<String> inputs, MasteringRequest mastering, Path match, boolean planOnly) {
      this(inputs, mastering, match, planOnly, false);
    }
  }

  private final List<AutoCloseable> held;
  private final Reopenable bus;
  private final Mastering.Mastered master;
  private final long seed;
  private final String chain;

  private Mixdown(
      List<AutoCloseable> held,
      Reopenable bus,
      Mastering.Mastered master,
      long seed,
      String chain) {
    this.held = held;
    this.bus = bus;
    this.master = master;
    this.seed = seed;
    this.chain = chain;
  }

  /** Mixes and masters {@code job}, standard input read from {@code stdin}. */
  public static Mixdown make(Job job, InputStream stdin) throws IOException {
    MasteringRequest request = job.mastering();
    Reference reference = job.match() == null ? null : Reference.measure(job.match());
    Mastering.Settings settings = request.settings(reference);
    List<AutoCloseable> held = new ArrayList<>();
    try {
      MixInputs inputs = MixInputs.read(job.inputs(), stdin, held, job.anyPath());
      Reopenable bus = bus(inputs, held);
      try (AudioSource probe = bus.open()) {
        request.check(probe.format().sampleRate(), probe.format().channels());
      }
      Mastering.Mastered master;
      try {
        master = master(bus, request.stages(), settings, reference, inputs.bpm(), !job.planOnly());
      } catch (CadenzaException e) {
        throw e.file() != null ? e : named(e, job.inputs());
      }
      held.add(master);
      return new Mixdown(held, bus, master, inputs.seed(), request.chainName());
    } catch (IOException | RuntimeException e) {
      closeAll(held, e);
      throw e;
    }
  }

  /**
   * Masters {@code bus}: the stages' tempo-synced stages follow {@code bpm} (null: none known), a
   * matching equaliser for {@code reference} (null: none) goes in front, and the gains are found as
   * {@link Mastering} does; with {@code keep} the master is kept to be read back.
   */
  public static Mastering.Mastered master(
      Reopenable bus,
      List<ChainSpec.Stage> stages,
      Mastering.Settings settings,
      Reference reference,
      Double bpm,
      boolean keep)
      throws IOException {
    List<ChainSpec.Stage> chain = TempoSync.at(stages, bpm);
    if (reference != null) {
      chain = reference.matched(bus, chain);
    }
    return keep
        ? Mastering.master(bus, chain, settings)
        : Mastering.Mastered.of(Mastering.plan(bus, chain, settings));
  }

  /**
   * The stems' sum. Mastering reads its input several times, so a mix of several stems (or of one
   * with a role's processing) is summed once, into a float file.
   */
  private static Reopenable bus(MixInputs inputs, List<AutoCloseable> held) throws IOException {
    List<Mixer.Stem> stems = inputs.stems();
    Reopenable sum = () -> Mixer.open(stems, inputs.track());
    if (stems.size() == 1 && stems.get(0).role() == null) {
      return sum;
    }
    Spool spool = Spool.of(sum.open());
    held.add(spool);
    return spool::open;
  }

  /** A mastering error about the mix itself, named after its inputs. */
  private static BadInputException named(CadenzaException e, List<String> inputs) {
    List<String> names = inputs.stream().map(MixInputs::display).toList();
    return new BadInputException(String.join(" + ", names), e.problem(), e.hint());
  }

  /** What the mastering found: the gains, the target, the loudness reached. */
  public MasteringPlan plan() {
    return master.plan();
  }

  /** The seed the inputs suggest for the dither: the manifest's, or 0. */
  public long seed() {
    return seed;
  }

  /** The master from its start. */
  public AudioSource open() throws IOException {
    return new FiniteOutput(master.open(bus), chain);
  }

  @Override
  public void close() throws IOException {
    closeAll(held, null);
  }

  private static void closeAll(List<AutoCloseable> held, Throwable failure) throws IOException {
    IOException first = null;
    for (AutoCloseable c : held) {
      try {
        c.close();
      } catch (Exception e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else if (first == null) {
          first = e instanceof IOException io ? io : new IOException(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
