package dev.cadenza.compose;

import java.util.List;
import java.util.Map;

/**
 * The drums an idiom without a kit plays when the prompt asks for drums (styles.json's {@code
 * drumsWhenAsked}): an ambient piece with "soft drums" gets a pulse that suits it instead of
 * silence and a warning.
 *
 * @param groove one bar of steps per drum voice, as a style's groove
 * @param drums the kit, as a style's drum part
 * @param humaniseMs how far hits stray from the grid, as a style's
 */
public record AskedDrums(Map<String, String> groove, List<String> drums, Double humaniseMs) {

  /** {@code style} playing these drums, every other choice of it kept. */
  Style on(Style style) {
    Style.Parts p = style.parts();
    return new Style(
        style.name(),
        style.genres(),
        style.progressions(),
        style.bass(),
        style.chordRhythm(),
        style.voicing(),
        groove,
        style.steps(),
        new Style.Parts(drums, p.bass(), p.chords(), p.pad(), p.lead(), p.fx()),
        style.instrumentsByGenre(),
        style.standIns(),
        style.cadence(),
        humaniseMs,
        style.drumKit(),
        style.quietRhythm(),
        style.leadRange());
  }
}
