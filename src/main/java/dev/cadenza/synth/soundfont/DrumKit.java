package dev.cadenza.synth.soundfont;

import javax.sound.midi.Instrument;
import javax.sound.midi.Patch;

/**
 * The soundfont preset that plays a drum part, each hit on its General MIDI drum note.
 *
 * @param soundfont the file the preset is in
 * @param preset the preset
 * @param percussion whether it is a bank-128 kit, played on the General MIDI drum channel; a kit in
 *     a melodic bank (a kit-only file's) plays on a melodic channel with its own bank and program
 */
public record DrumKit(Soundfont soundfont, Instrument preset, boolean percussion) {
  /** The General MIDI drum channel, 10 (9 counted from 0), where bank-128 kits play. */
  static final int DRUM_CHANNEL = 9;

  /** The General MIDI Level 2 drum set program (0-based) of a bank-128 kit; -1 for other kits. */
  public int program() {
    return percussion ? preset.getPatch().getProgram() : -1;
  }

  /** "bank:program (name)" as the file has it, e.g. "128:40 (Brush)". */
  public String describe() {
    Patch p = preset.getPatch();
    int bank = percussion ? 128 : p.getBank() >> 7;
    return bank + ":" + p.getProgram() + " (" + preset.getName().trim() + ")";
  }
}
