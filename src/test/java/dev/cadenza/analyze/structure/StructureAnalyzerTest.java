package dev.cadenza.analyze.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.analyze.spectral.SpectralFeatures;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.dsp.Audio;
import dev.cadenza.spec.SongSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StructureAnalyzerTest {

  /** Two kinds of passage a test piece is built from. */
  enum Part {
    /** C, F, G, C major triads, 2 s each, in a mellow timbre: partials falling as 1/k^1.5. */
    A(new int[][] {{60, 64, 67}, {65, 69, 72}, {67, 71, 74}, {60, 64, 67}}, 20, 1.5, 0.0),
    /** A minor, E minor, D minor, E major an octave lower in a bright, buzzy timbre with hiss. */
    B(new int[][] {{45, 48, 52}, {40, 43, 47}, {38, 41, 45}, {40, 44, 47}}, 40, 0.7, 0.03),
    /** Sustained high fifths with a tremolo, no bass. */
    C(new int[][] {{79, 86}, {77, 84}, {79, 86}, {81, 88}}, 3, 1.0, 0.0);

    final int[][] chords;
    final int partials;
    final double rolloff;
    final double hiss;

    Part(int[][] chords, int partials, double rolloff, double hiss) {
      this.chords = chords;
      this.partials = partials;
      this.rolloff = rolloff;
      this.hiss = hiss;
    }
  }

  /**
   * Renders the parts one after another, each {@code seconds} long (its four chords in equal
   * shares), with a note attack every half second so the passages have a pulse.
   */
  static float[][] render(List<Part> parts, double seconds, int rate, long seed) {
    int perPart = (int) Math.round(seconds * rate);
    float[][] out = new float[2][perPart * parts.size()];
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      int perChord = perPart / part.chords.length;
      double[] envelope = new double[perChord];
      for (int i = 0; i < perChord; i++) {
        envelope[i] = 0.6 + 0.4 * Math.exp(-6 * ((double) i / rate % 0.5));
      }
      for (int c = 0; c < part.chords.length; c++) {
        int offset = p * perPart + c * perChord;
        for (int midi : part.chords[c]) {
          double f0 = 440 * Math.pow(2, (midi - 69) / 12.0);
          for (int k = 1; k <= part.partials && k * f0 < rate * 0.45; k++) {
            double amplitude = 0.06 / Math.pow(k, part.rolloff);
            double w = 2 * Math.PI * k * f0 / rate;
            double phase = 2 * Math.PI * random.nextDouble();
            // A rotating phasor: exact to float precision over a chord, far cheaper than sin().
            double re = StrictMath.cos(phase);
            double im = StrictMath.sin(phase);
            double cw = StrictMath.cos(w);
            double sw = StrictMath.sin(w);
            for (int i = 0; i < perChord; i++) {
              float v = (float) (amplitude * envelope[i] * im);
              double next = re * cw - im * sw;
              im = re * sw + im * cw;
              re = next;
              out[0][offset + i] += v;
              out[1][offset + i] += v;
            }
          }
        }
        for (int i = 0; i < perChord && part.hiss > 0; i++) {
          out[0][offset + i] += (float) (part.hiss * (2 * random.nextDouble() - 1));
          out[1][offset + i] += (float) (part.hiss * (2 * random.nextDouble() - 1));
        }
      }
    }
    return out;
  }

  static List<SongSection> sections(float[][] samples, int rate, List<Double> downbeats) {
    SpectralFeatures features = new SpectralFeatures(rate, samples.length, false);
    var source = Audio.source(samples, rate, 8192);
    AudioBlock block = new AudioBlock(samples.length, 8192);
    try {
      while (source.read(block) > 0) {
        features.accept(block);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    features.finish();
    return StructureAnalyzer.analyze(features, downbeats, null, (double) samples[0].length / rate);
  }

  static Stream<Arguments> pieces() {
    return Stream.of(
        Arguments.of(List.of(Part.A, Part.B, Part.A), 8.0, 44100, List.of("A", "B", "A")),
        Arguments.of(List.of(Part.A, Part.B, Part.A), 8.0, 48000, List.of("A", "B", "A")),
        Arguments.of(List.of(Part.B, Part.A, Part.B), 8.0, 44100, List.of("A", "B", "A")),
        Arguments.of(List.of(Part.A, Part.C, Part.A), 8.0, 44100, List.of("A", "B", "A")));
  }

  @ParameterizedTest(name = "{0}, {1} s each at {2} Hz")
  @MethodSource("pieces")
  void boundariesFallWhereThePartsChangeAndRepeatsShareALetter(
      List<Part> parts, double seconds, int rate, List<String> labels) {
    long seed = rate + 31L * parts.stream().mapToInt(Part::ordinal).reduce(0, (a, b) -> 3 * a + b);
    List<SongSection> found = sections(render(parts, seconds, rate, seed), rate, List.of());
    // Columns are about 0.5 s long: a boundary lands within one or two of them.
    assertThat(found).as("seed %d: %s", seed, summary(found)).hasSize(parts.size());
    for (int s = 0; s < parts.size(); s++) {
      SongSection section = found.get(s);
      assertThat(section.start())
          .as("start of %d, seed %d: %s", s, seed, summary(found))
          .isCloseTo(s * seconds, within(0.75));
      assertThat(section.label())
          .as("label of %d, seed %d: %s", s, seed, summary(found))
          .isEqualTo(labels.get(s));
    }
    assertThat(found.get(parts.size() - 1).end()).isCloseTo(parts.size() * seconds, within(1e-6));
  }

  static String summary(List<SongSection> sections) {
    StringBuilder text = new StringBuilder();
    for (SongSection s : sections) {
      text.append(s.start())
          .append(' ')
          .append(s.label())
          .append(' ')
          .append(s.similarity())
          .append("; ");
    }
    return text.toString();
  }

  @Test
  void oneRepeatedPassageIsOneSection() {
    int rate = 44100;
    List<SongSection> found =
        sections(render(List.of(Part.A, Part.A, Part.A, Part.A), 6.0, rate, 5), rate, List.of());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).label()).isEqualTo("A");
    assertThat(found.get(0).start()).isZero();
    assertThat(found.get(0).end()).isCloseTo(24.0, within(1e-6));
  }

  @Test
  void boundariesMoveToANearbyDownbeat() {
    int rate = 44100;
    float[][] samples = render(List.of(Part.A, Part.B, Part.A), 8.0, rate, 9);
    // Downbeats every 2 s from 0.3 s: 8.3 and 16.3 are the nearest to the true changes.
    List<Double> downbeats = Stream.iterate(0.3, t -> t < 24, t -> t + 2).toList();
    List<SongSection> found = sections(samples, rate, downbeats);
    assertThat(found).hasSize(3);
    assertThat(found.get(1).start()).isEqualTo(8.3);
    assertThat(found.get(2).start()).isEqualTo(16.3);
  }

  @Test
  void sectionEnergyFollowsTheLevelOfThePassage() {
    int rate = 44100;
    float[][] samples = render(List.of(Part.A, Part.B, Part.A), 8.0, rate, 13);
    // The middle passage 12 dB quieter.
    for (float[] channel : samples) {
      for (int i = 8 * rate; i < 16 * rate; i++) {
        channel[i] *= 0.25f;
      }
    }
    List<SongSection> found = sections(samples, rate, List.of());
    assertThat(found).hasSize(3);
    double first = rmsDb(samples[0], 0, (int) (found.get(0).end() * rate));
    assertThat(found.get(0).energyDb()).isCloseTo(first, within(0.2));
    assertThat(found.get(1).energyDb()).isLessThan(found.get(0).energyDb() - 6);
  }

  static double rmsDb(float[] x, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += (double) x[i] * x[i];
    }
    return 10 * Math.log10(sum / (to - from));
  }

  @Test
  void labelsRunPastTheAlphabet() {
    assertThat(RepetitionLabels.name(0)).isEqualTo("A");
    assertThat(RepetitionLabels.name(25)).isEqualTo("Z");
    assertThat(RepetitionLabels.name(26)).isEqualTo("AA");
    assertThat(RepetitionLabels.name(27)).isEqualTo("AB");
  }
}
