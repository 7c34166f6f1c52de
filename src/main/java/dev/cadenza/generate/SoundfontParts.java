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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
    List<NoteEvent> events = new ArrayList<>();
    Map<NoteEvent, String> instrumentOf = new IdentityHashMap<>();
    for (Note n : part.notes()) {
      events.add(n.event());
      instrumentOf.put(n.event(), n.instrument());
    }
    SoundfontPlayer player =
        new SoundfontPlayer(
            soundfont,
            part.midiProgram(),
            sampleRate,
            note -> slideSeconds.getOrDefault(instrumentOf.get(note), defaultSlideSeconds));
    player.render(events, out);
    int fade = Math.min(out[0].length, (int) Math.round(END_FADE_SECONDS * sampleRate));
    int from = out[0].length - fade;
    for (float[] channel : out) {
      for (int i = 0; i < fade; i++) {
        channel[from + i] *= (float) (fade - 1 - i) / fade;
      }
    }
    StemRenderer.limitPeak(out);
  }

  /** Length of the fade at a soundfont stem's end. */
  static final double END_FADE_SECONDS = 0.05;
}
