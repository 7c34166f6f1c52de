package dev.cadenza.compose;

import dev.cadenza.music.PlayingRanges;
import dev.cadenza.synth.Instruments;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a style's data when the styles are loaded, so a typing slip in {@code styles.json} fails
 * at once with the style's name instead of as odd music: every pattern a bar of the style's steps
 * in its own characters, every instrument one the synth has, every progression token a degree and a
 * known quality.
 */
final class StyleCheck {
  private static final String DRUM_CHARACTERS = "Xxor.";
  private static final Set<String> QUALITIES = Set.of("", "7", "d7", "M");
  private static final Set<String> VOICINGS = Set.of("close", "ninth");

  private StyleCheck() {}

  /**
   * @throws IllegalStateException naming the style and what is wrong with it
   */
  static void check(Style style, Styles styles) {
    require(style, style.genres() != null && !style.genres().isEmpty(), "lists no genres");
    require(style, style.parts() != null, "has no parts");
    require(style, style.bass() != null && style.bass().figure() != null, "has no bass figure");
    int steps = style.stepsPerBar();
    for (Map.Entry<String, String> e : style.groove().entrySet()) {
      String voice = e.getKey();
      require(style, styles.midiDrums().containsKey(voice), "unknown drum voice " + voice);
      pattern(style, "groove " + voice, e.getValue(), steps, DRUM_CHARACTERS);
    }
    pattern(style, "bass figure", style.bass().figure(), steps, Bassline.CHARACTERS);
    pattern(style, "chordRhythm", style.chordRhythm(), steps, Comping.CHARACTERS);
    if (style.quietRhythm() != null) {
      pattern(style, "quietRhythm", style.quietRhythm(), steps, "a.");
    }
    require(style, VOICINGS.contains(style.voicing()), "unknown voicing " + style.voicing());
    require(
        style,
        style.leadRange() == null
            || PlayingRanges.table().instrument(style.leadRange()).isPresent(),
        "unknown leadRange " + style.leadRange());
    instruments(style, styles);
    kit(style, styles);
    require(style, !style.progressions().isEmpty(), "has no progressions");
    style.progressions().forEach(p -> p.forEach(token -> token(style, token)));
    if (style.cadence() != null) {
      token(style, style.cadence().dominant());
      token(style, style.cadence().tonic());
    }
  }

  private static void pattern(
      Style style, String what, String pattern, int steps, String characters) {
    require(style, pattern != null, "has no " + what);
    require(
        style,
        pattern.length() == steps,
        what + " \"" + pattern + "\" has " + pattern.length() + " steps, not " + steps);
    for (char c : pattern.toCharArray()) {
      require(style, characters.indexOf(c) >= 0, what + " \"" + pattern + "\": unknown step " + c);
    }
  }

  private static void instruments(Style style, Styles styles) {
    Style.Parts p = style.parts();
    for (String drum : p.drums()) {
      require(style, styles.midiDrums().containsKey(drum), "unknown drum voice " + drum);
    }
    for (String name : List.of(nonNull(p.bass()), nonNull(p.chords()), nonNull(p.pad()))) {
      voice(style, name);
    }
    voice(style, nonNull(p.lead()));
    p.fx().forEach(name -> voice(style, name));
    style.instrumentsByGenre().values().forEach(m -> m.values().forEach(n -> voice(style, n)));
    style.standIns().values().forEach(n -> voice(style, n));
  }

  private static void kit(Style style, Styles styles) {
    if (style.drumKit() == null) {
      return;
    }
    Map<String, String> kit = styles.drumKits().get(style.drumKit());
    require(style, kit != null, "unknown drum kit " + style.drumKit());
    kit.forEach(
        (voice, drum) -> {
          require(style, styles.midiDrums().containsKey(voice), "kit: unknown drum voice " + voice);
          voice(style, drum);
        });
  }

  private static String nonNull(String name) {
    return name == null ? "" : name;
  }

  private static void voice(Style style, String name) {
    require(style, name.isEmpty() || Instruments.exists(name), "unknown instrument " + name);
  }

  private static void token(Style style, String token) {
    String[] parts = token.split(":", -1);
    boolean degree =
        parts[0].length() == 1 && parts[0].charAt(0) >= '1' && parts[0].charAt(0) <= '7';
    String quality = parts.length > 1 ? parts[1] : "";
    require(
        style,
        degree && parts.length <= 2 && QUALITIES.contains(quality),
        "progression token \"" + token + "\" is not a degree 1-7 with :7, :d7 or :M");
  }

  private static void require(Style style, boolean ok, String problem) {
    if (!ok) {
      throw new IllegalStateException("style " + style.name() + ": " + problem);
    }
  }
}
