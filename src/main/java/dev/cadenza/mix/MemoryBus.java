package dev.cadenza.mix;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.SampleArrays;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link Mixer}'s bus held in memory, for stems that are rendered whole and finish in any order:
 * each stem runs through its strip ({@link Mixer#processed}) into a buffer, and the strips are
 * added onto the bus (and at their send levels into the genre's sends) in stem order, as {@link
 * Mixer#open} adds them (float sums depend on their order); one finished early waits in its buffer
 * until those before it are added. A buffer is reused once its strip is on the bus, so memory holds
 * the bus, the sends and the strips waiting, not every strip of the track. The returns are run and
 * added last, over the stems and the tail after them, as the streaming bus adds them block by
 * block; a loop's tail is then carried round onto its start ({@link LoopWrap}).
 */
public final class MemoryBus {
  /** Frames the returns process at a time; any size gives the same result. */
  private static final int BLOCK = 8192;

  private final int channels;
  private final int frames;
  private final Mixer.Track track;
  private final Returns returns;
  private final SectionLevels levels;
  private final int wrap;
  private float[][] bus;
  private final float[][][] sends;
  private final float[][][] waiting;
  private final float[][] waitingSends;
  private final Deque<float[][]> free = new ArrayDeque<>();
  private int next;
  private boolean returned;

  /** A bus of {@code channels} and {@code frames} for {@code strips} strips, with no genre mix. */
  public MemoryBus(int channels, int frames, int strips) {
    this(channels, frames, strips, 44_100, Mixer.Track.UNKNOWN);
  }

  /**
   * A bus for {@code strips} stems of {@code frames} frames at {@code sampleRate}, mixed as {@code
   * track} asks: with its genre's returns it runs on for their tail after the stems.
   */
  public MemoryBus(int channels, int frames, int strips, int sampleRate, Mixer.Track track) {
    this.channels = channels;
    this.frames = frames;
    this.track = track;
    this.returns = new Returns(track.genre(), sampleRate, track.bpm());
    this.levels =
        SectionLevels.of(
            track, sampleRate, GenreMix.loop(sampleRate, frames, track.durationSeconds()));
    this.wrap = track.genre().wrapFrames(sampleRate, frames, track.durationSeconds());
    int length =
        frames + track.genre().tailFrames(sampleRate, frames, track.durationSeconds()) + wrap;
    this.bus = new float[channels][length];
    this.sends = new float[returns.count()][channels][length];
    this.waiting = new float[strips][][];
    this.waitingSends = new float[strips][];
  }

  /** A buffer for one strip: {@code channels} arrays of the stems' length, contents undefined. */
  public synchronized float[][] buffer() {
    float[][] b = free.poll();
    return b != null ? b : new float[channels][frames];
  }

  /**
   * Runs {@code source} (the audio of stem {@code index}, which may be read from {@code buffer}
   * itself: each block is read before its frames are written back) through the stem's strip into
   * {@code buffer} and adds it.
   */
  public void strip(int index, Mixer.Stem stem, AudioSource source, float[][] buffer)
      throws IOException {
    int length;
    try (AudioSource strip = Mixer.processed(stem, source, channels, track)) {
      length = SampleArrays.readInto(strip, buffer);
    }
    add(index, buffer, length, returns.sendGains(stem.role()));
  }

  /**
   * Strip {@code index}, whose first {@code length} frames are in {@code buffer} (a buffer from
   * {@link #buffer()}; silence after them), with no sends. The buffer is the bus's again
   * afterwards.
   */
  public void add(int index, float[][] buffer, int length) {
    add(index, buffer, length, new float[returns.count()]);
  }

  private synchronized void add(int index, float[][] buffer, int length, float[] sendGains) {
    if (waiting[index] != null || index < next) {
      throw new IllegalStateException("strip " + index + " added twice");
    }
    for (float[] channel : buffer) {
      Arrays.fill(channel, length, frames, 0f);
    }
    waiting[index] = buffer;
    waitingSends[index] = sendGains;
    for (; next < waiting.length && waiting[next] != null; next++) {
      float[][] strip = waiting[next];
      float[] gains = waitingSends[next];
      for (int c = 0; c < channels; c++) {
        Mixer.add(strip[c], 0, bus[c], 0, frames);
        for (int r = 0; r < gains.length; r++) {
          if (gains[r] != 0f) {
            Mixer.send(strip[c], 0, gains[r], sends[r][c], 0, frames);
          }
        }
      }
      waiting[next] = null;
      free.push(strip);
    }
  }

  /** The sum of every strip and the returns, once all strips are added. */
  public synchronized float[][] sum() {
    if (next < waiting.length) {
      throw new IllegalStateException("strip " + next + " not added");
    }
    free.clear();
    if (!returned && (returns.count() > 0 || levels != null)) {
      addReturns();
      Arrays.fill(sends, null);
      if (wrap > 0) {
        bus = LoopWrap.fold(bus, frames);
      }
    }
    returned = true;
    return bus;
  }

  /**
   * The sections' levels and the returns, as the streaming bus runs them block by block: each
   * return's chain runs over its whole send on a thread of its own while the levels run on the bus
   * here (they share no state, and every chain sees the blocks the streaming bus would give it),
   * then the returns are added onto the bus in return order, so each sample is the same sum.
   */
  private void addReturns() {
    int length = bus[0].length;
    ExecutorService pool =
        sends.length == 0 ? null : Executors.newFixedThreadPool(sends.length, MemoryBus::daemon);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int r = 0; r < sends.length; r++) {
        int index = r;
        runs.add(pool.submit(() -> returns.runInPlace(index, sends[index], length, BLOCK)));
      }
      if (levels != null) {
        level(length);
      }
      for (int r = 0; r < sends.length; r++) {
        await(runs.get(r));
        for (int c = 0; c < channels; c++) {
          Mixer.add(sends[r][c], 0, bus[c], 0, length);
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** The sections' levels over the bus's first {@code length} frames. */
  private void level(int length) {
    AudioBlock block = new AudioBlock(channels, BLOCK);
    for (int at = 0; at < length; at += BLOCK) {
      int n = Math.min(BLOCK, length - at);
      for (int c = 0; c < channels; c++) {
        System.arraycopy(bus[c], at, block.channel(c), 0, n);
      }
      block.setFrames(n);
      levels.process(block);
      for (int c = 0; c < channels; c++) {
        System.arraycopy(block.channel(c), 0, bus[c], at, n);
      }
    }
  }

  /** Waits for a return's run, passing on what it threw. */
  private static void await(Future<?> run) {
    try {
      run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the returns ran", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable work) {
    Thread t = new Thread(work, "cadenza-return");
    t.setDaemon(true);
    return t;
  }
}
