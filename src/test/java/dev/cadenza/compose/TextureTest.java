package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.spec.TrackSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A named texture plays under the whole track, a bar at a time; unnamed, there is none. */
class TextureTest {
  private static final Composer COMPOSER = Composer.standard();

  private static TrackSpec house(Map<String, Object> fields) {
    TrackSpec spec =
        Specs.of("house", 120, "A", "minor", "4/4", 16, 0, List.of("intro", "verse"), List.of(), 3);
    return DevelopmentTest.with(spec, fields);
  }

  /** A house track that names the crackle, as parse gives it. */
  private static Arrangement withCrackle() {
    return COMPOSER.compose(
        house(
            Map.of(
                "instruments", List.of("vinyl crackle"),
                "instrumentRoles", Map.of("vinyl crackle", "texture"))),
        3);
  }

  private static Part texture(Arrangement a) {
    return a.parts().stream().filter(p -> p.name().equals("texture")).findFirst().orElseThrow();
  }

  @Test
  void askedCrackleCoversEveryBarOnce() {
    Arrangement a = withCrackle();
    Part texture = texture(a);
    double bar = 4 * 60.0 / 120;
    assertThat(texture.notes()).hasSize(16);
    for (int i = 0; i < 16; i++) {
      assertThat(texture.notes().get(i).event().startSeconds()).isCloseTo(i * bar, within(1e-9));
      assertThat(texture.notes().get(i).instrument()).isEqualTo("vinyl-crackle");
    }
    assertThat(texture.notes().get(15).event().durationSeconds()).isGreaterThanOrEqualTo(bar);
    assertThat(a.warnings()).noneMatch(w -> w.startsWith("vinyl crackle"));
  }

  @Test
  void theIntroCarriesItLouderThanTheVerse() {
    Part texture = texture(withCrackle());
    assertThat(texture.notes().get(0).event().velocity())
        .isGreaterThan(texture.notes().get(10).event().velocity());
  }

  @Test
  void aVinylSoundIsTheRecordsCrackle() {
    Arrangement a =
        COMPOSER.compose(house(Map.of("productionHints", List.of("vinyl", "glitchy"))), 3);
    assertThat(a.parts())
        .anyMatch(
            p ->
                p.name().equals("texture")
                    && p.notes().stream().allMatch(n -> n.instrument().equals("vinyl-crackle")));
    assertThat(a.warnings())
        .noneMatch(w -> w.contains("\"vinyl\""))
        .anyMatch(w -> w.startsWith("production hint \"glitchy\": not rendered"));
  }

  @Test
  void noTextureUnlessAsked() {
    Arrangement a = COMPOSER.compose(house(Map.of()), 3);
    assertThat(a.parts()).noneMatch(p -> p.name().equals("texture"));
  }
}
