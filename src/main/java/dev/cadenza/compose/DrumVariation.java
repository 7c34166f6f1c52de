package dev.cadenza.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a drummer or producer adds around a style's groove, drawn once per track from its seed, so
 * that two seeds of one prompt play the same idiom with their own details: a layer of soft hits on
 * the groove's free steps in every bar (a drummer's ghost notes on the snare; in programmed styles
 * a percussion loop on a voice the groove leaves free), one more hit of it answering in every
 * second bar, an open hat on one off-beat where the groove has none, a pickup kick that closes each
 * four-bar group (the A' bar), and the order in which the fills come. A swing drummer comps
 * instead: a four-bar phrase of snare accents and kick "bombs" on the swung "and" of the beat, its
 * own in each bar and each seed.
 *
 * @param layerVoice voice of the layer, or null when the kit has none free
 * @param layerSteps grid steps of the layer
 * @param answerStep the layer's extra step in every second bar, or -1
 * @param kickStep a played style's extra kick in every bar, or -1
 * @param openHatStep grid step of the open hat, or -1
 * @param pickupStep grid step of the extra kick of an A' bar, or -1
 * @param fills fill kinds in the order the sections' ends take them
 * @param comping per bar of a four-bar phrase, which of the layer's steps the snare comps on (bit i
 *     for layer step i); empty for a groove that loops its layer
 * @param bombs per bar of the phrase, the step of a comping kick, or -1
 */
