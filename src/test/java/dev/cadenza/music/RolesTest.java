package dev.cadenza.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolesTest {

  private static final Roles ROLES = Roles.standard();

  @ParameterizedTest(name = "{0}: {1} dB, pan {2}, MIDI channel {3}")
  @CsvSource({
    "drums, -3, 0, 9",
    "bass, -4, 0, 1",
    "chords, -8, -0.25, 2",
    "pad, -12, 0, 3",
    "lead, -8, 0.2, 4",
    "fx, -12, 0, 5",
  })
  void eachPartSitsWhereTheMixExpectsIt(String name, double gainDb, double pan, int channel) {
    Roles.Role role = ROLES.role(name);
    assertThat(role.gainDb()).isEqualTo(gainDb);
    assertThat(role.pan()).isEqualTo(pan);
    assertThat(role.midiChannel()).isEqualTo(channel);
  }

  @Test
  void partsAreBuiltInMixOrder() {
    assertThat(ROLES.all())
        .extracting(Roles.Role::name)
        .containsExactly("drums", "bass", "chords", "pad", "lead", "fx", "texture");
  }

  @ParameterizedTest(name = "an instrument of role {0} fills the {1} part")
  @CsvSource({
    "bass, bass",
    "chords, chords",
    "strings, pad",
    "Pad, pad",
    "pluck, lead",
    "brass, lead",
    "woodwind, lead",
    "drums, ",
    "vocal, lead",
    "guitar, chords",
    "texture, texture",
  })
  void instrumentRolesFillParts(String instrumentRole, String part) {
    assertThat(ROLES.filledBy(instrumentRole).map(Roles.Role::name).orElse(null)).isEqualTo(part);
  }

  @Test
  void everyRoleAPartPlaysIsAnInstrumentRole() {
    for (Roles.Role role : ROLES.all()) {
      assertThat(InstrumentTable.standard().roles()).as(role.name()).containsAll(role.plays());
    }
  }

  @Test
  void anUnknownRoleIsAMistakeInTheCode() {
    assertThatThrownBy(() -> ROLES.role("kazoo")).hasMessageContaining("no role kazoo");
  }
}
