package dev.cadenza.analyze.loudness;

import static dev.cadenza.analyze.loudness.Signals.copies;
import static dev.cadenza.analyze.loudness.Signals.seg;
import static dev.cadenza.analyze.loudness.Signals.toneSequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loudness-range test signals of EBU Tech 3342 (2023), Table 1, cases 1-4: stereo 1 kHz tone
 * segments of 20 s each, expected LRA ±1 LU. Cases 5 and 6 are the EBU's recorded programme files
 * and are not synthesised here.
 */
class Tech3342Test {

  static Stream<Arguments> cases() {
    return Stream.of(48_000, 44_100)
        .flatMap(
            rate ->
                Stream.of(
                    Arguments.of("case 1: -20 then -30 dBFS", rate, new double[] {-20, -30}, 10.0),
                    Arguments.of("case 2: -20 then -15 dBFS", rate, new double[] {-20, -15}, 5.0),
                    Arguments.of("case 3: -40 then -20 dBFS", rate, new double[] {-40, -20}, 20.0),
                    Arguments.of(
                        "case 4: -50, -35, -20, -35, -50 dBFS",
                        rate,
                        new double[] {-50, -35, -20, -35, -50},
                        15.0)));
  }

  @ParameterizedTest(name = "{0} at {1} Hz")
  @MethodSource("cases")
  void loudnessRangeOfToneSegments(String name, int rate, double[] levels, double expected) {
    double[][] segments = new double[levels.length][];
    for (int i = 0; i < levels.length; i++) {
      segments[i] = seg(20, levels[i]);
    }
    float[][] audio = copies(toneSequence(rate, 1000, segments), 2);
    assertThat(Signals.analyze(audio, rate, false).loudnessRangeLu())
        .isCloseTo(expected, within(1.0));
  }
}
