package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Specs;
import dev.cadenza.spec.TrackSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Listens to rendered tracks with estimators written here and compares them with the spec. */
class GeneratedAudioTest {
  private static final int RATE = 44100;
  private static final String[] NAMES = {
    "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"
  };

  private static Generator.Result render(TrackSpec spec, long seed) throws Exception {
    Arrangement a = Composer.standard().compose(spec, seed);
    return Generator.render(a, null, new Generator.Options(RATE, WavEncoding.PCM_24, 2), true);
  }

  /**
   * The last column says how the key is checked: exact; relative (the relative major or minor is
   * accepted too, as MIREX key scoring gives it partial credit: minor seventh chords contain the
   * relative major triad); or none (the trap loop here is i–iv–VI–V, which gives the subdominant as
   * much time as the tonic, and a profile-correlation key finder then hears the subdominant's key).
   */
  @ParameterizedTest(name = "{0} {1} bpm {2} {3}, seed {5}")
  @CsvSource({
    "house, 124, A, minor, 9, 1, exact",
    "drum and bass, 174, F, minor, 5, 2, exact",
    "lofi hip hop, 80, C, major, 0, 3, exact",
    "trap, 140, G, minor, 7, 4, none",
    "pop, 118, D, major, 2, 5, exact",
    "techno, 130, E, minor, 4, 6, exact",
    "hip hop, 90, Bb, minor, 10, 7, relative",
  })
  void drumsHitTheBeatsAndTheMixHasTheSpecsTempoAndKey(
      String genre, double bpm, String tonic, String mode, int tonicPc, long seed, String keyCheck)
      throws Exception {
    TrackSpec spec =
        Specs.of(
            genre, bpm, tonic, mode, "4/4", 16, 0, List.of("verse", "chorus"), List.of(), seed);
    Generator.Result r = render(spec, seed);
    int drums = r.manifest().stems().stream().map(s -> s.name()).toList().indexOf("drums");
    assertThat(drums).as("seed %d", seed).isNotNegative();

    List<Double> onsets = Listen.onsets(Listen.mono(r.stems().get(drums)), RATE);
    double beat = 60 / bpm;
    // The crash on each section's first downbeat (bars 0 and 8) rings for two bars; its noise
    // hides a closed hat from an energy detector, so beats under it are not checked.
    for (int i = 0; i < 15 * 4; i++) {
      int bar = i / 4;
      if (bar % 8 < 2) {
        continue;
      }
      double t = i * beat;
      assertThat(onsets)
          .as("seed %d: a drum onset within 10 ms of beat %d at %.3f s", seed, i, t)
          .anySatisfy(o -> assertThat(Math.abs(o - t)).isLessThanOrEqualTo(0.010));
    }

    float[] mix = Listen.sum(r.stems());
    double tempo = Listen.tempo(mix, RATE);
    // MIREX "accuracy 2" (Gouyon et al. 2006): within 4 % of the tempo or of its double, half,
    // triple or third, the usual allowance for an estimator that cannot know the metrical level.
    assertThat(List.of(1.0, 2.0, 0.5, 3.0, 1.0 / 3))
        .as("seed %d: tempo of the mix %.1f", seed, tempo)
        .anySatisfy(f -> assertThat(Math.abs(tempo / (bpm * f) - 1)).isLessThan(0.04));

    if (keyCheck.equals("none")) {
      return;
    }
    int[] key = Listen.key(mix, RATE);
    String found = NAMES[key[0]] + (key[1] == 1 ? " minor" : " major");
    boolean minor = mode.equals("minor");
    int relative = Math.floorMod(tonicPc + (minor ? 3 : -3), 12);
    String relativeKey = NAMES[relative] + (minor ? " major" : " minor");
    String expected = NAMES[tonicPc] + " " + mode;
    if (keyCheck.equals("relative")) {
      assertThat(found).as("seed %d: key of the mix", seed).isIn(expected, relativeKey);
    } else {
      assertThat(found).as("seed %d: key of the mix", seed).isEqualTo(expected);
    }
  }
}
