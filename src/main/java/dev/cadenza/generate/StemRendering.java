package dev.cadenza.generate;

import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.SampleArrays;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Part;
import dev.cadenza.synth.soundfont.Soundfont;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The samples of one part's stem, at the gain that brings its peak within the limit: rendered whole
 * into memory, or segment by segment into a store whose memory does not grow with the stem's
 * length.
 */
final class StemRendering {
  private final Arrangement arrangement;
  private final int rate;
  private final Soundfont soundfont;
  private final int frames;
  private final int rendered;

  /**
   * @param frames the length of every stem
   * @param rendered the frames rendered: for a loop, with the ring-out that is then carried round
   *     onto its start; otherwise {@code frames}
   */
  StemRendering(Arrangement arrangement, Generator.Options options, int frames, int rendered) {
    this.arrangement = arrangement;
    this.rate = options.sampleRate();
    this.soundfont = options.soundfont();
    this.frames = frames;
    this.rendered = rendered;
  }

  int frames() {
    return frames;
  }

  /**
   * Whether part {@code p} is rendered whole in memory: a loop's ring-out is folded onto its start,
   * and a sink that gave a buffer keeps the stem.
   */
  boolean heldWhole(float[][] buffer) {
    return arrangement.loopable() || buffer != null;
  }

  private boolean playsSoundfont(Part p) {
    return soundfont != null && SoundfontParts.standard().plays(p, soundfont, arrangement.genre());
  }

  /** Renders part {@code p} whole into {@code stem} (contents overwritten); a source over it. */
  AudioSource whole(Part p, long seed, float[][] stem) {
    float gain;
    if (playsSoundfont(p)) {
      // Onto silence, with a loop's ring-out in a longer buffer first.
      float[][] audio = arrangement.loopable() ? new float[2][rendered] : stem;
      SoundfontParts.standard().render(p, arrangement.genre(), soundfont, silence(audio), rate);
      if (arrangement.loopable()) {
        fold(audio, 0, rendered, silence(stem));
      }
      gain = 1f;
    } else if (arrangement.loopable()) {
      gain = renderLoop(new StemRenderer(p, rate, seed, rendered), stem);
    } else {
      gain = renderInto(new StemRenderer(p, rate, seed, frames), stem);
    }
    return SampleArrays.source(stem, rate, gain);
  }

  /**
   * Renders part {@code p} segment by segment into {@code store}, telling {@code progress} the
   * frames of each; a source that reads it back, which empties the store for the next stem.
   */
  AudioSource streamed(Part p, long seed, StemStore store, IntConsumer progress)
      throws IOException {
    if (playsSoundfont(p)) {
      float gain =
          SoundfontParts.standard()
              .render(p, arrangement.genre(), soundfont, store, frames, rate, progress);
      return store.reader(rate, gain);
    }
    StemRenderer renderer = new StemRenderer(p, rate, seed, frames);
    float[] l = new float[StemRenderer.SEGMENT];
    float[] r = new float[StemRenderer.SEGMENT];
    float peak = 0;
    while (renderer.remaining() > 0) {
      int n = (int) Math.min(StemRenderer.SEGMENT, renderer.remaining());
      renderer.next(l, r, 0, n);
      peak = StemRenderer.peak(peak, l, r, 0, n);
      store.append(l, r, n);
      progress.accept(n);
    }
    return store.reader(rate, StemRenderer.gainFor(peak));
  }

  /**
   * Renders a whole stem into {@code out}; returns the gain that brings its peak within the limit.
   */
  private static float renderInto(StemRenderer renderer, float[][] out) {
    int length = out[0].length;
    float peak = 0;
    for (int at = 0; at < length; at += StemRenderer.SEGMENT) {
      int n = Math.min(StemRenderer.SEGMENT, length - at);
      renderer.next(out[0], out[1], at, n);
      peak = StemRenderer.peak(peak, out[0], out[1], at, n);
    }
    return StemRenderer.gainFor(peak);
  }

  /**
   * Renders a loop's stem with its ring-out into {@code loop} (contents overwritten), each frame
   * past the loop's end added onto the frame a loop length earlier, as it sounds when the loop
   * plays again; returns the gain that brings the folded stem's peak within the limit.
   */
  private static float renderLoop(StemRenderer renderer, float[][] loop) {
    silence(loop);
    float[][] segment = new float[2][StemRenderer.SEGMENT];
    for (int at = 0; renderer.remaining() > 0; at += StemRenderer.SEGMENT) {
      int n = (int) Math.min(StemRenderer.SEGMENT, renderer.remaining());
      renderer.next(segment[0], segment[1], 0, n);
      fold(segment, at, n, loop);
    }
    return StemRenderer.gainFor(StemRenderer.peak(0, loop[0], loop[1], 0, loop[0].length));
  }

  /** Sets every sample of {@code audio} to zero; returns it. */
  private static float[][] silence(float[][] audio) {
    for (float[] channel : audio) {
      Arrays.fill(channel, 0f);
    }
    return audio;
  }

  /**
   * Adds frames {@code [0, n)} of {@code from}, which are frames {@code [at, at + n)} of the
   * rendering, onto {@code loop} at those frames modulo the loop's length.
   */
  private static void fold(float[][] from, int at, int n, float[][] loop) {
    int length = loop[0].length;
    for (int c = 0; c < 2; c++) {
      float[] src = from[c];
      float[] dst = loop[c];
      for (int i = 0; i < n; i++) {
        dst[(int) ((at + (long) i) % length)] += src[i];
      }
    }
  }
}
