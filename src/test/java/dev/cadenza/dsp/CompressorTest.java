package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.audio.AudioBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The static curve on steady signals against the threshold/ratio/knee formula written out here. */
class CompressorTest {

  /** Hand-written static curve (soft knee, Giannoulis et al. 2012, eq. 4). */
  private static double expectedOutputDb(double x, double t, double r, double w) {
    if (2 * (x - t) < -w) {
      return x;
    }
    if (2 * Math.abs(x - t) <= w) {
      return x + (1 / r - 1) * (x - t + w / 2) * (x - t + w / 2) / (2 * w);
    }
    return t + (x - t) / r;
  }

  @ParameterizedTest(name = "level {0} dB, T {1}, R {2}, knee {3}")
  @CsvSource({
    "-30, -20, 4, 0",
    "-20, -20, 4, 0",
    "-10, -20, 4, 0",
    "0, -20, 4, 0",
    "-6, -12, 2, 6",
    "-12, -12, 2, 6",
    "-14, -12, 2, 6",
    "-16, -12, 2, 6",
    "-3, -18, 10, 12",
    "-20, -18, 10, 12",
    "-1, -6, 100, 0",
  })
  void peakDetectorOnASteadyLevelFollowsTheStaticCurve(
      double levelDb, double threshold, double ratio, double knee) {
    int rate = 48_000;
    Compressor compressor =
        new Compressor(
            new Compressor.Settings(threshold, ratio, knee, 5, 50, 0, Compressor.Detector.PEAK, 10),
            rate,
            2);
    float level = (float) Levels.gain(levelDb);
    float[][] x = new float[2][rate];
    for (int i = 0; i < rate; i++) {
      // A steady magnitude with alternating sign: the peak detector sees a constant level.
      x[0][i] = i % 2 == 0 ? level : -level;
      x[1][i] = -x[0][i];
    }
    Audio.processInPlace(compressor, x);
    double outDb = Levels.db(Math.abs(x[0][rate - 1]));
    double inDb = Levels.db(level);
    assertThat(outDb).isCloseTo(expectedOutputDb(inDb, threshold, ratio, knee), within(1e-4));
  }

  @ParameterizedTest(name = "sine at {0} dB RMS")
  @CsvSource({"-40", "-24", "-18", "-12", "-6"})
  void rmsDetectorOnASteadySineFollowsTheStaticCurve(double rmsDb) {
    int rate = 44_100;
    double threshold = -20;
    double ratio = 3;
    double knee = 6;
    Compressor compressor =
        new Compressor(
            new Compressor.Settings(
                threshold, ratio, knee, 10, 100, 2, Compressor.Detector.RMS, 300),
            rate,
            1);
    double amplitude = Levels.gain(rmsDb) * StrictMath.sqrt(2);
    int n = rate * 4;
    float[][] x = Audio.sine(1, n, rate, 1000, amplitude, 0);
    Audio.processInPlace(compressor, x);
    double outAmplitude = Audio.amplitude(x[0], n - rate, rate, 1000, rate);
    double outRmsDb = Levels.db(outAmplitude / StrictMath.sqrt(2));
    // The 300 ms power average of a 1 kHz sine ripples by far less than 0.01 dB.
    assertThat(outRmsDb)
        .isCloseTo(expectedOutputDb(rmsDb, threshold, ratio, knee) + 2, within(0.02));
  }

  @Test
  void sidechainKeyDucksTheSignal() {
    int rate = 48_000;
    Compressor ducker =
        new Compressor(
            new Compressor.Settings(-30, 8, 0, 1, 80, 0, Compressor.Detector.PEAK, 10), rate, 1);
    AudioBlock signal = new AudioBlock(1, rate);
    AudioBlock key = new AudioBlock(1, rate);
    signal.setFrames(rate);
    key.setFrames(rate);
    for (int i = 0; i < rate; i++) {
      signal.channel(0)[i] = 0.1f;
      // The key is silent for the first half and at -10 dBFS for the second.
      key.channel(0)[i] = i < rate / 2 ? 0f : (float) Levels.gain(-10);
    }
    ducker.process(signal, key);
    assertThat((double) signal.channel(0)[rate / 2 - 1]).isEqualTo(0.1f);
    // Key 20 dB over the threshold at ratio 8: 17.5 dB of reduction.
    assertThat(Levels.db(signal.channel(0)[rate - 1] / 0.1)).isCloseTo(-17.5, within(1e-3));
  }

  @Test
  void attackTimeConstantReachesOneMinusOneOverE() {
    int rate = 48_000;
    Compressor compressor =
        new Compressor(
            new Compressor.Settings(-20, 1000, 0, 10, 100, 0, Compressor.Detector.PEAK, 10),
            rate,
            1);
    float[][] x = new float[1][rate];
    java.util.Arrays.fill(x[0], (float) Levels.gain(0));
    Audio.processInPlace(compressor, x);
    // Target reduction about 20 dB; one time constant (480 frames) after the detector first sees
    // the level, 63.2 % of it. The gain computer runs every 16 frames on the 16 frames before, so
    // it sees the level from frame 16 on, and its ramp reaches each step's value at the step's end.
    double target = 20 - 20.0 / 1000;
    assertThat(-Levels.db(x[0][16 + 479]))
        .isCloseTo(target * (1 - StrictMath.exp(-1)), within(0.01));
    assertThat(x[0][15]).isEqualTo(1f);
  }
}
