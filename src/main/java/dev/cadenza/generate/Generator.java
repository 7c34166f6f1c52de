package dev.cadenza.generate;

import dev.cadenza.OutputException;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.ChordSpan;
import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.compose.Section;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.Instrument;
import dev.cadenza.synth.Instruments;
import dev.cadenza.synth.soundfont.Soundfont;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Arrangement → stems, MIDI and manifest. Each part renders into its own buffer (in parallel, with
 * seeds that depend only on the part), so the files are bit-identical whatever the thread count.
 */
public final class Generator {
  /** Longest ring-out kept after the last bar. */
  static final double MAX_TAIL_SECONDS = 8;

  static final String MIDI_FILE = "arrangement.mid";
  private static final int BLOCK = 8192;

  /**
   * How stems are written.
   *
   * @param sampleRate Hz
   * @param encoding sample format of every stem
   * @param threads parts rendered at once (1 renders in order)
   * @param soundfont plays the melodic parts (see {@link SoundfontParts}), or null for the built-in
   *     engine alone
   */
  public record Options(int sampleRate, WavEncoding encoding, int threads, Soundfont soundfont) {
    /** The built-in engine alone. */
    public Options(int sampleRate, WavEncoding encoding, int threads) {
      this(sampleRate, encoding, threads, null);
    }
  }

  /** The rendered track; {@code stems} holds the audio only when it was asked to be kept. */
  public record Result(Manifest manifest, Arrangement arrangement, List<float[][]> stems) {}

  private Generator() {}

  /**
   * Renders an arrangement. With {@code folder} set, writes one WAV per part and the MIDI file into
   * it (creating it when missing); with {@code keepAudio}, returns the stems' samples as well.
   */
  public static Result render(Arrangement a, Path folder, Options options, boolean keepAudio)
      throws IOException {
    return render(a, folder, options, keepAudio, HEAP_SEGMENTS);
  }

