package dev.cadenza.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void numbersKeepWhatMatters() {
    assertThat(Values.number(0)).isEqualTo("0");
    assertThat(Values.number(-14.046205843827275)).isEqualTo("-14.05");
    assertThat(Values.number(132.0661)).isEqualTo("132.1");
    assertThat(Values.number(3.463529178538336e-05)).isEqualTo("3.5e-05");
    assertThat(Values.number(Double.NaN)).isEqualTo("–");
  }

  @Test
  void listsAndMapsAreJoined() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kick", "drums");
    map.put("synth", "chords");
    assertThat(Values.show(List.of(1, 2.5))).isEqualTo("1, 2.50");
    assertThat(Values.show(map)).isEqualTo("kick: drums, synth: chords");
    assertThat(Values.show((Object) null)).isEqualTo("–");
    assertThat(Values.show("A minor")).isEqualTo("A minor");
  }
}
