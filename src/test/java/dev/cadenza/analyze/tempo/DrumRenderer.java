package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.AudioBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders drum patterns at known tempi, so the truth of a tempo test is the tempo the audio was
 * made at. Voices are synthesised hits: a kick is a sine falling from 150 to 50 Hz with a fast
 * decay, a snare a 190 Hz sine plus a noise burst, hats high-passed noise bursts, bass a decaying
 * low sine, a skank a three-note chord stab. Swing delays every off-beat eighth towards the triplet
 * position ({@code swing} 1 = 2:1).
 */
final class DrumRenderer {

  static final int RATE = 44_100;

  /**
   * A rendered take.
   *
   * @param audio mono samples
   * @param beats beat times, seconds
   * @param downbeats bar starts, seconds
   */
  record Take(float[] audio, double[] beats, double[] downbeats) {

    /** The audio as stereo blocks of {@code frames}. */
    List<AudioBlock> blocks(int frames) {
      List<AudioBlock> blocks = new ArrayList<>();
      for (int start = 0; start < audio.length; start += frames) {
        int n = Math.min(frames, audio.length - start);
        AudioBlock block = new AudioBlock(2, frames);
        System.arraycopy(audio, start, block.channel(0), 0, n);
        System.arraycopy(audio, start, block.channel(1), 0, n);
        block.setFrames(n);
        blocks.add(block);
      }
      return blocks;
    }
  }

  private DrumRenderer() {}

  /** {@code bars} bars of a pattern at one tempo. */
  static Take render(DrumPattern pattern, double bpm, double swing, int bars, long seed) {
    double[] tempi = new double[bars];
    java.util.Arrays.fill(tempi, bpm);
    return render(pattern, tempi, swing, seed);
  }

  /** One bar per entry of {@code barTempi}, each at its tempo. */
  static Take render(DrumPattern pattern, double[] barTempi, double swing, long seed) {
    return render(pattern.bar(), pattern.beatsPerBar, barTempi, swing, seed);
  }

  /** {@code bars} bars of one bar of hits with {@code beatsPerBar} beats, at one tempo. */
  static Take render(List<DrumPattern.Hit> hits, int beatsPerBar, double bpm, int bars, long seed) {
    double[] tempi = new double[bars];
    java.util.Arrays.fill(tempi, bpm);
    return render(hits, beatsPerBar, tempi, 0, seed);
  }

  private static Take render(
      List<DrumPattern.Hit> hits, int beatsPerBar, double[] barTempi, double swing, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double total = 0;
    for (double bpm : barTempi) {
      total += beatsPerBar * 60 / bpm;
    }
    float[] audio = new float[(int) ((total + 1) * RATE)];
    double[] beats = new double[barTempi.length * beatsPerBar];
    double[] downbeats = new double[barTempi.length];
    double barStart = 0;
    for (int bar = 0; bar < barTempi.length; bar++) {
      double beatSeconds = 60 / barTempi[bar];
      downbeats[bar] = barStart;
      for (int b = 0; b < beatsPerBar; b++) {
        beats[bar * beatsPerBar + b] = barStart + b * beatSeconds;
      }
      for (DrumPattern.Hit hit : hits) {
        double position = swung(hit.beat(), swing);
        // Human timing: a few milliseconds of jitter.
        double jitter = (random.nextDouble() - 0.5) * 0.004;
        double time = Math.max(0, barStart + position * beatSeconds + jitter);
        double velocity = hit.velocity() * (0.9 + 0.1 * random.nextDouble());
        play(audio, hit.voice(), (int) Math.round(time * RATE), velocity, random, bar);
      }
      barStart += beatsPerBar * beatSeconds;
    }
    return new Take(audio, beats, downbeats);
  }

  private static double swung(double beat, double swing) {
    double whole = Math.floor(beat);
    double frac = beat - whole;
    if (Math.abs(frac - 0.5) < 1e-9) {
      return whole + 0.5 + swing / 6;
    }
    return beat;
  }

  private static final int VARIANTS = 4;
  private static final float[][][] TEMPLATES = templates();