record DrumVariation(
    String layerVoice,
    List<Integer> layerSteps,
    int answerStep,
    int kickStep,
    int openHatStep,
    int pickupStep,
    List<Fill> fills,
    List<Integer> comping,
    List<Integer> bombs) {

  /** Bars of a swing drummer's comping phrase. */
  static final int PHRASE = 4;

  /** Voices a programmed style may loop as percussion, in the order they are offered. */
  static final List<String> PERCUSSION = List.of("rim", "cowbell", "tom", "shaker");

  /** Fills a section's end may take: snare sixteenths, a tom run, triplets, kick and snare. */
  enum Fill {
    SIXTEENTHS,
    TOMS,
    TRIPLETS,
    KICK_SNARE
  }

  static DrumVariation draw(
      Map<String, String> groove,
      Set<String> kit,
      boolean played,
      int beatsPerBar,
      SplittableRandom rng) {
    int steps = groove.values().stream().mapToInt(String::length).max().orElse(16);
    // The details are written for a bar of four beats in sixteenths; in other metres extra hits
    // would blur the bar a listener (and a beat tracker) counts, so those grooves stay as written.
    // A drummer's swing groove (four beats in triplets, jazz) is the exception: its comping falls
    // on the swung "and" of a beat, the beat's last triplet, where the ride's skip note already is.
    boolean fourFour = steps == 16;
    boolean swung = played && beatsPerBar == 4 && steps == 12;
    String voice = fourFour || swung ? layerVoice(groove, kit, played, rng) : null;
    List<Integer> free =
        voice == null
            ? List.of()
            : swung ? swungAnds(groove.get(voice), steps) : freeSteps(groove, voice, steps, played);
    List<Integer> layer = pick(free, played ? 1 + rng.nextInt(3) : 2 + rng.nextInt(2), rng);
    List<Integer> rest = new ArrayList<>(free);
    rest.removeAll(layer);
    int answer = rest.isEmpty() ? -1 : rest.get(rng.nextInt(rest.size()));
    int kick =
        fourFour && played && kit.contains("kick") && onTheBeats(groove.get("kick"), steps)
            ? kickStep(groove.get("kick"), steps, 2, rng)
            : -1;
    int openHat = -1;
    if (fourFour && kit.contains("open-hat") && !groove.containsKey("open-hat")) {
      openHat = steps / 8 + steps / 4 * rng.nextInt(4);
    }
    List<Integer> pickups = weakSteps(groove.get("kick"), steps);
    pickups.removeIf(s -> s < steps / 2 || occupied(groove.get("kick"), s - 1, s + 1));
    int pickup =
        !fourFour || pickups.isEmpty() || !kit.contains("kick")
            ? -1
            : pickups.get(rng.nextInt(pickups.size()));
    List<Fill> fills = new ArrayList<>(List.of(Fill.values()));
    for (int i = fills.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      fills.set(i, fills.set(j, fills.get(i)));
    }
    List<Integer> comping = new ArrayList<>();
    List<Integer> bombs = new ArrayList<>();
    for (int bar = 0; swung && !free.isEmpty() && bar < PHRASE; bar++) {
      comping.add(1 + rng.nextInt((1 << free.size()) - 1));
      bombs.add(kit.contains("kick") ? kickStep(groove.get("kick"), steps, 3, rng) : -1);
    }
    return swung && !comping.isEmpty()
        ? new DrumVariation(
            voice, free, -1, -1, openHat, pickup, List.copyOf(fills), comping, bombs)
        : new DrumVariation(
            voice, layer, answer, kick, openHat, pickup, List.copyOf(fills), List.of(), List.of());
  }

  /** The layer's steps in {@code bar}: the whole layer, or that bar's comping. */
  List<Integer> layerIn(int bar) {
    if (comping.isEmpty()) {
      return layerSteps;
    }
    int mask = comping.get(bar % PHRASE);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < layerSteps.size(); i++) {
      if ((mask >> i & 1) == 1) {
        out.add(layerSteps.get(i));
      }
    }
    return out;
  }

  /** The extra kick's step in {@code bar}, or -1. */
  int kickIn(int bar) {
    return bombs.isEmpty() ? kickStep : bombs.get(bar % PHRASE);
  }

  /**
   * An off-beat "and" the kick row leaves free with its neighbours, or none (as likely as any one
   * step): drummers put the kick on "and" of two, three or four, or nowhere extra. {@code perBeat}
   * is 2 for straight eighths (the "and" halfway through the beat), 3 for swung ones (the "and" on
   * the beat's last triplet).
   */
  private static int kickStep(String row, int steps, int perBeat, SplittableRandom rng) {
    List<Integer> options = new ArrayList<>();
    int beat = steps / 4;
    int and = beat * (perBeat - 1) / perBeat;
    for (int s = and; and > 0 && s < steps; s += beat) {
      if (!occupied(row, s - 1, s + 1)) {
        options.add(s);
      }
    }
    int i = rng.nextInt(options.size() + 1);
    return i == options.size() ? -1 : options.get(i);
  }

  /**
   * Whether a kick row plays on beats only: a syncopated kick (the bossa's, a funk kick) is the
   * idiom's own figure, which a drummer keeps rather than decorates.
   */
  private static boolean onTheBeats(String row, int steps) {
    for (int s = 0; row != null && s < row.length(); s++) {
      if (row.charAt(s) != '.' && s % (steps / 4) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The fill that closes the {@code n}th section. */
  Fill fill(int n) {
    return fills.get(n % fills.size());
  }

  /**
   * A drummer ghosts on the snare; a programmed style loops a percussion voice its groove does not
   * play, drawn from those the kit has.
   */
  private static String layerVoice(
      Map<String, String> groove, Set<String> kit, boolean played, SplittableRandom rng) {
    if (played) {
      return kit.contains("snare") ? "snare" : null;
    }
    List<String> free = new ArrayList<>();
    for (String v : PERCUSSION) {
      if (kit.contains(v) && !groove.containsKey(v)) {
        free.add(v);
      }
    }
    return free.isEmpty() ? null : free.get(rng.nextInt(free.size()));
  }

  /**
   * Where the layer may play: ghost notes on the weak sixteenths, away from the snare's accents
   * (next to one they smear it into a flam); a percussion loop on the steps just after a beat that
   * the kick, snare and clap leave free, never just before a kick, whose attack it would blur.
   */
  private static List<Integer> freeSteps(
      Map<String, String> groove, String voice, int steps, boolean played) {
    List<Integer> free = new ArrayList<>();
    String own = groove.get(voice);
    int perBeat = Math.max(1, steps / 4);
    for (int s = 1; s < steps; s++) {
      // A loop that answers the beat (just after it) keeps the pulse; hits spread anywhere can
      // group into threes against it and blur the tempo.
      boolean afterBeat = s % perBeat != 0 && s % perBeat <= perBeat / 2;
      boolean ok =
          played
              ? s % 2 == 1 && !occupied(own, s, s) && !accent(own, s - 1) && !accent(own, s + 1)
              : afterBeat
                  && !occupied(groove.get("kick"), s, s)
                  && !occupied(groove.get("kick"), (s + 1) % steps, (s + 1) % steps)
                  && !occupied(groove.get("snare"), s, s)
                  && !occupied(groove.get("clap"), s, s);
      if (ok) {
        free.add(s);
      }
    }
    return free;
  }

  /** The swung "and" of every beat (its last triplet) that the row does not play already. */
  private static List<Integer> swungAnds(String row, int steps) {
    return unplayed(row, steps, 2, 3);
  }

  private static List<Integer> pick(List<Integer> from, int n, SplittableRandom rng) {
    List<Integer> pool = new ArrayList<>(from);
    List<Integer> out = new ArrayList<>();
    while (out.size() < n && !pool.isEmpty()) {
      out.add(pool.remove(rng.nextInt(pool.size())));
    }
    out.sort(null);
    return List.copyOf(out);
  }

  /** Steps off the beat's main subdivision where the row (if any) does not play already. */
  private static List<Integer> weakSteps(String row, int steps) {
    return unplayed(row, steps, 1, 2);
  }

  /** Every {@code stride}-th step from {@code first} that the row (if any) does not play. */
  private static List<Integer> unplayed(String row, int steps, int first, int stride) {
    List<Integer> free = new ArrayList<>();
    for (int s = first; s < steps; s += stride) {
      if (!occupied(row, s, s)) {
        free.add(s);
      }
    }
    return free;
  }

  private static boolean accent(String row, int step) {
    return row != null && step >= 0 && step < row.length() && row.charAt(step) == 'X';
  }

  private static boolean occupied(String row, int from, int to) {
    if (row == null) {
      return false;
    }
    for (int s = Math.max(0, from); s <= Math.min(row.length() - 1, to); s++) {
      if (row.charAt(s) != '.') {
        return true;
      }
    }
    return false;
  }
}
