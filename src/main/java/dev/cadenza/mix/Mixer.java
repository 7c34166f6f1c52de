package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.Upmix;
import dev.cadenza.dsp.Balance;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.Gain;
import dev.cadenza.dsp.ProcessedSource;
import dev.cadenza.dsp.Processor;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Manifest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums stems into one bus. Each stem runs through its role's processing, its gain and its balance,
 * with the latency of its processing compensated, so all stems stay sample-aligned; a mono stem on
 * a stereo bus is heard on both sides. The bus is as long as the longest stem.
 */
public final class Mixer {
  private Mixer() {}

  /**
   * One input of the mix.
   *
   * @param name where it came from, for messages
   * @param role generator role (drums, bass, chords, pad, lead, fx, texture) choosing its
   *     processing, or null for none
   * @param audio opens the stem from its start
   * @param gainDb gain
   * @param pan balance, -1 (left) .. 1 (right)
   */
  public record Stem(String name, String role, Reopenable audio, double gainDb, double pan) {
    /** A stem summed as it is: no role processing, unity gain, centred. */
    public static Stem plain(String name, Reopenable audio) {
      return new Stem(name, null, audio, 0, 0);
    }
  }

  /**
   * What the track tells its mix.
   *
   * @param bpm the tempo the synced stages follow, or null for none known
   * @param durationSeconds the musical length (a manifest's truth), or null: with the stems' length
   *     it tells a loop, which gets no tail ({@link GenreMix#tailFrames})
   * @param genre the genre's placement, balance, sends and returns
   * @param sections the truth's sections, whose levels the genre may ride (empty: none known)
   */
  public record Track(
      Double bpm, Double durationSeconds, GenreMix genre, List<Manifest.Span> sections) {
    /** Nothing known: the role chains, gains and pans alone. */
    public static final Track UNKNOWN = new Track(null, null, GenreMix.NONE, List.of());

    public Track {
      genre = genre == null ? GenreMix.NONE : genre;
      sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Only the tempo known. */
    public static Track at(Double bpm) {
      return new Track(bpm, null, GenreMix.NONE, List.of());
    }
  }

  /** The stems' sum, read from their starts, with no track tempo known. */
  public static AudioSource open(List<Stem> stems) throws IOException {
    return open(stems, Track.UNKNOWN);
  }

  /**
   * The stems' sum, read from their starts; their roles' tempo-synced stages follow {@code bpm}
   * (the track's tempo, or null for none known).
   */
  public static AudioSource open(List<Stem> stems, Double bpm) throws IOException {
    return open(stems, Track.at(bpm));
  }

  /**
   * The stems' sum, read from their starts, mixed as {@code track}'s genre asks: each strip's sends
   * go to the genre's returns, which are added after the strips, and the bus runs on for the
   * returns' tail (a loop's is carried round onto its start instead: {@link LoopWrap}).
   */
  public static AudioSource open(List<Stem> stems, Track track) throws IOException {
    if (stems.isEmpty()) {
      throw new IllegalArgumentException("nothing to mix");
    }
    List<AudioSource> opened = new ArrayList<>();
    try {
      for (Stem s : stems) {
        opened.add(s.audio().open());
      }
      AudioFormat first = opened.get(0).format();
      int channels = channels(stems, opened, track);
      Returns returns = new Returns(track.genre(), first.sampleRate(), track.bpm());
      List<Strip> strips = new ArrayList<>();
      long longest = 0;
      for (int i = 0; i < stems.size(); i++) {
        AudioSource strip = processed(stems.get(i), opened.get(i), channels, track);
        strips.add(new Strip(strip, returns.sendGains(stems.get(i).role())));
        long n = strip.frameCount();
        longest = n < 0 || longest < 0 ? -1 : Math.max(longest, n);
      }
      int rate = first.sampleRate();
      int tail = track.genre().tailFrames(rate, longest, track.durationSeconds());
      int wrap = track.genre().wrapFrames(rate, longest, track.durationSeconds());
      SectionLevels levels =
          SectionLevels.of(track, rate, GenreMix.loop(rate, longest, track.durationSeconds()));
      Bus bus =
          new Bus(
              AudioFormat.floatFormat(rate, channels),
              strips,
              levels,
              returns,
              longest,
              tail + wrap);
      return wrap > 0 ? new LoopWrap(bus, (int) longest) : bus;
    } catch (RuntimeException | IOException e) {
      for (AudioSource s : opened) {
        s.close();
      }
      throw e;
    }
  }

  /**
   * The bus's channels: the widest stem's, stereo when a stem is panned or the genre places its
   * roles (its stages and returns are stereo); every stem at one sample rate.
   */
  private static int channels(List<Stem> stems, List<AudioSource> opened, Track track) {
    AudioFormat first = opened.get(0).format();
    int channels = 1;
    boolean panned = !track.genre().isNone();
    for (int i = 0; i < stems.size(); i++) {
      AudioFormat f = opened.get(i).format();
      if (f.sampleRate() != first.sampleRate()) {
        throw new BadInputException(
            stems.get(i).name(),
            "sample rate "
                + f.sampleRate()
                + " Hz differs from "
                + first.sampleRate()
                + " Hz of "
                + stems.get(0).name(),
            "resample one of them first, e.g. sox IN.wav -r " + first.sampleRate() + " OUT.wav");
      }
      channels = Math.max(channels, f.channels());
      panned |= stems.get(i).pan() != 0;
    }
    return channels == 1 && panned ? 2 : channels;
  }

  /**
   * {@code source} (the stem's audio) as it enters a {@code channels}-channel bus: upmixed when
   * mono, through its role's processing, gain and balance, latency compensated. Summing these in
   * stem order is exactly what {@link #open} does. No track tempo is known.
   */
  public static AudioSource processed(Stem stem, AudioSource source, int channels) {
    return processed(stem, source, channels, Track.UNKNOWN);
  }

  /**
   * As {@link #processed(Stem, AudioSource, int)}, the role's synced stages following {@code bpm}.
   */
  public static AudioSource processed(Stem stem, AudioSource source, int channels, Double bpm) {
    return processed(stem, source, channels, Track.at(bpm));
  }

  /**
   * As {@link #processed(Stem, AudioSource, int)}: the role chain, then the genre's stages and
   * balance for the role, the gain and the pan; synced stages follow the track's tempo.
   */
  public static AudioSource processed(Stem stem, AudioSource source, int channels, Track track) {
    int have = source.format().channels();
    if (have != channels) {
      if (have != 1) {
        throw new BadInputException(
            stem.name(),
            have + " channels cannot join a " + channels + "-channel mix",
            "mix files with the same channel count (mono files join any mix)");
      }
      source = new Upmix(source, channels);
    }
    int rate = source.format().sampleRate();
    GenreMix.RoleMix genre = track.genre().role(stem.role());
    List<ChainSpec.Stage> role = new ArrayList<>(RoleChains.of(stem.role()));
    role.addAll(genre.stages());
    role = TempoSync.at(role, track.bpm());
    List<Processor> stages = new ArrayList<>();
    if (!role.isEmpty()) {
      stages.add(ChainBuilder.build(new ChainSpec(role), rate, channels, stem.name()));
    }
    double gainDb = stem.gainDb() + genre.gainDb();
    if (gainDb != 0) {
      stages.add(new Gain(gainDb));
    }
    if (stem.pan() != 0) {
      if (channels != 2) {
        throw new BadInputException(
            stem.name(), "pan needs a stereo mix, this one has " + channels + " channels", null);
      }
      stages.add(new Balance(stem.pan()));
    }
    return stages.isEmpty() ? source : new ProcessedSource(source, new Chain(stages));
  }

  /** A stem's processed audio, handed out in exactly the lengths the bus asks for. */
  private static final class Strip {
    private final AudioSource source;
    private final float[] sendGains;
    private AudioBlock buffer;
    private int offset;
    private boolean ended;

    /**
     * @param sendGains its linear send level to each return (0: none)
     */
    Strip(AudioSource source, float[] sendGains) {
      this.source = source;
      this.sendGains = sendGains;
    }

    /**
     * Adds up to {@code n} next frames into {@code bus}, and at its send levels into {@code sends};
     * returns how many there were.
     */
    int addInto(AudioBlock bus, AudioBlock[] sends, int n) throws IOException {
      if (buffer == null) {
        buffer = new AudioBlock(bus.channels(), bus.capacity());
      }
      int done = 0;
      while (done < n && !ended) {
        if (offset == buffer.frames()) {
          offset = 0;
          if (source.read(buffer) == 0) {
            ended = true;
            break;
          }
        }
        int take = Math.min(n - done, buffer.frames() - offset);
        for (int c = 0; c < bus.channels(); c++) {
          float[] from = buffer.channel(c);
          add(from, offset, bus.channel(c), done, take);
          for (int r = 0; r < sends.length; r++) {
            if (sendGains[r] != 0f) {
              send(from, offset, sendGains[r], sends[r].channel(c), done, take);
            }
          }
        }
        offset += take;
        done += take;
      }
      return done;
    }
  }

  /** {@code to[at..] += from[offset..]}, {@code n} samples: a strip onto the bus. */
  static void add(float[] from, int offset, float[] to, int at, int n) {
    for (int i = 0; i < n; i++) {
      to[at + i] += from[offset + i];
    }
  }

  /** {@code to[at..] += gain from[offset..]}, {@code n} samples: a strip into a send. */
  static void send(float[] from, int offset, float gain, float[] to, int at, int n) {
    for (int i = 0; i < n; i++) {
      to[at + i] += gain * from[offset + i];
    }
  }

  private static final class Bus implements AudioSource {
    private final AudioFormat format;
    private final List<Strip> strips;
    private final SectionLevels levels;
    private final Returns returns;
    private final AudioBlock[] sends;
    private final long frames;
    private long position;

    /**
     * @param stemFrames the longest strip's length, or -1 when unknown
     * @param levels the sections' levels, or null for none
     * @param tail frames the returns ring on after it
     */
    Bus(
        AudioFormat format,
        List<Strip> strips,
        SectionLevels levels,
        Returns returns,
        long stemFrames,
        int tail) {
      this.format = format;
      this.strips = strips;
      this.levels = levels;
      this.returns = returns;
      this.sends = new AudioBlock[returns.count()];
      this.frames = stemFrames < 0 ? -1 : stemFrames + tail;
    }

    @Override
    public AudioFormat format() {
      return format;
    }

    @Override
    public long frameCount() {
      return frames;
    }

    @Override
    public List<String> warnings() {
      List<String> all = new ArrayList<>();
      for (Strip s : strips) {
        all.addAll(s.source.warnings());
      }
      return all;
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      int want = block.capacity();
      clear(block, want);
      for (int r = 0; r < sends.length; r++) {
        if (sends[r] == null) {
          sends[r] = new AudioBlock(format.channels(), want);
        }
        clear(sends[r], want);
      }
      int got = 0;
      for (Strip s : strips) {
        got = Math.max(got, s.addInto(block, sends, want));
      }
      if (frames >= 0 && sends.length > 0) {
        // The returns ring on after the strips end, to the bus's length.
        got = (int) Math.min(want, frames - position);
      }
      block.setFrames(got);
      if (levels != null) {
        levels.process(block);
      }
      if (got > 0 && sends.length > 0) {
        returns.addInto(sends, block);
      }
      position += got;
      return got;
    }

    private static void clear(AudioBlock block, int n) {
      for (int c = 0; c < block.channels(); c++) {
        java.util.Arrays.fill(block.channel(c), 0, n, 0f);
      }
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (Strip s : strips) {
        try {
          s.source.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }
}
