package dev.cadenza.compose;

import dev.cadenza.music.TableFields;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the spec's moods and energy colour the notes: where the lead sits and how busy it is (from
 * the moods, {@code compose/moods.json}), and how full each section is (from the energy: a
 * high-energy track's verse opens its hats and its chorus lifts; a low-energy track thins its
 * sections, shortens its fills and drops the drop's impact).
 *
 * @param register semitones the lead moves from its usual register
 * @param density how many notes the lead's motifs start, relative to the usual
 * @param energyShift added to every section's energy
 */
record Character(int register, double density, double energyShift) {
  static final Character NEUTRAL = new Character(0, 1, 0);

  private static final String RESOURCE = "/dev/cadenza/compose/moods.json";

  /** Energy at which sections keep their usual fullness. */
  private static final double USUAL_ENERGY = 0.6;

  /** How far the spec's energy moves section energies: -0.18 to +0.12 over the 0..1 range. */
  private static final double ENERGY_WEIGHT = 0.3;

  static Character of(TrackSpec spec) {
    double register = 0;
    double density = 0;
    int counted = 0;
    for (String mood : spec.moods()) {
      Mood m = Table.MOODS.moods().get(mood);
      if (m != null) {
        register += m.register();
        density += m.density();
        counted++;
      }
    }
    double energy = Double.isFinite(spec.energy()) ? spec.energy() : USUAL_ENERGY;
    return new Character(
        counted == 0 ? 0 : (int) Math.round(register / counted),
        (counted == 0 ? 1 : density / counted) * (0.8 + 0.4 * energy),
        ENERGY_WEIGHT * (energy - USUAL_ENERGY));
  }

  /** The sections with their energy moved by the track's, within 0..1. */
  List<FormSection> energise(List<FormSection> sections) {
    List<FormSection> out = new ArrayList<>();
    for (FormSection s : sections) {
      double e = Math.max(0, Math.min(1, s.energy() + energyShift));
      out.add(new FormSection(s.start(), s.end(), s.label(), s.firstBar(), s.bars(), e));
    }
    return out;
  }

  record Mood(int register, double density) {}

  record Table(String comment, Map<String, Mood> moods) {
    static final Table MOODS = load();

    private static Table load() {
      try {
        return Json.mapper().treeToValue(TableFields.read(RESOURCE), Table.class);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
