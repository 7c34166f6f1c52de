package dev.cadenza.dsp;

import dev.cadenza.analyze.loudness.TruePeakMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/** Planar test audio in memory: sources over arrays, whole-signal processing, peak reading. */
public final class Audio {
  private Audio() {}

  /** A source over planar samples, delivering blocks no larger than {@code maxBlock}. */
  public static AudioSource source(float[][] samples, int sampleRate, int maxBlock) {
    AudioFormat format = AudioFormat.floatFormat(sampleRate, samples.length);
    return new AudioSource() {
      private int position;

      @Override
      public AudioFormat format() {
        return format;
      }

      @Override
      public long frameCount() {
        return samples[0].length;
      }

      @Override
      public int read(AudioBlock block) {
        int n = Math.min(Math.min(block.capacity(), maxBlock), samples[0].length - position);
        for (int c = 0; c < samples.length; c++) {
          System.arraycopy(samples[c], position, block.channel(c), 0, n);
        }
        position += n;
        block.setFrames(n);
        return n;
      }
    };
  }

  /** Reads a source to its end into planar arrays. */
  public static float[][] readAll(AudioSource source, int blockFrames) {
    int channels = source.format().channels();
    float[][] out = new float[channels][1024];
    int total = 0;
    AudioBlock block = new AudioBlock(channels, blockFrames);
    try {
      int n;
      while ((n = source.read(block)) > 0) {
        if (total + n > out[0].length) {
          for (int c = 0; c < channels; c++) {
            out[c] = java.util.Arrays.copyOf(out[c], Math.max(total + n, out[c].length * 2));
          }
        }
        for (int c = 0; c < channels; c++) {
          System.arraycopy(block.channel(c), 0, out[c], total, n);
        }
        total += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int c = 0; c < channels; c++) {
      out[c] = java.util.Arrays.copyOf(out[c], total);
    }
    return out;
  }

  /** Writes planar samples as a 32-bit float WAV file. */
  public static void write(java.nio.file.Path file, float[][] samples, int sampleRate) {
    try (dev.cadenza.audio.WavWriter w =
        dev.cadenza.audio.WavWriter.create(
            file,
            sampleRate,
            dev.cadenza.audio.ChannelLayout.defaultFor(samples.length),
            dev.cadenza.audio.WavEncoding.FLOAT_32,
            dev.cadenza.audio.Dither.none())) {
      AudioSource source = source(samples, sampleRate, 4096);
      AudioBlock block = new AudioBlock(samples.length, 4096);
      while (source.read(block) > 0) {
        w.write(block);
      }
      w.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a whole WAV file, or WAV bytes, into planar arrays. */
  public static float[][] read(java.nio.file.Path file) {
    try (AudioSource source = dev.cadenza.audio.WavReader.open(file)) {
      return readAll(source, 4096);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static float[][] read(byte[] wav) {
    try (AudioSource source =
        dev.cadenza.audio.WavReader.open(new java.io.ByteArrayInputStream(wav), "bytes")) {
      return readAll(source, 4096);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The signal run through {@code processor} with latency compensated, in uneven blocks. */
  public static float[][] process(Processor processor, float[][] samples, int sampleRate) {
    return readAll(new ProcessedSource(source(samples, sampleRate, 1000), processor), 4096);
  }

  /** The true peak of planar audio in dBTP as {@link TruePeakMeter} measures it. */
  public static double truePeakDb(float[][] samples, int sampleRate) {
    TruePeakMeter meter = new TruePeakMeter(sampleRate, samples.length);
    AudioBlock block = new AudioBlock(samples.length, 4096);
    for (int start = 0; start < samples[0].length; start += 4096) {
      int n = Math.min(4096, samples[0].length - start);
      for (int c = 0; c < samples.length; c++) {
        System.arraycopy(samples[c], start, block.channel(c), 0, n);
      }
      block.setFrames(n);
      meter.accept(block);
    }
    double peak = 0;
    for (double p : meter.truePeaks()) {
      peak = Math.max(peak, p);
    }
    return 20 * StrictMath.log10(peak);
  }

  public static float[][] copy(float[][] samples) {
    float[][] out = new float[samples.length][];
    for (int c = 0; c < samples.length; c++) {
      out[c] = samples[c].clone();
    }
    return out;
  }

  /** A sine of {@code amplitude} (linear) on every channel. */
  public static float[][] sine(
      int channels, int frames, int sampleRate, double frequency, double amplitude, double phase) {
    float[][] out = new float[channels][frames];
    for (int i = 0; i < frames; i++) {
      float v =
          (float)
              (amplitude * StrictMath.sin(2 * StrictMath.PI * frequency * i / sampleRate + phase));
      for (int c = 0; c < channels; c++) {
        out[c][i] = v;
      }
    }
    return out;
  }

  /** Independent uniform white noise on each channel, peak {@code amplitude}. */
  public static float[][] noise(int channels, int frames, double amplitude, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] out = new float[channels][frames];
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < frames; i++) {
        out[c][i] = (float) (amplitude * (2 * random.nextDouble() - 1));
      }
    }
    return out;
  }

  /**
   * Drum-like hits: every {@code 60 / bpm} seconds a kick (a 55 Hz sine falling from 150 Hz with a
   * 120 ms decay) and on the off-beats a noise snap with a 40 ms decay; peak about {@code
   * amplitude}.
   */
  public static float[][] drums(
      int channels, int frames, int sampleRate, double bpm, double amplitude, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] out = new float[channels][frames];
    int beat = (int) Math.round(60 / bpm * sampleRate);
    for (int i = 0; i < frames; i++) {
      int inBeat = i % beat;
      int inOff = (i + beat / 2) % beat;
      double t = (double) inBeat / sampleRate;
      double toff = (double) inOff / sampleRate;
      double phase = 2 * StrictMath.PI * (55 * t + 95 * 0.03 * (1 - StrictMath.exp(-t / 0.03)));
      double kick = StrictMath.sin(phase) * StrictMath.exp(-t / 0.12);
      double snap = (2 * random.nextDouble() - 1) * StrictMath.exp(-toff / 0.04);
      float v = (float) (amplitude * (0.8 * kick + 0.5 * snap));
      for (int c = 0; c < channels; c++) {
        out[c][i] = v;
      }
    }
    return out;
  }

  /** Scales and hard-clips at {@code clip}. */
  public static float[][] clipped(float[][] samples, double gain, double clip) {
    float[][] out = copy(samples);
    for (float[] ch : out) {
      for (int i = 0; i < ch.length; i++) {
        ch[i] = (float) Math.max(-clip, Math.min(clip, ch[i] * gain));
      }
    }
    return out;
  }

  public static float[][] scaled(float[][] samples, double gain) {
    return clipped(samples, gain, Double.MAX_VALUE);
  }

  /** The sum of two signals of equal shape. */
  public static float[][] sum(float[][] a, float[][] b) {
    float[][] out = copy(a);
    for (int c = 0; c < out.length; c++) {
      for (int i = 0; i < out[c].length; i++) {
        out[c][i] += b[c][i];
      }
    }
    return out;
  }

  /** Runs a processor over the whole signal in place, in blocks of 1000 frames, no compensation. */
  public static void processInPlace(Processor processor, float[][] samples) {
    AudioBlock block = new AudioBlock(samples.length, 1000);
    for (int start = 0; start < samples[0].length; start += 1000) {
      int n = Math.min(1000, samples[0].length - start);
      for (int c = 0; c < samples.length; c++) {
        System.arraycopy(samples[c], start, block.channel(c), 0, n);
      }
      block.setFrames(n);
      processor.process(block);
      for (int c = 0; c < samples.length; c++) {
        System.arraycopy(block.channel(c), 0, samples[c], start, n);
      }
    }
  }

  /**
   * The amplitude of the sinusoid of frequency f in {@code x[start .. start + length)}, by a least
   * squares fit of {@code a sin + b cos} (exact for a pure tone whatever the number of cycles).
   */
  public static double amplitude(float[] x, int start, int length, double f, int rate) {
    double[] wide = new double[start + length];
    for (int i = start; i < start + length; i++) {
      wide[i] = x[i];
    }
    return Measure.amplitudeAt(wide, start, start + length, f, rate);
  }
}
