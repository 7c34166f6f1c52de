package dev.cadenza.compose;

import dev.cadenza.music.Genre;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The composer's music knowledge: section lengths and energies, meter grooves, the idiom of each
 * genre, which synth instruments stand for each lexicon instrument name, the drum kits, and what a
 * listener should know about a synth that plays a named instrument (caveats: a voice sings no
 * words), and the production hints a texture renders (a "vinyl" sound is a record's crackle).
 */
public record Styles(
    String comment,
    Map<String, Integer> sectionBars,
    Map<String, Double> sectionEnergy,
    Map<String, Map<String, String>> meterGrooves,
    List<Style> styles,
    Map<String, Integer> midiPrograms,
    Map<String, Integer> midiDrums,
    Map<String, List<String>> synthFor,
    Map<String, Map<String, String>> drumKits,
    Map<String, String> caveats,
    Map<String, AskedDrums> drumsWhenAsked,
    Map<String, String> hintTextures) {

  public Styles {
    hintTextures = hintTextures == null ? Map.of() : hintTextures;
    drumKits = drumKits == null ? Map.of() : drumKits;
    caveats = caveats == null ? Map.of() : caveats;
    drumsWhenAsked = drumsWhenAsked == null ? Map.of() : drumsWhenAsked;
  }

  static final String RESOURCE = "/dev/cadenza/compose/styles.json";

  public static Styles standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Styles STANDARD = load();
  }

  private static Styles load() {
    try (InputStream in = Styles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads and checks styles.
   *
   * @throws IllegalStateException naming the style whose data is wrong
   */
  static Styles read(InputStream in) throws IOException {
    Styles styles = Json.mapper().readValue(in, Styles.class);
    styles.styles().forEach(s -> StyleCheck.check(s, styles));
    for (Style s : styles.styles()) {
      AskedDrums asked = styles.drumsWhenAsked().get(s.name());
      if (asked != null) {
        StyleCheck.check(asked.on(s), styles);
      }
    }
    return styles;
  }

  /**
   * The idiom a genre renders as: the one listing its subgenre when there is one, else the one
   * listing the genre; null when none does.
   */
  public Style forGenre(Genre genre, String subgenre) {
    if (subgenre != null) {
      String name = subgenre.toLowerCase(Locale.ROOT);
      for (Style s : styles) {
        if (s.genres().contains(name)) {
          return s;
        }
      }
    }
    return forGenre(genre);
  }

  /**
   * The style as it plays when the prompt asks for drums: an idiom without a kit takes the drums
   * {@code drumsWhenAsked} gives it; any other is unchanged.
   */
  public Style withDrumsAsked(Style style) {
    AskedDrums asked = drumsWhenAsked.get(style.name());
    return asked == null || !style.groove().isEmpty() ? style : asked.on(style);
  }

  /** The idiom that renders a genre of the genre table, or null when none lists it. */
  public Style forGenre(Genre genre) {
    String name = genre.name().toLowerCase(Locale.ROOT);
    for (Style s : styles) {
      if (s.genres().contains(name)) {
        return s;
      }
    }
    return null;
  }

  public int barsOf(String label) {
    return sectionBars.getOrDefault(label.toLowerCase(Locale.ROOT), 8);
  }

  public double energyOf(String label) {
    return sectionEnergy.getOrDefault(label.toLowerCase(Locale.ROOT), 0.6);
  }

  /**
   * The groove voice a drum plays: the voice a kit of {@link #drumKits} gives it to, or the drum's
   * own name (a generic drum is its voice).
   */
  public String voice(String drum) {
    for (Map<String, String> kit : drumKits.values()) {
      for (Map.Entry<String, String> e : kit.entrySet()) {
        if (e.getValue().equals(drum)) {
          return e.getKey();
        }
      }
    }
    return drum;
  }

  /** Synth instruments a lexicon instrument name stands for (empty when none). */
  public List<String> synthsFor(String lexiconName) {
    return synthFor.getOrDefault(lexiconName.toLowerCase(Locale.ROOT), List.of());
  }
}
