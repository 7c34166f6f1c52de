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
   * @param role generator role (drums, bass, chords, pad, lead, fx) choosing its processing, or
   *     null for none
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

  /** The stems' sum, read from their starts, with no track tempo known. */
  public static AudioSource open(List<Stem> stems) throws IOException {
    return open(stems, null);
  }

  /**
   * The stems' sum, read from their starts; their roles' tempo-synced stages follow {@code bpm}
   * (the track's tempo, or null for none known).
   */
  public static AudioSource open(List<Stem> stems, Double bpm) throws IOException {
    if (stems.isEmpty()) {
      throw new IllegalArgumentException("nothing to mix");
    }
    List<AudioSource> opened = new ArrayList<>();
    try {
      for (Stem s : stems) {
        opened.add(s.audio().open());
      }
      AudioFormat first = opened.get(0).format();
      int channels = 1;
      boolean panned = false;
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
      if (channels == 1 && panned) {
        channels = 2;
      }
      List<Strip> strips = new ArrayList<>();
      for (int i = 0; i < stems.size(); i++) {
        strips.add(new Strip(processed(stems.get(i), opened.get(i), channels, bpm)));
      }
      return new Bus(AudioFormat.floatFormat(first.sampleRate(), channels), strips);
    } catch (RuntimeException | IOException e) {
      for (AudioSource s : opened) {
        s.close();
      }
      throw e;
    }
  }

  /**
   * {@code source} (the stem's audio) as it enters a {@code channels}-channel bus: upmixed when
   * mono, through its role's processing, gain and balance, latency compensated. Summing these in
   * stem order is exactly what {@link #open} does. No track tempo is known.
   */
  public static AudioSource processed(Stem stem, AudioSource source, int channels) {
    return processed(stem, source, channels, null);
  }

  /**
   * As {@link #processed(Stem, AudioSource, int)}, the role's synced stages following {@code bpm}.
   */
  public static AudioSource processed(Stem stem, AudioSource source, int channels, Double bpm) {
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
    List<Processor> stages = new ArrayList<>();
    List<ChainSpec.Stage> role = TempoSync.at(RoleChains.of(stem.role()), bpm);
    if (!role.isEmpty()) {
      stages.add(ChainBuilder.build(new ChainSpec(role), rate, channels, stem.name()));
    }
    if (stem.gainDb() != 0) {
      stages.add(new Gain(stem.gainDb()));
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
    private AudioBlock buffer;
    private int offset;
    private boolean ended;

    Strip(AudioSource source) {
      this.source = source;
    }

    /** Adds up to {@code n} next frames into {@code bus}; returns how many there were. */
    int addInto(AudioBlock bus, int n) throws IOException {
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
          float[] to = bus.channel(c);
          for (int i = 0; i < take; i++) {
            to[done + i] += from[offset + i];
          }
        }
        offset += take;
        done += take;
      }
      return done;
    }
  }

  private static final class Bus implements AudioSource {
    private final AudioFormat format;
    private final List<Strip> strips;
    private final long frames;

    Bus(AudioFormat format, List<Strip> strips) {
      this.format = format;
      this.strips = strips;
      long longest = 0;
      for (Strip s : strips) {
        long n = s.source.frameCount();
        longest = n < 0 || longest < 0 ? -1 : Math.max(longest, n);
      }
      this.frames = longest;
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
      for (int c = 0; c < block.channels(); c++) {
        java.util.Arrays.fill(block.channel(c), 0, want, 0f);
      }
      int got = 0;
      for (Strip s : strips) {
        got = Math.max(got, s.addInto(block, want));
      }
      block.setFrames(got);
      return got;
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
