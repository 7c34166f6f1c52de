package dev.cadenza.generate;

import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.spec.Json;
import dev.cadenza.synth.NoteEvent;
import dev.cadenza.synth.soundfont.DrumKit;
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
 * @param roles melodic part roles played with the soundfont's General MIDI programs
 * @param drumRole the role played with a drum kit of the soundfont (or of the drum-kit soundfont)
 * @param kitPrograms General MIDI Level 2 drum set programs (0-based) by kit name
 * @param drumKits the kit name of each genre that does not play {@code defaultDrumKit}
 * @param defaultDrumKit the kit name of the genres not listed
 * @param kitNotes by kit name, the note each General MIDI drum note moves to in that kit
 * @param drumHoldSeconds least time a drum hit is held before its note-off
 * @param slideSeconds slide time by synth instrument, for notes that slide without naming one
 * @param defaultSlideSeconds slide time of the instruments not listed
 */
public record SoundfontParts(
    String comment,
    List<String> roles,
    String drumRole,
    Map<String, Integer> kitPrograms,
    Map<String, String> drumKits,
    String defaultDrumKit,
    Map<String, Map<Integer, Integer>> kitNotes,
    double drumHoldSeconds,
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

  /** Whether {@code soundfont} plays {@code part} of a track of {@code genre}. */
  public boolean plays(Part part, Soundfont soundfont, String genre) {
    if (isDrums(part)) {
      return soundfont.drumKit(kitProgram(genre)) != null;
    }
    return roles.contains(part.role()) && part.midiChannel() != 9;
  }

  private boolean isDrums(Part part) {
    return drumRole.equals(part.role());
  }

  /** The General MIDI programs of the melodic parts the soundfont plays, in part order. */
  public List<Integer> programs(List<Part> parts) {
    List<Integer> programs = new ArrayList<>();
    for (Part p : parts) {
      if (roles.contains(p.role()) && p.midiChannel() != 9 && !programs.contains(p.midiProgram())) {
        programs.add(p.midiProgram());
      }
    }
    return programs;
  }

  /** The General MIDI Level 2 drum set program (0-based) {@code genre}'s drums ask for. */
  int kitProgram(String genre) {
    return kitPrograms.get(kitName(genre));
  }

  private String kitName(String genre) {
    return drumKits.getOrDefault(genre, defaultDrumKit);
  }

  /**
   * One warning line ("FILE: …") for each thing {@code arrangement} asks of {@code soundfont} that
   * it cannot give: a General MIDI program a melodic part needs that it lacks (another preset plays
   * it), a drum kit it lacks (another of its kits plays the drums), or no kits at all (the drums
   * keep the built-in kit); empty when it has them all.
   */
  public List<String> warnings(Soundfont soundfont, Arrangement arrangement) {
    List<String> lines = new ArrayList<>();
    for (String line : soundfont.substitutes(programs(arrangement.parts()))) {
      lines.add(soundfont.file() + ": " + line);
    }
    if (arrangement.parts().stream().noneMatch(this::isDrums)) {
      return lines;
    }
    int wanted = kitProgram(arrangement.genre());
    DrumKit kit = soundfont.drumKit(wanted);
    if (kit == null) {
      lines.add(
          soundfont.file()
              + ": no drum kits (bank 128); the drums keep the built-in kit"
              + " (--drum-soundfont FILE.sf2 takes them from a drum-kit soundfont)");
    } else if (kit.percussion() && kit.program() != wanted) {
      lines.add(
          kit.soundfont().file()
              + ": no "
              + kitName(arrangement.genre())
              + " kit (bank 128 program "
              + wanted
              + "); the drums play kit "
              + kit.describe());
    }
    return lines;
  }

  /**
   * Renders {@code part} with {@code soundfont} into {@code out} (zeros, two channels), fades the
   * last {@link #END_FADE_SECONDS} out, since a soundfont's release may ring past the end the
   * built-in voices need, then scales it by {@link #gain}.
   */
  void render(Part part, String genre, Soundfont soundfont, float[][] out, int sampleRate) {
    int frames = out[0].length;
    player(part, genre, soundfont, sampleRate).render(events(part, genre, soundfont), out);
    fadeEnd(out[0], out[1], 0, frames, frames, sampleRate);
    float peak = StemRenderer.peak(0, out[0], out[1], 0, frames);
    StemRenderer.scale(out[0], out[1], 0, frames, gain(part, peak));
  }

  /**
   * The gain of a soundfont stem that peaks at {@code peak}: a melodic one is scaled down when it
   * peaks above {@link StemRenderer#PEAK_LIMIT}, as built-in stems are; a drum stem is brought to
   * peak there, where the built-in kits' stems peak (their hits are the loudest samples they have),
   * since a sampled kit's level is its soundfont's (FluidR3_GM's orchestra kit peaks 9 dB lower
   * than its power kit).
   */
  private float gain(Part part, float peak) {
    if (isDrums(part) && peak > 0) {
      return StemRenderer.PEAK_LIMIT / peak;
    }
    return StemRenderer.gainFor(peak);
  }

  /**
   * Renders {@code part} as {@link #render} does, a segment at a time into {@code store} (empty),
   * telling {@code progress} the frames of each; returns the gain that keeps the peak below {@link
   * StemRenderer#PEAK_LIMIT}, for the store's reader to apply. The samples are the ones {@link
   * #render} gives, but memory does not grow with the part's length.
   */
  float render(
      Part part,
      String genre,
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
        player(part, genre, soundfont, sampleRate).play(events(part, genre, soundfont))) {
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
    return gain(part, peak);
  }

  /** The part's notes as played: a drum moved to its note in the kit that plays it. */
  private List<NoteEvent> events(Part part, String genre, Soundfont soundfont) {
    Map<Integer, Integer> moves =
        isDrums(part) ? kitMoves(soundfont.drumKit(kitProgram(genre))) : Map.of();
    List<NoteEvent> events = new ArrayList<>();
    for (Note n : part.notes()) {
      NoteEvent e = n.event();
      Integer moved = moves.get(e.pitch());
      events.add(
          moved == null
              ? e
              : new NoteEvent(
                  e.startSeconds(), e.durationSeconds(), moved, e.velocity(), e.params()));
    }
    return events;
  }

  /** The note moves of {@code kit}'s note map: none but for a bank-128 kit kitNotes names. */
  private Map<Integer, Integer> kitMoves(DrumKit kit) {
    if (!kit.percussion()) {
      return Map.of();
    }
    for (Map.Entry<String, Integer> k : kitPrograms.entrySet()) {
      if (k.getValue() == kit.program()) {
        return kitNotes.getOrDefault(k.getKey(), Map.of());
      }
    }
    return Map.of();
  }

  private SoundfontPlayer player(Part part, String genre, Soundfont soundfont, int sampleRate) {
    if (isDrums(part)) {
      return SoundfontPlayer.drums(
          soundfont.drumKit(kitProgram(genre)), sampleRate, drumHoldSeconds);
    }
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
