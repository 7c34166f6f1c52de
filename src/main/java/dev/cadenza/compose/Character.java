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
 * How the spec's moods and energy colour the notes: where the lead sits, how busy it is and which
 * way its motifs lean (from the moods, {@code compose/moods.json}; the energy lifts or lowers the
 * lead too), how full each section is (from the energy: a high-energy track's verse opens its hats
 * and its chorus lifts; a low-energy track thins its sections, shortens its fills and drops the
 * drop's impact) and how hard every part plays (from the energy).
 *
 * @param register semitones the lead moves from its usual register
 * @param density how many notes the lead's motifs start, relative to the usual
 * @param energyShift added to every section's energy
 * @param contour 1 the lead's motifs lean upward, -1 downward, 0 neither
 * @param touch every note's velocity is scaled by this
 */
record Character(int register, double density, double energyShift, int contour, double touch) {

  private static final String RESOURCE = "/dev/cadenza/compose/moods.json";

  /** Energy at which sections keep their usual fullness. */
  private static final double USUAL_ENERGY = 0.6;

  /** How far the spec's energy moves section energies: -0.18 to +0.12 over the 0..1 range. */
  private static final double ENERGY_WEIGHT = 0.3;

  /** Semitones the lead moves per unit of energy: -4 at energy 0 to +2 at 1 (rounded). */
  private static final double ENERGY_REGISTER = 6;

  /** Velocity scale per unit of energy: 0.76 at energy 0 to 1.16 at 1 (clipped at full). */
  private static final double ENERGY_TOUCH = 0.4;

  static Character of(TrackSpec spec) {
    double register = 0;
    double density = 0;
    int contour = 0;
    int counted = 0;
    for (String mood : spec.moods()) {
      Mood m = Table.MOODS.moods().get(mood);
      if (m != null) {
        register += m.register();
        density += m.density();
        contour += m.contour();
        counted++;
      }
    }
    double energy = Double.isFinite(spec.energy()) ? spec.energy() : USUAL_ENERGY;
    double lift = energy - USUAL_ENERGY;
    return new Character(
        (counted == 0 ? 0 : (int) StrictMath.round(register / counted))
            + (int) StrictMath.round(ENERGY_REGISTER * lift),
        (counted == 0 ? 1 : density / counted) * (0.8 + 0.4 * energy),
        ENERGY_WEIGHT * lift,
        Integer.signum(contour),
        1 + ENERGY_TOUCH * lift);
  }

  /** The parts played with the track's touch: softer at low energy, harder at high. */
  List<Part> play(List<Part> parts) {
    if (touch == 1) {
      return parts;
    }
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      List<Note> notes = new ArrayList<>();
      for (Note n : p.notes()) {
        notes.add(n.withVelocityScaled(touch));
      }
      out.add(p.withNotes(notes));
    }
    return out;
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

  record Mood(int register, double density, int contour) {}

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
