package dev.cadenza.synth.soundfont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.BadInputException;
import dev.cadenza.CadenzaException;
import dev.cadenza.ExitCodes;
import dev.cadenza.MissingInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundfontTest {
  @TempDir Path dir;

  @Test
  void opensTheSineSoundfontAndFindsItsPreset() throws Exception {
    Soundfont s = Soundfont.open(SineSoundfont.write(dir.resolve("sine.sf2")), "sine.sf2");
    assertThat(s.file()).isEqualTo("sine.sf2");
    assertThat(s.preset(SineSoundfont.PROGRAM).getName().trim()).isEqualTo("Sine");
    assertThat(s.substitutes(List.of(SineSoundfont.PROGRAM))).isEmpty();
    // A program the file lacks is played by its first melodic preset, and said so.
    assertThat(s.preset(38)).isSameAs(s.preset(SineSoundfont.PROGRAM));
    assertThat(s.substitutes(List.of(0, 38, 81)))
        .containsExactly(
            "no General MIDI program 38 in bank 0; playing it with preset 0:0 (Sine)",
            "no General MIDI program 81 in bank 0; playing it with preset 0:0 (Sine)");
  }

  @Test
  void drumKitsAreTheBank128PresetsByProgram() throws Exception {
    Path file =
        SineSoundfont.write(
            dir.resolve("kits.sf2"),
            SineSoundfont.SINE,
            new SineSoundfont.Preset("Power", 128, 16),
            new SineSoundfont.Preset("Standard", 128, 0));
    Soundfont s = Soundfont.open(file, "kits.sf2");
    DrumKit power = s.drumKit(16);
    assertThat(power.percussion()).isTrue();
    assertThat(power.program()).isEqualTo(16);
    assertThat(power.describe()).isEqualTo("128:16 (Power)");
    // A kit the file lacks: its lowest-numbered kit, Standard.
    assertThat(s.drumKit(40).describe()).isEqualTo("128:0 (Standard)");
    // The melodic presets are not kits, nor the kits melodic presets.
    assertThat(s.preset(16).getName().trim()).isEqualTo("Sine");
    Soundfont noKits = Soundfont.open(SineSoundfont.write(dir.resolve("sine.sf2")), "sine.sf2");
    assertThat(noKits.drumKit(0)).isNull();
  }

  @Test
  void aDrumKitSoundfontGivesTheKitsOrItsFirstPreset() throws Exception {
    Soundfont melodic = Soundfont.open(SineSoundfont.write(dir.resolve("sine.sf2")), "sine.sf2");
    Path kitsOnly =
        SineSoundfont.write(dir.resolve("brush.sf2"), new SineSoundfont.Preset("Brush", 128, 40));
    // A file of bank-128 kits alone has no melodic presets to play the other parts...
    assertThatThrownBy(() -> Soundfont.open(kitsOnly, "brush.sf2"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("brush.sf2: has no melodic presets");
    // ...but is a drum-kit soundfont.
    Soundfont withBrush = melodic.withDrumsFrom(Soundfont.openKits(kitsOnly, "brush.sf2"));
    assertThat(withBrush.drumKit(40).describe()).isEqualTo("128:40 (Brush)");
    assertThat(withBrush.drumKit(40).soundfont().file()).isEqualTo("brush.sf2");
    assertThat(withBrush.preset(0).getName().trim()).isEqualTo("Sine");
    // A kit-only file without bank 128 (avldrums' layout): its first preset, on a melodic bank.
    Path bank0 = SineSoundfont.write(dir.resolve("kit.sf2"), new SineSoundfont.Preset("Kit", 0, 3));
    DrumKit kit = melodic.withDrumsFrom(Soundfont.openKits(bank0, "kit.sf2")).drumKit(40);
    assertThat(kit.percussion()).isFalse();
    assertThat(kit.describe()).isEqualTo("0:3 (Kit)");
    assertThatThrownBy(
            () -> Soundfont.openKits(Files.writeString(dir.resolve("x.sf2"), "x"), "x.sf2"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("x.sf2: not a SoundFont 2 file");
  }

  @Test
  void aMissingFileOrAFolderIsMissingInput() {
    assertThatThrownBy(() -> Soundfont.open(dir.resolve("none.sf2"), "none.sf2"))
        .isInstanceOf(MissingInputException.class)
        .hasMessageStartingWith("none.sf2: no such file");
    assertThatThrownBy(() -> Soundfont.open(dir, "dir"))
        .isInstanceOf(MissingInputException.class)
        .hasMessageStartingWith("dir: is a folder");
  }

  @Test
  void whatIsNotASoundfontIsBadInput() throws Exception {
    byte[] good = SineSoundfont.bytes();
    byte[] wave = Arrays.copyOf(good, good.length);
    wave[8] = 'W';
    wave[9] = 'A';
    wave[10] = 'V';
    wave[11] = 'E';
    check(wave, "not a SoundFont 2 file (RIFF sfbk header missing)");
    check("hello".getBytes(), "not a SoundFont 2 file (RIFF sfbk header missing)");
    check(new byte[0], "not a SoundFont 2 file (RIFF sfbk header missing)");
    check(
        Arrays.copyOf(good, good.length / 2),
        "truncated SoundFont 2 file (" + good.length + " bytes declared, " + good.length / 2);
    // A whole RIFF file whose chunks are not a soundfont's.
    byte[] hollow = Arrays.copyOf(good, 12);
    hollow[4] = 4;
    hollow[5] = 0;
    hollow[6] = 0;
    hollow[7] = 0;
    check(hollow, "");
  }

  private void check(byte[] bytes, String problemStart) throws Exception {
    Path file = Files.write(dir.resolve("bad.sf2"), bytes);
    assertThatThrownBy(() -> Soundfont.open(file, "bad.sf2"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("bad.sf2: " + problemStart)
        .satisfies(e -> assertThat(((CadenzaException) e).exitCode()).isEqualTo(65))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(ExitCodes.BAD_INPUT).isEqualTo(65);
  }
}
