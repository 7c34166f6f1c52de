package dev.cadenza.mix;

import dev.cadenza.dsp.Biquad;
import dev.cadenza.dsp.Rbj;
import dev.cadenza.spec.ChainSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An equaliser that moves a mix's broad spectral balance towards a reference's: the difference of
 * the two third-octave spectra, with the overall level taken out (loudness is matched separately),
 * averaged per octave (31.5 Hz … 16 kHz), limited to ±{@value #MAX_DB} dB, and realised as ten
 * octave-spaced peaking filters whose gains are refined until the cascade's response at the octave
 * centres is the wanted curve.
 */
public final class SpectrumMatch {
  private SpectrumMatch() {}

  static final double MAX_DB = 6;

  /** Bandwidth of one octave for a peaking filter, as Q. */
  private static final double OCTAVE_Q = StrictMath.sqrt(2);

  /** Bands more than this far under a spectrum's loudest band carry no usable balance. */
  private static final double FLOOR_DB = 60;

  /** The peaking stages that make {@code mix} sound like {@code reference} in balance. */
  public static List<ChainSpec.Stage> stages(
      SpectralBalance reference, SpectralBalance mix, int sampleRate) {
    double[] wanted = curve(reference.bandDb(), mix.bandDb());
    double[] centres = new double[wanted.length];
    for (int j = 0; j < centres.length; j++) {
      centres[j] = SpectralBalance.CENTRES[3 * j + 1];
    }
    double[] gains = wanted.clone();
    for (int round = 0; round < 8; round++) {
      double[] response = response(centres, gains, sampleRate);
      for (int j = 0; j < gains.length; j++) {
        gains[j] += wanted[j] - response[j];
      }
    }
    List<ChainSpec.Stage> stages = new ArrayList<>();
    for (int j = 0; j < gains.length; j++) {
      if (Math.abs(gains[j]) >= 0.05 && centres[j] < sampleRate * 0.45) {
        double g = Math.round(gains[j] * 100) / 100.0;
        stages.add(
            ChainSpec.Stage.of(
                "peaking", Map.of("frequency", centres[j], "q", OCTAVE_Q, "gainDb", g)));
      }
    }
    return stages;
  }

  /**
   * The wanted gain per octave (centres 31.6 Hz … 15.8 kHz, each the middle of three third-octave
   * bands), level-free: the mean over the octaves both spectra fill is taken out.
   */
  static double[] curve(double[] ref, double[] mix) {
    int octaves = (ref.length + 1) / 3;
    double refTop = max(ref);
    double mixTop = max(mix);
    double[] diff = new double[octaves];
    boolean[] usable = new boolean[octaves];
    double sum = 0;
    int count = 0;
    for (int j = 0; j < octaves; j++) {
      double r = 0;
      double m = 0;
      boolean ok = true;
      for (int b = 3 * j; b <= Math.min(3 * j + 2, ref.length - 1); b++) {
        ok &= ref[b] > refTop - FLOOR_DB && mix[b] > mixTop - FLOOR_DB;
        r += StrictMath.pow(10, ref[b] / 10);
        m += StrictMath.pow(10, mix[b] / 10);
      }
      if (ok) {
        diff[j] = 10 * StrictMath.log10(r / m);
        usable[j] = true;
        sum += diff[j];
        count++;
      }
    }
    double mean = count == 0 ? 0 : sum / count;
    double[] wanted = new double[octaves];
    for (int j = 0; j < octaves; j++) {
      wanted[j] = usable[j] ? Math.max(-MAX_DB, Math.min(MAX_DB, diff[j] - mean)) : 0;
    }
    return wanted;
  }

  private static double[] response(double[] centres, double[] gains, int rate) {
    List<Biquad> filters = new ArrayList<>();
    for (int j = 0; j < gains.length; j++) {
      filters.add(
          centres[j] < rate * 0.45 ? Rbj.peaking(centres[j], OCTAVE_Q, gains[j], rate) : null);
    }
    double[] db = new double[centres.length];
    for (int i = 0; i < centres.length; i++) {
      double total = 0;
      for (Biquad f : filters) {
        if (f != null) {
          total += 20 * StrictMath.log10(f.magnitudeAt(centres[i], rate));
        }
      }
      db[i] = total;
    }
    return db;
  }

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }
}
