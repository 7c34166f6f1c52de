package dev.cadenza.compose;

import dev.cadenza.music.Instrument;
import dev.cadenza.music.InstrumentTable;
import dev.cadenza.music.Roles;
import dev.cadenza.spec.TrackSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instruments a spec names, given to the parts that can play them: each goes to the part its
 * role fills, played by the synth the lexicon maps it to or, failing that, by the idiom's stand-in.
 * What cannot be played is said in words (an instrument no synth plays, a part another named
 * instrument took first, a drum the style's groove has no part for), and so is every stand-in.
 */
final class InstrumentRequests {
  /** Instrument roles the drum kit plays (a named drum, a breakbeat, percussion). */
  private static final Set<String> KIT_ROLES = Set.of("drums", "percussion");

  private final Styles styles;
  private final InstrumentTable instruments;
  private final Roles roles;

  InstrumentRequests(Styles styles, InstrumentTable instruments, Roles roles) {
    this.styles = styles;
    this.instruments = instruments;
    this.roles = roles;
  }

  /**
   * Puts each named instrument's synth into {@code picks} (part name to synth) and adds a line to
   * {@code warnings} for each one it cannot play as asked.
   */
  void assign(
      TrackSpec spec,
      Style style,
      Set<String> excluded,
      Map<String, String> picks,
      List<String> warnings) {
    Set<String> wantedParts = new LinkedHashSet<>();
    for (String name : spec.instruments()) {
      List<String> synths = new ArrayList<>(styles.synthsFor(name));
      boolean standIn = synths.isEmpty() && style.standIns().containsKey(name);
      if (standIn) {
        synths.add(style.standIns().get(name));
      }
      // A synth the idiom already plays wins: a rock prompt's electric guitar is the rock guitar.
      List<String> playable = synths.stream().filter(v -> !excluded.contains(v)).toList();
      String synth =
          playable.stream()
              .filter(picks::containsValue)
              .findFirst()
              .orElse(playable.isEmpty() ? null : playable.get(0));
      if (synth != null && style.parts().fx().contains(synth)) {
        continue; // the effects part plays it already
      }
      String part = part(spec, name, synth, picks);
      if ("drums".equals(part)) {
        if (synth != null && synths.stream().noneMatch(style.kit()::contains)) {
          warnings.add(name + ": the " + style.name() + " groove has no part for it; left out");
        }
      } else if (part == null || synth == null) {
        warnings.add(name + ": no instrument of the built-in engine plays it; left out");
      } else if (wantedParts.contains(part)) {
        warnings.add(
            name + ": the " + part + " part already plays " + picks.get(part) + "; left out");
      } else {
        picks.put(part, synth);
        wantedParts.add(part);
        if (standIn) {
          warnings.add(name + ": played by the built-in " + synth + " (a stand-in)");
        }
        String caveat = styles.caveats().get(synth);
        if (caveat != null) {
          warnings.add(name + ": " + caveat);
        }
      }
    }
  }

  /**
   * The part a named instrument plays in: the kit for drum roles and drum voices, else the part its
   * role fills, else (a stand-in) whichever part the style gives that synth.
   */
  private String part(TrackSpec spec, String name, String synth, Map<String, String> picks) {
    String role = spec.instrumentRoles().get(name);
    if (role == null) {
      role = instruments.instrument(name).map(Instrument::role).orElse("");
    }
    if (KIT_ROLES.contains(role) || synth != null && styles.synthsFor("drums").contains(synth)) {
      return "drums";
    }
    String part = roles.filledBy(role).map(Roles.Role::name).orElse(null);
    if (part == null && synth != null) {
      for (Map.Entry<String, String> p : picks.entrySet()) {
        if (synth.equals(p.getValue())) {
          part = p.getKey();
        }
      }
    }
    return part;
  }

  /** A line for each of the idiom's own instruments that a synth of this track stands in for. */
  static void standIns(
      TrackSpec spec, Style style, Map<String, String> picks, List<String> warnings) {
    style
        .standIns()
        .forEach(
            (instrument, synth) -> {
              boolean asked = spec.instruments().contains(instrument);
              if (!asked && (picks.containsValue(synth) || style.kit().contains(synth))) {
                warnings.add(
                    instrument
                        + " ("
                        + style.name()
                        + "): played by the built-in "
                        + synth
                        + " (a stand-in)");
              }
            });
  }
}
