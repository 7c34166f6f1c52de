package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The measured response of the cookbook filters against the cookbook's analog prototypes. The
 * bilinear transform maps digital frequency f to analog {@code tan(pi f / fs)}, prewarped so f0
 * lands on the prototype's normalised 1 rad/s, hence {@code W = tan(pi f / fs) / tan(pi f0 / fs)}.
 * A steady sine is run through the filter and its output amplitude read by correlation.
 */
class EqualizerTest {

  @ParameterizedTest(name = "{0} f0={1} Q={2} gain={3} fs={4}")
  @CsvSource({
    "lowpass, 1000, 0.7071, 0, 44100",
    "lowpass, 5000, 2, 0, 48000",
    "highpass, 80, 0.7071, 0, 44100",
    "highpass, 3000, 0.5, 0, 48000",
    "peaking, 1000, 1, 6, 44100",
    "peaking, 250, 4, -9, 48000",
    "peaking, 12000, 0.7, 3, 44100",
    "lowshelf, 120, 0.7071, 4, 44100",
    "lowshelf, 400, 1, -6, 48000",
    "highshelf, 8000, 0.7071, 3, 48000",
    "highshelf, 3000, 0.5, -5, 44100",
  })
  void responseMatchesTheAnalogPrototypeAtWarpedFrequencies(
      String type, double f0, double q, double gainDb, int rate) {
    Biquad design =
        switch (type) {
          case "lowpass" -> Rbj.lowPass(f0, q, rate);
          case "highpass" -> Rbj.highPass(f0, q, rate);
          case "peaking" -> Rbj.peaking(f0, q, gainDb, rate);
          case "lowshelf" -> Rbj.lowShelf(f0, q, gainDb, rate);
          case "highshelf" -> Rbj.highShelf(f0, q, gainDb, rate);
          default -> throw new IllegalArgumentException(type);
        };
    double a = StrictMath.pow(10, gainDb / 40);
    for (double f :
        new double[] {31, 100, f0 / 2, f0 * 0.9, f0, f0 * 1.1, f0 * 2, 10_000, 18_000}) {
      if (f >= rate / 2.0 - 1000) {
        continue;
      }
      double w =
          StrictMath.tan(StrictMath.PI * f / rate) / StrictMath.tan(StrictMath.PI * f0 / rate);
      double expected = analogMagnitude(type, w, q, a);
      double measured = measure(design, f, rate);
      assertThat(20 * StrictMath.log10(measured))
          .as("%s at %s Hz", type, f)
          .isCloseTo(20 * StrictMath.log10(expected), within(0.01));
    }
  }

  /** |H(jW)| of the cookbook prototypes, written out by real and imaginary parts. */
  private static double analogMagnitude(String type, double w, double q, double a) {
    double w2 = w * w;
    double sa = StrictMath.sqrt(a);
    return switch (type) {
      case "lowpass" -> 1 / StrictMath.hypot(1 - w2, w / q);
      case "highpass" -> w2 / StrictMath.hypot(1 - w2, w / q);
      case "peaking" -> StrictMath.hypot(1 - w2, w * a / q) / StrictMath.hypot(1 - w2, w / (a * q));
      case "lowshelf" ->
          a * StrictMath.hypot(a - w2, w * sa / q) / StrictMath.hypot(1 - a * w2, w * sa / q);
      case "highshelf" ->
          a * StrictMath.hypot(1 - a * w2, w * sa / q) / StrictMath.hypot(a - w2, w * sa / q);
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** Output amplitude for a unit sine at f after the transient has died away. */
  private static double measure(Biquad design, double f, int rate) {
    int settle = rate; // 1 s: the slowest pole here decays far below 1e-6 in that time
    float[][] in = Audio.sine(1, settle + rate / 2, rate, f, 0.5, 0);
    Audio.processInPlace(new Equalizer(List.of(design), 1), in);
    return Audio.amplitude(in[0], settle, rate / 2, f, rate) / 0.5;
  }
}
