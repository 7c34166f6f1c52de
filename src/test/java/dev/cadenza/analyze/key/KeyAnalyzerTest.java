package dev.cadenza.analyze.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.analyze.key.ProgressionRenderer.Timbre;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.spec.KeyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key of rendered chord progressions whose key, tuning and timbre the test chose: every key,
 * every timbre, with and without drums.
 */
class KeyAnalyzerTest {

  /** The 24 keys by tonic pitch class (0 = C), spelled as the analysis must spell them. */
  private static final String[] MAJOR_NAMES = {
    "C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"
  };

  private static final String[] MINOR_NAMES = {
    "C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"
  };

  static Stream<Arguments> allKeys() {
    List<Arguments> cases = new ArrayList<>();
    for (Timbre timbre : Timbre.values()) {
      for (boolean drums : new boolean[] {false, true}) {
        for (int tonic = 0; tonic < 12; tonic++) {
          cases.add(Arguments.of(tonic, "major", timbre, drums));
          cases.add(Arguments.of(tonic, "minor", timbre, drums));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "pitch class {0} {1}, {2}, drums {3}")
  @MethodSource("allKeys")
  void findsTheKeyOfEveryProgression(int tonic, String mode, Timbre timbre, boolean drums) {
    boolean minor = mode.equals("minor");
    long seed = 1000L * tonic + 10L * timbre.ordinal() + (drums ? 1 : 0) + (minor ? 500 : 0);
    float[] audio =
        ProgressionRenderer.render(
            tonic,
            minor ? ProgressionRenderer.MINOR_PIECE : ProgressionRenderer.MAJOR_PIECE,
            timbre,
            0,
            drums,
            seed);

    KeyResult key = KeySamples.analyze(audio, ProgressionRenderer.RATE);

    String expected = (minor ? MINOR_NAMES : MAJOR_NAMES)[tonic] + " " + mode;
    assertThat(key.tonic() + " " + key.mode()).as("seed %d", seed).isEqualTo(expected);
    assertThat(key.confidence()).as("seed %d", seed).isGreaterThan(0.45);
    assertThat(key.modeNote()).as("seed %d", seed).isNull();
    assertThat(key.tuningCents()).as("seed %d", seed).isCloseTo(0, within(3.0));
    assertThat(key.runnerUp().score()).isLessThan(key.score());
  }

  @ParameterizedTest(name = "{0} cents, {1}")
  @CsvSource({
    "30, SINE",
    "30, SAW",
    "30, SQUARE",
    "30, PLUCK",
    "-30, SAW",
    "45, SQUARE",
    "-45, PLUCK",
    "12, SAW"
  })
  void estimatesTheTuningAndStillFindsTheKey(double cents, Timbre timbre) {
    for (int tonic : new int[] {3, 9}) {
      float[] minor =
          ProgressionRenderer.render(
              tonic, ProgressionRenderer.MINOR_PIECE, timbre, cents, true, tonic);
      float[] major =
          ProgressionRenderer.render(
              tonic, ProgressionRenderer.MAJOR_PIECE, timbre, cents, false, tonic);

      KeyResult minorKey = KeySamples.analyze(minor, ProgressionRenderer.RATE);
      KeyResult majorKey = KeySamples.analyze(major, ProgressionRenderer.RATE);

      assertThat(minorKey.tonic() + " " + minorKey.mode()).isEqualTo(MINOR_NAMES[tonic] + " minor");
      assertThat(majorKey.tonic() + " " + majorKey.mode()).isEqualTo(MAJOR_NAMES[tonic] + " major");
      assertThat(minorKey.tuningCents()).isCloseTo(cents, within(3.0));
      assertThat(majorKey.tuningCents()).isCloseTo(cents, within(3.0));
    }
  }

  @ParameterizedTest(name = "{0} Hz, {1} channels")
  @CsvSource({"44100, 2", "48000, 2", "96000, 1", "8000, 1", "11025, 6"})
  void worksAtEveryRateAndChannelCount(int rate, int channels) {
    float[] mono =
        ProgressionRenderer.render(
            rate, 6, ProgressionRenderer.MINOR_PIECE, Timbre.SAW, 20, true, rate);
    float[][] audio = new float[channels][];
    for (int c = 0; c < channels; c++) {
      audio[c] = mono.clone();
      // Different levels per channel, as a mix would have; the downmix must still hold the chords.
      float gain = 1f / (c + 1);
      for (int i = 0; i < mono.length; i++) {
        audio[c][i] *= gain;
      }
    }

    KeyResult key = KeySamples.analyze(audio, rate);

    assertThat(key.tonic() + " " + key.mode()).isEqualTo("F# minor");
    assertThat(key.tuningCents()).isCloseTo(20, within(3.0));
  }

  @Test
  void silenceHasNoKey() {
    KeyResult key = KeySamples.analyze(new float[2][ProgressionRenderer.RATE * 5], 44_100);

    assertThat(key).isEqualTo(KeyResult.undefined(null, null));
  }

  @Test
  void anEmptyStreamHasNoKey() {
    assertThat(KeySamples.analyze(new float[1][0], 44_100).tonic()).isNull();
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3"})
  void whiteNoiseHasNoKey(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] noise = new float[ProgressionRenderer.RATE * 10];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (float) random.nextDouble(-0.5, 0.5);
    }

    KeyResult key = KeySamples.analyze(noise, ProgressionRenderer.RATE);

    assertThat(key.tonic()).as("seed %d", seed).isNull();
    assertThat(key.mode()).isNull();
    assertThat(key.confidence()).isNull();
    assertThat(key.runnerUp()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"SINE", "SAW", "SQUARE", "PLUCK"})
  void tonalityKeepsMarginsOnBothSidesOfTheThreshold(Timbre timbre) {
    float[] music =
        ProgressionRenderer.render(2, ProgressionRenderer.MAJOR_PIECE, timbre, 0, true, 7);
    SplittableRandom random = new SplittableRandom(7);
    float[] noise = new float[music.length];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (float) random.nextDouble(-0.5, 0.5);
    }

    float[] drums = ProgressionRenderer.drumsOnly(8, 7);

    assertThat(tonality(music)).isGreaterThan(4 * KeyAnalyzer.MIN_TONALITY);
    assertThat(tonality(noise)).isLessThan(KeyAnalyzer.MIN_TONALITY / 2);
    assertThat(tonality(drums)).isLessThan(KeyAnalyzer.MIN_TONALITY / 2);
  }

  private static double tonality(float[] mono) {
    KeyAnalyzer analyzer = new KeyAnalyzer(AudioFormat.floatFormat(ProgressionRenderer.RATE, 1));
    AudioBlock block = new AudioBlock(1, mono.length);
    System.arraycopy(mono, 0, block.channel(0), 0, mono.length);
    block.setFrames(mono.length);
    analyzer.accept(block);
    analyzer.result();
    return analyzer.tonality();
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3"})
  void drumsAloneHaveNoKey(long seed) {
    KeyResult key = KeySamples.analyze(ProgressionRenderer.drumsOnly(8, seed), 22_050);

    assertThat(key.tonic()).as("seed %d", seed).isNull();
    assertThat(key.confidence()).isNull();
  }

  /**
   * i-IV ending on i (Dm-G in D) is dorian; drums on even tonics. With sawtooth and square tones
   * this needs the fifth partial of each root discounted, or the vamp reads as the major key of the
   * tonic.
   */
  @ParameterizedTest(name = "pitch class {0}, {1}")
  @MethodSource("dorianVamps")
  void notesTheDorianMode(int tonic, Timbre timbre) {
    float[] audio =
        ProgressionRenderer.render(
            tonic, ProgressionRenderer.DORIAN_VAMP, timbre, 0, tonic % 2 == 0, tonic);

    KeyResult key = KeySamples.analyze(audio, ProgressionRenderer.RATE);

    assertThat(key.tonic() + " " + key.mode()).isEqualTo(MINOR_NAMES[tonic] + " minor");
    assertThat(key.modeNote()).isEqualTo("dorian");
  }

  static Stream<Arguments> dorianVamps() {
    List<Arguments> cases = new ArrayList<>();
    for (int tonic = 0; tonic < 12; tonic++) {
      cases.add(Arguments.of(tonic, Timbre.values()[tonic % 4]));
      cases.add(Arguments.of(tonic, Timbre.values()[(tonic + 2) % 4]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} Hz")
  @CsvSource({"1", "100", "3000"})
  void ratesTooLowForPitchEndWithoutAKey(int rate) {
    // Noise at rates whose Nyquist frequency is below most of the chroma range: no hang, no key.
    SplittableRandom random = new SplittableRandom(rate);
    float[] noise = new float[Math.max(rate * 20, 5000)];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (float) random.nextDouble(-0.5, 0.5);
    }

    assertThat(KeySamples.analyze(noise, rate).tonic()).isNull();
  }

  @Test
  void aFileShorterThanOneFrameStillHasAKey() {
    // A C major triad for 0.2 s: less than one 0.37 s analysis frame.
    int rate = 44_100;
    float[] audio = new float[rate / 5];
    for (double frequency : new double[] {261.63, 329.63, 392.00}) {
      for (int i = 0; i < audio.length; i++) {
        audio[i] += (float) (0.2 * StrictMath.sin(2 * StrictMath.PI * frequency * i / rate));
      }
    }

    KeyResult key = KeySamples.analyze(audio, rate);

    assertThat(key.tonic() + " " + key.mode()).isEqualTo("C major");
  }
}
