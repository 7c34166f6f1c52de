package dev.cadenza.analyze.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.dsp.Audio;
import dev.cadenza.spec.Spectral;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SpectralFeaturesTest {

  /** Feeds planar samples in blocks of an awkward size and finishes. */
  static SpectralFeatures analyse(float[][] samples, int rate) {
    SpectralFeatures features = new SpectralFeatures(rate, samples.length, false);
    var source = Audio.source(samples, rate, 3000);
    AudioBlock block = new AudioBlock(samples.length, 4096);
    try {
      while (source.read(block) > 0) {
        features.accept(block);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    features.finish();
    return features;
  }

  /** Sum of sines of equal amplitude at the given frequencies, random phases (seeded). */
  static float[] sines(int rate, int frames, double[] frequencies, double[] amplitudes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] out = new float[frames];
    for (int s = 0; s < frequencies.length; s++) {
      double phase = 2 * Math.PI * random.nextDouble();
      double w = 2 * Math.PI * frequencies[s] / rate;
      for (int i = 0; i < frames; i++) {
        out[i] += (float) (amplitudes[s] * StrictMath.sin(w * i + phase));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} Hz at {1} Hz")
  @CsvSource({"440, 44100", "1000, 44100", "3000, 48000", "8000, 48000", "150, 22050"})
  void centroidOfASineIsItsFrequency(double frequency, int rate) {
    float[][] sine = Audio.sine(1, rate * 3, rate, frequency, 0.5, 0.3);
    Spectral spectral = analyse(sine, rate).track();
    assertThat(spectral.centroidHz()).isCloseTo(frequency, within(frequency * 0.005 + 1));
    // All the power sits in the one band that holds the frequency: a 0.5 sine's mean square is
    // 0.125, -9.03 dB.
    Spectral.Band band = bandHolding(spectral.bands(), frequency);
    assertThat(band.share()).isGreaterThan(0.999);
    assertThat(band.energyDb()).isCloseTo(10 * Math.log10(0.125), within(0.05));
  }

  static Spectral.Band bandHolding(Spectral.Bands bands, double frequency) {
    for (Spectral.Band band :
        new Spectral.Band[] {
          bands.sub(), bands.bass(), bands.lowMid(), bands.mid(), bands.high()
        }) {
      if (frequency >= band.lowHz() && frequency < band.highHz()) {
        return band;
      }
    }
    throw new AssertionError("no band holds " + frequency);
  }

  @ParameterizedTest(name = "seed {0} at {1} Hz")
  @CsvSource({"1, 44100", "2, 48000", "3, 32000"})
  void whiteNoiseHasItsCentroidAtAQuarterOfTheRateAndRollsOffAt85Percent(long seed, int rate) {
    float[][] noise = Audio.noise(1, rate * 5, 0.5, seed);
    Spectral spectral = analyse(noise, rate).track();
    assertThat(spectral.centroidHz())
        .as("seed %d", seed)
        .isCloseTo(rate / 4.0, within(rate * 0.005));
    assertThat(spectral.rolloffHz())
        .as("seed %d", seed)
        .isCloseTo(0.85 * rate / 2, within(rate * 0.005));
  }

  static Stream<Arguments> bandLimited() {
    // Components spread over a band, equal amplitudes: (low Hz, high Hz, expected band). They keep
    // two bins (21.5 Hz) from the edges: a Hann-windowed tone leaks that far.
    return Stream.of(
        Arguments.of(25.0, 38.0, "sub"),
        Arguments.of(70.0, 230.0, "bass"),
        Arguments.of(270.0, 480.0, "lowMid"),
        Arguments.of(600.0, 3800.0, "mid"),
        Arguments.of(4500.0, 15000.0, "high"));
  }

  @ParameterizedTest(name = "{0}-{1} Hz in {2}")
  @MethodSource("bandLimited")
  void bandLimitedNoiseLandsInItsBand(double low, double high, String name) {
    int rate = 44100;
    int count = 40;
    double[] frequencies = new double[count];
    double[] amplitudes = new double[count];
    for (int s = 0; s < count; s++) {
      frequencies[s] = low + (high - low) * s / (count - 1);
      amplitudes[s] = 0.02;
    }
    float[] x = sines(rate, rate * 4, frequencies, amplitudes, 7);
    Spectral spectral = analyse(new float[][] {x}, rate).track();
    Spectral.Band band =
        switch (name) {
          case "sub" -> spectral.bands().sub();
          case "bass" -> spectral.bands().bass();
          case "lowMid" -> spectral.bands().lowMid();
          case "mid" -> spectral.bands().mid();
          default -> spectral.bands().high();
        };
    assertThat(band.share()).isGreaterThan(0.98);
    // Mean square of independent sines: the sum of a²/2.
    double expected = 10 * Math.log10(count * 0.02 * 0.02 / 2);
    assertThat(band.energyDb()).isCloseTo(expected, within(0.3));
  }

  @Test
  void twoBandsShareThePowerByTheirComponents() {
    int rate = 48000;
    // Bass 100 Hz at amplitude 0.3 and mid 2 kHz at 0.1: power 9 : 1.
    float[] x = sines(rate, rate * 3, new double[] {100, 2000}, new double[] {0.3, 0.1}, 3);
    Spectral spectral = analyse(new float[][] {x}, rate).track();
    assertThat(spectral.bands().bass().share()).isCloseTo(0.9, within(0.005));
    assertThat(spectral.bands().mid().share()).isCloseTo(0.1, within(0.005));
    assertThat(spectral.centroidHz()).isCloseTo(0.9 * 100 + 0.1 * 2000, within(3.0));
  }

  @ParameterizedTest(name = "{0} of power at 1 kHz: rolloff near {1} Hz")
  @CsvSource({"0.9, 1000", "0.8, 6000", "0.5, 6000"})
  void rolloffOfTwoTonesIsAtTheToneThatCrosses85Percent(double lowShare, double expected) {
    int rate = 44100;
    double a = Math.sqrt(2 * lowShare * 0.1);
    double b = Math.sqrt(2 * (1 - lowShare) * 0.1);
    float[] x = sines(rate, rate * 3, new double[] {1000, 6000}, new double[] {a, b}, 11);
    Spectral spectral = analyse(new float[][] {x}, rate).track();
    // A Hann-windowed tone spreads over its bin and the two next to it (10.8 Hz each).
    assertThat(spectral.rolloffHz()).isCloseTo(expected, within(25.0));
  }

  @Test
  void stereoCorrelationAndWidthOfIdenticalInvertedAndIndependentChannels() {
    int rate = 44100;
    float[][] noise = Audio.noise(2, rate * 4, 0.5, 42);
    float[] left = noise[0];
    float[] inverted = new float[left.length];
    for (int i = 0; i < left.length; i++) {
      inverted[i] = -left[i];
    }
    Spectral same = analyse(new float[][] {left, left.clone()}, rate).track();
    assertThat(same.correlation()).isEqualTo(1.0);
    assertThat(same.stereoWidth()).isEqualTo(0.0);
    Spectral opposite = analyse(new float[][] {left, inverted}, rate).track();
    assertThat(opposite.correlation()).isEqualTo(-1.0);
    assertThat(opposite.stereoWidth()).isEqualTo(1.0);
    // The mono downmix of inverted channels is silence: no spectrum to describe.
    assertThat(opposite.centroidHz()).isNull();
    Spectral independent = analyse(noise, rate).track();
    // Sample correlation of n independent samples has a standard deviation of 1/sqrt(n): 0.0024.
    assertThat(independent.correlation()).isCloseTo(0.0, within(0.01));
    assertThat(independent.stereoWidth()).isCloseTo(0.5, within(0.01));
    Spectral mono = analyse(new float[][] {left}, rate).track();
    assertThat(mono.correlation()).isNull();
    assertThat(mono.stereoWidth()).isNull();
  }

  @Test
  void aRangeDescribesOnlyItsOwnColumns() {
    int rate = 44100;
    // 6 s of 300 Hz then 6 s of 3 kHz.
    float[][] first = Audio.sine(1, rate * 6, rate, 300, 0.5, 0);
    float[][] second = Audio.sine(1, rate * 6, rate, 3000, 0.5, 0);
    float[] x = new float[rate * 12];
    System.arraycopy(first[0], 0, x, 0, rate * 6);
    System.arraycopy(second[0], 0, x, rate * 6, rate * 6);
    SpectralFeatures features = analyse(new float[][] {x}, rate);
    int split = (int) Math.round(6 / features.coarseSeconds());
    // Leave out the column that straddles the change.
    Spectral before = features.range(0, split - 1);
    Spectral after = features.range(split + 1, features.coarse().columns());
    assertThat(before.centroidHz()).isCloseTo(300, within(3.0));
    assertThat(after.centroidHz()).isCloseTo(3000, within(15.0));
    // Sixth-octave resolution for the rolloff of a range: within a band of the tone.
    assertThat(before.rolloffHz()).isBetween(300 / 1.13, 300 * 1.13);
    assertThat(after.rolloffHz()).isBetween(3000 / 1.13, 3000 * 1.13);
  }

  @Test
  void silenceHasNoSpectrum() {
    Spectral spectral = analyse(new float[2][44100], 44100).track();
    assertThat(spectral.centroidHz()).isNull();
    assertThat(spectral.rolloffHz()).isNull();
    assertThat(spectral.bands().bass().energyDb()).isNull();
    assertThat(spectral.correlation()).isNull();
  }
}
