package dev.cadenza.generate;

import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.spec.Json;
import dev.cadenza.synth.NoteEvent;
import dev.cadenza.synth.soundfont.Soundfont;
import dev.cadenza.synth.soundfont.SoundfontPlayer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Which parts a soundfont plays and how: the table in {@code soundfont.json}.
 *
 * @param comment what the table is
 * @param roles part roles played with the soundfont; the others keep the built-in engine
 * @param slideSeconds slide time by synth instrument, for notes that slide without naming one
 * @param defaultSlideSeconds slide time of the instruments not listed
 */
public record SoundfontParts(
    String comment,
    List<String> roles,
    Map<String, Double> slideSeconds,
    double defaultSlideSeconds) {

  static final String RESOURCE = "/dev/cadenza/generate/soundfont.json";

  public static SoundfontParts standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final SoundfontParts STANDARD = load();
  }

  private static SoundfontParts load() {
    try (InputStream in = SoundfontParts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return Json.mapper().readValue(in, SoundfontParts.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Whether the soundfont plays {@code part}. */
  public boolean plays(Part part) {
    return roles.contains(part.role()) && part.midiChannel() != 9;
  }

  /** The General MIDI programs of the parts the soundfont plays, in part order. */
  public List<Integer> programs(List<Part> parts) {
    List<Integer> programs = new ArrayList<>();
    for (Part p : parts) {
      if (plays(p) && !programs.contains(p.midiProgram())) {
        programs.add(p.midiProgram());
      }
    }
    return programs;
  }

  /**
   * One warning line ("FILE: …") for each General MIDI program the soundfont parts among {@code
   * parts} need that {@code soundfont} lacks (another preset plays it); empty when it has them all.
   */
  public List<String> warnings(Soundfont soundfont, List<Part> parts) {
    List<String> lines = new ArrayList<>();
    for (String line : soundfont.substitutes(programs(parts))) {
      lines.add(soundfont.file() + ": " + line);
    }
    return lines;
  }

  /**
   * Renders {@code part} with {@code soundfont} into {@code out} (zeros, two channels), then keeps
   * its peak below {@link StemRenderer#PEAK_LIMIT} and fades the last {@link #END_FADE_SECONDS}
   * out, since a soundfont's release may ring past the end the built-in voices need.
   */
  void render(Part part, Soundfont soundfont, float[][] out, int sampleRate) {
    int frames = out[0].length;
    player(part, soundfont, sampleRate).render(events(part), out);
    fadeEnd(out[0], out[1], 0, frames, frames, sampleRate);
    StemRenderer.limitPeak(out);
  }

  /**
   * Renders {@code part} as {@link #render} does, a segment at a time into {@code store} (empty),
   * telling {@code progress} the frames of each; returns the gain that keeps the peak below {@link
   * StemRenderer#PEAK_LIMIT}, for the store's reader to apply. The samples are the ones {@link
   * #render} gives, but memory does not grow with the part's length.
   */
  float render(
      Part part,
      Soundfont soundfont,
      StemStore store,
      int frames,
      int sampleRate,
      IntConsumer progress)
      throws IOException {
    float[] l = new float[StemRenderer.SEGMENT];
    float[] r = new float[StemRenderer.SEGMENT];
    float peak = 0;
    try (SoundfontPlayer.Performance performance =
        player(part, soundfont, sampleRate).play(events(part))) {
      for (int at = 0; at < frames; at += StemRenderer.SEGMENT) {
        int n = Math.min(StemRenderer.SEGMENT, frames - at);
        // Added onto silence, as the whole stem is.
        Arrays.fill(l, 0f);
        Arrays.fill(r, 0f);
        performance.addNext(l, r, 0, n);
        fadeEnd(l, r, at, n, frames, sampleRate);
        peak = StemRenderer.peak(peak, l, r, 0, n);
        store.append(l, r, n);
        progress.accept(n);
      }
    }
    return StemRenderer.gainFor(peak);
  }

  private static List<NoteEvent> events(Part part) {
    List<NoteEvent> events = new ArrayList<>();
    for (Note n : part.notes()) {
      events.add(n.event());
    }
    return events;
  }

  private SoundfontPlayer player(Part part, Soundfont soundfont, int sampleRate) {
    Map<NoteEvent, String> instrumentOf = new IdentityHashMap<>();
    for (Note n : part.notes()) {
      instrumentOf.put(n.event(), n.instrument());
    }
    return new SoundfontPlayer(
        soundfont,
        part.midiProgram(),
        sampleRate,
        note -> slideSeconds.getOrDefault(instrumentOf.get(note), defaultSlideSeconds));
  }

  /**
   * Fades the last {@link #END_FADE_SECONDS} of a stem of {@code frames} frames out, where they
   * fall among its frames {@code at} to {@code at + n}, which {@code left} and {@code right} hold
   * from their index 0.
   */
  private static void fadeEnd(
      float[] left, float[] right, int at, int n, int frames, int sampleRate) {
    int fade = Math.min(frames, (int) Math.round(END_FADE_SECONDS * sampleRate));
    int from = frames - fade;
    for (int g = Math.max(at, from); g < at + n; g++) {
      float f = (float) (fade - 1 - (g - from)) / fade;
      left[g - at] *= f;
      right[g - at] *= f;
    }
  }

  /** Length of the fade at a soundfont stem's end. */
  static final double END_FADE_SECONDS = 0.05;
}