  /** As above, keeping at most {@code heapSegments} segments of a stem in memory. */
  static Result render(
      Arrangement a, Path folder, Options options, boolean keepAudio, int heapSegments)
      throws IOException {
    int rate = options.sampleRate();
    double tail = Math.min(MAX_TAIL_SECONDS, StemRenderer.ringOut(a.parts(), a.durationSeconds()));
    long frames = (long) Math.ceil((a.durationSeconds() + tail) * rate);
    if (frames > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("track too long to render at " + rate + " Hz");
    }
    if (folder != null) {
      createFolder(folder);
    }
    List<Part> parts = a.parts();
    int threads = Math.max(1, Math.min(options.threads(), parts.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // Each thread reuses one segment buffer and one store between stems.
    BlockingQueue<Workspace> workspaces = new ArrayBlockingQueue<>(threads);
    // A finished stem is flushed to disk and moved into place by one more thread, so the renderers
    // go on to the next stem instead of waiting for the disk.
    ExecutorService disk = Executors.newSingleThreadExecutor();
    List<Future<?>> commits = Collections.synchronizedList(new ArrayList<>());
    List<float[][]> kept = new ArrayList<>();
    try {
      if (folder != null) {
        // The MIDI file needs no audio: the disk thread writes it while the stems render.
        commits.add(
            disk.submit(
                () -> {
                  writeBytes(folder.resolve(MIDI_FILE), MidiExport.toBytes(a));
                  return null;
                }));
      }
      List<Future<float[][]>> futures = new ArrayList<>(Collections.nCopies(parts.size(), null));
      // The longest stems start first, so no thread is left with a long one at the end while the
      // others idle; the results keep the parts' order.
      for (int index : longestFirst(parts)) {
        Part p = parts.get(index);
        futures.set(
            index,
            pool.submit(
                () -> {
                  long seed = stemSeed(a.seed(), p.name());
                  if (options.soundfont() != null && SoundfontParts.standard().plays(p)) {
                    // The synthesizer renders a part whole; its stem is written as a kept one is.
                    float[][] audio = new float[2][(int) frames];
                    SoundfontParts.standard().render(p, options.soundfont(), audio, rate);
                    if (folder != null) {
                      WavWriter w =
                          writeStem(folder.resolve(p.name() + ".wav"), audio, options, seed);
                      commits.add(disk.submit(() -> commit(w)));
                    }
                    return keepAudio ? audio : null;
                  }
                  StemRenderer renderer = new StemRenderer(p, rate, seed, frames);
                  if (keepAudio) {
                    float[][] audio = renderWhole(renderer, (int) frames);
                    if (folder != null) {
                      WavWriter w =
                          writeStem(folder.resolve(p.name() + ".wav"), audio, options, seed);
                      commits.add(disk.submit(() -> commit(w)));
                    }
                    return audio;
                  }
                  Workspace space = workspaces.poll();
                  if (space == null) {
                    space = new Workspace(folder, heapSegments);
                  }
                  try {
                    if (folder != null) {
                      WavWriter w =
                          streamStem(
                              folder.resolve(p.name() + ".wav"), renderer, space, options, seed);
                      commits.add(disk.submit(() -> commit(w)));
                    } else {
                      float[] l = space.block.channel(0);
                      float[] r = space.block.channel(1);
                      while (renderer.remaining() > 0) {
                        int n = (int) Math.min(StemRenderer.SEGMENT, renderer.remaining());
                        renderer.next(l, r, 0, n);
                      }
                    }
                  } finally {
                    if (!workspaces.offer(space)) {
                      space.store.close();
                    }
                  }
                  return null;
                }));
      }
      for (Future<float[][]> f : futures) {
        kept.add(f.get());
      }
      for (Future<?> f : commits) {
        f.get();
      }
      for (Workspace w : workspaces) {
        w.store.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
      // Stems already written are still moved into place, as when rendering one after another.
      disk.shutdown();
    }
    Path where = folder == null ? Path.of(".") : folder;
    return new Result(manifest(a, where, options), a, keepAudio ? kept : List.of());
  }

  /** Part indices by decreasing sound to render (total sounding time of their notes). */
  static List<Integer> longestFirst(List<Part> parts) {
    double[] work = new double[parts.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Map<String, Instrument> instruments = new TreeMap<>();
      for (Note n : parts.get(i).notes()) {
        work[i] +=
            instruments
                .computeIfAbsent(n.instrument(), Instruments::create)
                .soundingSeconds(n.event());
      }
      order.add(i);
    }
    order.sort((x, y) -> Double.compare(work[y], work[x]));
    return order;
  }

  /** The seed of a stem's rendering and of its dither. */
  public static long stemSeed(long seed, String name) {
    return StemRenderer.mix(seed + StemRenderer.mix(name.hashCode()));
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputException(
          folder.toString(), "cannot create folder: " + e.getMessage(), null, e);
    }
  }

  /** Stems kept in memory before the rest goes to a temporary file: 96 MB of samples. */
  private static final int HEAP_SEGMENTS = (96 << 20) / (2 * 4 * StemRenderer.SEGMENT);

  /** What one rendering thread reuses from stem to stem. */
  private static final class Workspace {
    final AudioBlock block = new AudioBlock(2, StemRenderer.SEGMENT);
    final StemStore store;

    Workspace(Path folder, int heapSegments) {
      store = new StemStore(StemRenderer.SEGMENT, heapSegments, folder);
    }
  }

  /** Renders a whole stem into memory and brings its peak within the limit. */
  private static float[][] renderWhole(StemRenderer renderer, int frames) {
    float[][] audio = new float[2][frames];
    float peak = 0;
    for (int at = 0; at < frames; at += StemRenderer.SEGMENT) {
      int n = Math.min(StemRenderer.SEGMENT, frames - at);
      renderer.next(audio[0], audio[1], at, n);
      peak = StemRenderer.peak(peak, audio[0], audio[1], at, n);
    }
    StemRenderer.scale(audio[0], audio[1], 0, frames, StemRenderer.gainFor(peak));
    return audio;
  }

  /**
   * Renders a stem segment by segment into the store, then writes it at the gain its peak calls
   * for; returns the file complete but not yet moved into place.
   */
  private static WavWriter streamStem(
      Path file, StemRenderer renderer, Workspace space, Options options, long seed)
      throws IOException {
    float[] l = space.block.channel(0);
    float[] r = space.block.channel(1);
    float peak = 0;
    while (renderer.remaining() > 0) {
      int n = (int) Math.min(StemRenderer.SEGMENT, renderer.remaining());
      renderer.next(l, r, 0, n);
      peak = StemRenderer.peak(peak, l, r, 0, n);
      space.store.append(l, r, n);
    }
    float gain = StemRenderer.gainFor(peak);
    WavWriter w =
        WavWriter.create(
            file,
            options.sampleRate(),
            ChannelLayout.defaultFor(2),
            options.encoding(),
            Dither.tpdf(seed));
    try {
      AudioBlock block = space.block;
      space.store.drain(
          (left, right, offset, n) -> {
            StemRenderer.scale(left, right, offset, n, gain);
            System.arraycopy(left, offset, block.channel(0), 0, n);
            System.arraycopy(right, offset, block.channel(1), 0, n);
            block.setFrames(n);
            w.write(block);
          });
      w.complete();
      return w;
    } catch (IOException | RuntimeException e) {
      w.close();
      throw e;
    }
  }

  /** Writes a stem's file, complete but not yet moved into place. */
  private static WavWriter writeStem(Path file, float[][] audio, Options options, long seed)
      throws IOException {
    Dither dither = Dither.tpdf(seed);
    WavWriter w =
        WavWriter.create(
            file, options.sampleRate(), ChannelLayout.defaultFor(2), options.encoding(), dither);
    try {
      writeAll(w, audio);
      w.complete();
      return w;
    } catch (IOException | RuntimeException e) {
      w.close();
      throw e;
    }
  }

  private static Void commit(WavWriter w) {
    try {
      w.commit();
    } finally {
      w.close();
    }
    return null;
  }

  static void writeAll(WavWriter w, float[][] audio) throws IOException {
    AudioBlock block = new AudioBlock(audio.length, BLOCK);
    int frames = audio[0].length;
    for (int at = 0; at < frames; at += BLOCK) {
      int n = Math.min(BLOCK, frames - at);
      for (int c = 0; c < audio.length; c++) {
        System.arraycopy(audio[c], at, block.channel(c), 0, n);
      }
      block.setFrames(n);
      w.write(block);
    }
  }

  private static void writeBytes(Path file, byte[] bytes) {
    try (AtomicFile out = AtomicFile.create(file)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        out.channel().write(b);
      }
      out.commit();
    } catch (IOException e) {
      throw new OutputException(file.toString(), "cannot write: " + e.getMessage(), null, e);
    }
  }

  /**
   * A plain sum of the stems at the manifest's gains and pans (pan as a balance: the far side is
   * turned down, the near side kept), no limiting.
   */
  public static void writeMixdown(Result r, Options options, long seed, OutputStream out)
      throws IOException {
    List<float[][]> stems = r.stems();
    int frames = stems.isEmpty() ? 0 : stems.get(0)[0].length;
    float[][] sum = new float[2][frames];
    for (int i = 0; i < stems.size(); i++) {
      Manifest.Stem s = r.manifest().stems().get(i);
      double g = StrictMath.pow(10, s.gainDb() / 20);
      float gl = (float) (g * Math.min(1, 1 - s.pan()));
      float gr = (float) (g * Math.min(1, 1 + s.pan()));
      float[][] x = stems.get(i);
      for (int k = 0; k < frames; k++) {
        sum[0][k] += gl * x[0][k];
        sum[1][k] += gr * x[1][k];
      }
    }
    WavWriter w =
        WavWriter.toStream(
            out,
            options.sampleRate(),
            ChannelLayout.defaultFor(2),
            options.encoding(),
            Dither.tpdf(seed),
            frames);
    writeAll(w, sum);
    w.finish();
  }

  static Manifest manifest(Arrangement a, Path folder, Options options) {
    List<Manifest.Stem> stems = new ArrayList<>();
    for (Part p : a.parts()) {
      stems.add(
          new Manifest.Stem(
              p.name(),
              folder.resolve(p.name() + ".wav").toString(),
              p.role(),
              p.gainDb(),
              p.pan()));
    }
    List<Manifest.Span> sections = new ArrayList<>();
    for (Section s : a.sections()) {
      sections.add(new Manifest.Span(s.start(), s.end(), s.label()));
    }
    List<Manifest.Chord> chords = new ArrayList<>();
    for (ChordSpan c : a.chords()) {
      chords.add(new Manifest.Chord(c.start(), c.end(), c.symbol()));
    }
    Manifest.Truth truth =
        new Manifest.Truth(
            a.bpm(),
            new TrackSpec.Key(a.key().tonicName(), a.key().mode()),
            a.meter().text(),
            a.durationSeconds(),
            a.beats(),
            a.downbeats(),
            sections,
            chords);
    return new Manifest(
        Contract.MANIFEST.tag(),
        a.seed(),
        stems,
        folder.resolve(MIDI_FILE).toString(),
        truth,
        a.genre(),
        options.sampleRate(),
        options.encoding().bits());
  }
}