  private static float[][][] templates() {
    DrumPattern.Voice[] voices = DrumPattern.Voice.values();
    float[][][] templates = new float[voices.length][VARIANTS][];
    SplittableRandom random = new SplittableRandom(7);
    for (DrumPattern.Voice voice : voices) {
      for (int v = 0; v < VARIANTS; v++) {
        templates[voice.ordinal()][v] = synthesise(voice, v, random);
      }
    }
    return templates;
  }

  private static void play(
      float[] audio,
      DrumPattern.Voice voice,
      int start,
      double velocity,
      SplittableRandom r,
      int bar) {
    // Noise voices take a random variant; the bass takes the root of the bar.
    int variant = voice == DrumPattern.Voice.BASS ? bar % VARIANTS : r.nextInt(VARIANTS);
    float[] template = TEMPLATES[voice.ordinal()][variant];
    float gain = (float) (0.25 * velocity);
    int n = Math.min(template.length, audio.length - start);
    for (int i = 0; i < n; i++) {
      audio[start + i] += gain * template[i];
    }
  }

  private static float[] synthesise(DrumPattern.Voice voice, int variant, SplittableRandom r) {
    switch (voice) {
      case KICK -> {
        float[] out = new float[(int) (0.35 * RATE)];
        double phase = 0;
        for (int i = 0; i < out.length; i++) {
          double t = (double) i / RATE;
          double f = 50 + 100 * StrictMath.exp(-t / 0.03);
          phase += 2 * StrictMath.PI * f / RATE;
          out[i] = (float) (1.6 * StrictMath.exp(-t / 0.08) * StrictMath.sin(phase));
        }
        return out;
      }
      case SNARE, CLAP, RIM -> {
        double tone = voice == DrumPattern.Voice.RIM ? 800 : 190;
        double noiseDecay = voice == DrumPattern.Voice.RIM ? 0.02 : 0.06;
        float[] out = new float[(int) (0.25 * RATE)];
        double previous = 0;
        for (int i = 0; i < out.length; i++) {
          double t = (double) i / RATE;
          double noise = r.nextDouble() * 2 - 1;
          double bright = noise - 0.5 * previous;
          previous = noise;
          out[i] =
              (float)
                  (0.6 * StrictMath.exp(-t / 0.04) * StrictMath.sin(2 * StrictMath.PI * tone * t)
                      + 0.7 * StrictMath.exp(-t / noiseDecay) * bright);
        }
        return out;
      }
      case CLOSED_HAT, OPEN_HAT -> {
        double decay = voice == DrumPattern.Voice.OPEN_HAT ? 0.12 : 0.025;
        float[] out = new float[(int) (6 * decay * RATE)];
        double previous = 0;
        for (int i = 0; i < out.length; i++) {
          double t = (double) i / RATE;
          double noise = r.nextDouble() * 2 - 1;
          double high = noise - previous;
          previous = noise;
          out[i] = (float) (0.5 * StrictMath.exp(-t / decay) * high);
        }
        return out;
      }
      case BASS -> {
        // Roots cycle through a four-bar progression so bars differ.
        int[] roots = {0, 5, 3, 7};
        double f = 55 * StrictMath.pow(2, roots[variant] / 12.0);
        float[] out = new float[(int) (0.6 * RATE)];
        for (int i = 0; i < out.length; i++) {
          double t = (double) i / RATE;
          double attack = Math.min(1, t / 0.005);
          out[i] =
              (float)
                  (attack * StrictMath.exp(-t / 0.3) * StrictMath.sin(2 * StrictMath.PI * f * t));
        }
        return out;
      }
      case SKANK -> {
        double[] chord = {261.6, 329.6, 392.0};
        float[] out = new float[(int) (0.2 * RATE)];
        for (int i = 0; i < out.length; i++) {
          double t = (double) i / RATE;
          double v = 0;
          for (double f : chord) {
            v += StrictMath.sin(2 * StrictMath.PI * f * t);
          }
          out[i] = (float) (0.3 * StrictMath.exp(-t / 0.05) * v);
        }
        return out;
      }
      default -> throw new IllegalArgumentException(voice.name());
    }
  }

  private static void add(float[] audio, int index, double value) {
    if (index < audio.length) {
      audio[index] += (float) value;
    }
  }
}
