package dev.cadenza.compose;

import java.util.List;
import java.util.Map;

/**
 * How one idiom is composed; read from {@code compose/styles.json} and checked there by {@link
 * StyleCheck}.
 *
 * @param name idiom name
 * @param genres genre names of the genre table (or names of their subgenres) this idiom renders; a
 *     subgenre's own idiom wins over its family's
 * @param progressions chord progressions as scale degrees, one chord a bar ("2:7", "5:d7")
 * @param bass the bass figure
 * @param chordRhythm one bar of steps of the chord part, in {@link Comping}'s characters
 * @param voicing how the chord part voices its chords: close (as the harmony voices them) or ninth
 *     (the diatonic ninth added on top)
 * @param groove one bar of steps per drum instrument; none for an idiom without a drum kit
 * @param steps grid steps per bar of every pattern (16 when absent)
 * @param parts synth instruments of each part
 * @param instrumentsByGenre per-genre replacements of part instruments
 * @param standIns what the idiom's own instruments are played by here: an instrument the synth does
 *     not have (guitar, horn, timpani) and the synth instrument standing in for it
 * @param cadence how phrases close (none: the progression runs on, only the track's last bar is the
 *     tonic)
 * @param humaniseMs how far, at most, a drum hit other than the kick and crash strays from the
 *     grid, in milliseconds (0 when absent: programmed, quantised drums)
 * @param drumKit the kit of {@link Styles#drumKits} whose drums play the groove's voices (none: the
 *     generic drum-machine voices)
 * @param quietRhythm one bar of steps the chord part plays in quiet sections, where it otherwise
 *     rests (none: it rests); ambient's sparse broken chords under the pad
 * @param leadRange the real instrument of {@code music/ranges.json} whose range the lead keeps to
 *     when it is not the lead synth's own (a brass sound playing the singer's tune); none: the
 *     synth's
 */
public record Style(
    String name,
    List<String> genres,
    List<List<String>> progressions,
    Bass bass,
    String chordRhythm,
    String voicing,
    Map<String, String> groove,
    Integer steps,
    Parts parts,
    Map<String, Map<String, String>> instrumentsByGenre,
    Map<String, String> standIns,
    Cadence cadence,
    Double humaniseMs,
    String drumKit,
    String quietRhythm,
    String leadRange) {

  public Style {
    instrumentsByGenre = instrumentsByGenre == null ? Map.of() : instrumentsByGenre;
    groove = groove == null ? Map.of() : groove;
    standIns = standIns == null ? Map.of() : standIns;
    voicing = voicing == null ? "close" : voicing;
    humaniseMs = humaniseMs == null ? 0.0 : humaniseMs;
    if (!(humaniseMs >= 0 && humaniseMs <= Drums.MAX_HUMANISE_MS)) {
      throw new IllegalArgumentException(
          "style " + name + ": humaniseMs must be 0.." + Drums.MAX_HUMANISE_MS + ": " + humaniseMs);
    }
  }

  public int stepsPerBar() {
    return steps == null ? 16 : steps;
  }

  /** Synth instruments of each part of a style; a part left out is not played. */
  public record Parts(
      List<String> drums, String bass, String chords, String pad, String lead, List<String> fx) {
    public Parts {
      drums = drums == null ? List.of() : List.copyOf(drums);
      fx = fx == null ? List.of() : List.copyOf(fx);
    }
  }

  /**
   * The bass part's figure.
   *
   * @param figure one bar of steps in {@link Bassline}'s characters
   * @param glide whether a note whose pitch differs from the one before glides from it (808 slides)
   * @param low lowest MIDI pitch of the root: 28 for sub and 808 basses, 36 for bass guitar parts
   * @param walkUp whether the last bar of each two-bar group walks up or down the scale into the
   *     next chord's root where the chord changes (a country or folk bass's walk-up) instead of one
   *     chromatic approach note
   */
  public record Bass(String figure, Boolean glide, Integer low, Boolean walkUp) {
    public Bass {
      glide = glide != null && glide;
      low = low == null ? 36 : low;
      walkUp = walkUp != null && walkUp;
    }
  }

  /**
   * The drum that plays a voice of the groove in this style's kit: the voice's own drum when the
   * kit has none of its own for it.
   */
  public String drum(Styles styles, String voice) {
    if (drumKit == null) {
      return voice;
    }
    return styles.drumKits().getOrDefault(drumKit, Map.of()).getOrDefault(voice, voice);
  }

  /** The drum voices the style plays: its kit and every voice of its groove. */
  public java.util.Set<String> kit() {
    java.util.Set<String> kit = new java.util.TreeSet<>(parts.drums());
    kit.addAll(groove.keySet());
    return kit;
  }
}
