package dev.cadenza.synth;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The instruments by name. Names are lower-case and hyphenated, as used in genre data. */
public final class Instruments {
  private static final TreeMap<String, Supplier<Instrument>> BY_NAME = new TreeMap<>();

  static {
    BY_NAME.put("kick", () -> new Kick(Kick.GENERIC));
    BY_NAME.put("snare", () -> new Snare(Snare.GENERIC));
    BY_NAME.put("clap", Clap::new);
    BY_NAME.put("closed-hat", () -> new HiHat(false, HiHat.TR808));
    BY_NAME.put("open-hat", () -> new HiHat(true, HiHat.TR808));
    // The kits of drumKits in compose/styles.json: each genre family's own drums.
    BY_NAME.put("kick-acoustic", () -> new AcousticKick(AcousticKick.ROCK));
    BY_NAME.put("kick-break", () -> new AcousticKick(AcousticKick.BREAK));
    BY_NAME.put("kick-808", () -> new Kick(Kick.TR808));
    BY_NAME.put("kick-909", () -> new Kick(Kick.TR909));
    BY_NAME.put("snare-acoustic", () -> new Snare(Snare.ACOUSTIC));
    BY_NAME.put("snare-break", () -> new Snare(Snare.BREAK));
    BY_NAME.put("snare-909", () -> new Snare(Snare.TR909));
    BY_NAME.put("snare-brush", BrushSnare::new);
    BY_NAME.put("closed-hat-acoustic", () -> new HiHat(false, HiHat.ACOUSTIC));
    BY_NAME.put("open-hat-acoustic", () -> new HiHat(true, HiHat.ACOUSTIC));
    BY_NAME.put("closed-hat-909", () -> new HiHat(false, HiHat.TR909));
    BY_NAME.put("open-hat-909", () -> new HiHat(true, HiHat.TR909));
    BY_NAME.put("kick-chip", ChipDrum.KICK::instrument);
    BY_NAME.put("snare-chip", ChipDrum.SNARE::instrument);
    BY_NAME.put("closed-hat-chip", ChipDrum.CLOSED_HAT::instrument);
    BY_NAME.put("open-hat-chip", ChipDrum.OPEN_HAT::instrument);
    BY_NAME.put("tom", Tom::new);
    BY_NAME.put("crash", () -> new Cymbal(false));
    BY_NAME.put("ride", () -> new Cymbal(true));
    BY_NAME.put("shaker", Shaker::new);
    BY_NAME.put("cowbell", Cowbell::new);
    BY_NAME.put("rim", Rim::new);
    BY_NAME.put("sub-bass", SubBass::new);
    BY_NAME.put("reese-bass", ReeseBass::new);
    BY_NAME.put("acid-bass", AcidBass::new);
    BY_NAME.put("808", Bass808::new);
    BY_NAME.put("pluck-bass", PluckBass::new);
    BY_NAME.put("supersaw", Supersaw::new);
    BY_NAME.put("pad", Pad::new);
    BY_NAME.put("lead", Lead::new);
    BY_NAME.put("pluck", Pluck::new);
    BY_NAME.put("electric-piano", ElectricPiano::new);
    BY_NAME.put("piano", Piano::new);
    BY_NAME.put("organ", Organ::new);
    BY_NAME.put("strings", Strings::new);
    BY_NAME.put("brass", Brass::new);
    BY_NAME.put("choir", Choir::new);
    BY_NAME.put("acoustic-guitar", () -> new PluckedStrings(PluckedStrings.ACOUSTIC));
    BY_NAME.put("nylon-guitar", () -> new PluckedStrings(PluckedStrings.NYLON));
    BY_NAME.put("electric-guitar", () -> new PluckedStrings(PluckedStrings.CLEAN));
    BY_NAME.put("crunch-guitar", () -> new PluckedStrings(PluckedStrings.CRUNCH));
    BY_NAME.put("distorted-guitar", () -> new PluckedStrings(PluckedStrings.HIGH_GAIN));
    BY_NAME.put("lead-guitar", () -> new PluckedStrings(PluckedStrings.LEAD));
    BY_NAME.put("upright-bass", () -> new PluckedStrings(PluckedStrings.UPRIGHT_BASS));
    BY_NAME.put("electric-bass", () -> new PluckedStrings(PluckedStrings.FINGERED_BASS));
    BY_NAME.put("saxophone", () -> new Wind(Wind.SAXOPHONE));
    BY_NAME.put("trumpet", () -> new Wind(Wind.TRUMPET));
    BY_NAME.put("flute", () -> new Wind(Wind.FLUTE));
    BY_NAME.put("voice-ooh", () -> new Wind(Wind.OOH));
    BY_NAME.put("voice-aah", () -> new Wind(Wind.AAH));
    BY_NAME.put("chip-pulse", ChipVoice.PULSE::instrument);
    BY_NAME.put("chip-pulse-thin", ChipVoice.THIN_PULSE::instrument);
    BY_NAME.put("chip-triangle", ChipVoice.TRIANGLE::instrument);
    BY_NAME.put("riser", () -> new Riser(true));
    BY_NAME.put("downlifter", () -> new Riser(false));
    BY_NAME.put("impact", Impact::new);
    BY_NAME.put("vinyl-crackle", VinylCrackle::new);
  }

  private Instruments() {}

  /** All instrument names in alphabetical order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  public static boolean exists(String name) {
    return BY_NAME.containsKey(name);
  }

  /**
   * A new instrument by name.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Instrument create(String name) {
    Supplier<Instrument> maker = BY_NAME.get(name);
    if (maker == null) {
      throw new IllegalArgumentException(
          "unknown instrument '" + name + "' (known: " + String.join(", ", names()) + ")");
    }
    return maker.get();
  }

  /** An organ with its own registration: nine drawbar positions 0..8 from 16' to 1'. */
  public static Instrument organ(int[] drawbars) {
    return new Organ(drawbars);
  }
}
