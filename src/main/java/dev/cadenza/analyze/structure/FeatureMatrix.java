package dev.cadenza.analyze.structure;

import dev.cadenza.analyze.spectral.ColumnStore;
import dev.cadenza.analyze.spectral.SpectralFeatures;

/**
 * One feature vector per coarse column and the similarity of any two columns: the mean of the
 * similarity of their pitch-class profiles (harmony) and of their spectral envelopes (timbre and
 * level).
 *
 * <p>The spectral envelope is the power of the half-octave bands between {@value #TIMBRE_LOW_HZ}
 * and {@value #TIMBRE_HIGH_HZ} Hz in dB, floored {@value #RANGE_DB} dB below the loudest band of
 * the file (what lies below is inaudible under the rest and must not count). Two envelopes are
 * compared by their RMS difference in dB: {@code exp(-(d / SCALE_DB)^2)}, 1 for equal envelopes,
 * 0.37 at {@value #SCALE_DB} dB, so an instrument that enters or a drop in level counts, on an
 * absolute scale that does not depend on how much the rest of the file varies. The pitch-class
 * profile is the square root of the power per class; profiles are compared by their cosine.
 *
 * <p>For labels both are smoothed over three columns; for boundaries also over a few seconds, with
 * timbre weighing more, so that the chord changes inside a passage do not read as new sections
 * while a change of instruments or level does.
 */
final class FeatureMatrix {

  static final double TIMBRE_LOW_HZ = 40;
  static final double TIMBRE_HIGH_HZ = 16_000;

  /** Sixth-octave bands merged into one timbre band. */
  static final int MERGED_BANDS = 3;

  /** Band levels lower than this below the loudest band of the file are raised to it. */
  static final double RANGE_DB = 60;

  /** A band's difference counts up to this much. */
  static final double CLIP_DB = 10;

  /** The RMS band difference at which timbre similarity is 1/e. */
  static final double SCALE_DB = 6;

  /** Share of harmony in the similarity that finds boundaries; timbre and level carry the rest. */
  static final double BOUNDARY_CHROMA_WEIGHT = 0.3;

  private final int columns;
  private final float[][] chroma;
  private final float[][] timbre;
  private final float[][] slowChroma;
  private final float[][] slowTimbre;

  private FeatureMatrix(
      float[][] chroma, float[][] timbre, float[][] slowChroma, float[][] slowTimbre) {
    this.columns = chroma.length;
    this.chroma = chroma;
    this.timbre = timbre;
    this.slowChroma = slowChroma;
    this.slowTimbre = slowTimbre;
  }

  /**
   * @param features the finished spectral features
   * @param slowWidth half width, in columns, of the longer smoothing of the features the boundaries
   *     are found with: about one chord change, so that a chord progression reads as one passage
   */
  static FeatureMatrix of(SpectralFeatures features, int slowWidth) {
    ColumnStore store = features.coarse();
    SpectralFeatures.Layout layout = features.layout();
    int n = store.columns();
    double[] edges = features.bandEdges();
    int first = 0;
    while (first < layout.logBands() - 1 && edges[first + 1] <= TIMBRE_LOW_HZ) {
      first++;
    }
    int last = first;
    while (last < layout.logBands() - 1 && edges[last + 1] <= TIMBRE_HIGH_HZ) {
      last++;
    }
    // Half-octave bands: finer ones would tell the chords of one passage apart by which band
    // their partials fall in.
    int bands = (last - first + 1 + MERGED_BANDS - 1) / MERGED_BANDS;
    float[][] rawChroma = new float[n][12];
    float[][] rawTimbre = new float[n][bands];
    double loudest = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < n; c++) {
      // Band power is a sum over hops; per sample it does not depend on the column's length.
      double samples = Math.max(1, store.get(c, layout.samples()));
      for (int b = 0; b < bands; b++) {
        double power = 0;
        for (int m = first + b * MERGED_BANDS;
            m < Math.min(last + 1, first + (b + 1) * MERGED_BANDS);
            m++) {
          power += store.get(c, m);
        }
        double db = 10 * StrictMath.log10(power / samples + 1e-30);
        rawTimbre[c][b] = (float) db;
        loudest = Math.max(loudest, db);
      }
      for (int p = 0; p < 12; p++) {
        rawChroma[c][p] = (float) Math.sqrt(Math.max(0, store.get(c, layout.chroma(p))));
      }
    }
    float floor = (float) (loudest - RANGE_DB);
    for (float[] v : rawTimbre) {
      for (int b = 0; b < bands; b++) {
        v[b] = Math.max(v[b], floor);
      }
    }
    return new FeatureMatrix(
        unit(smooth(rawChroma, 1)),
        smooth(rawTimbre, 1),
        unit(smooth(rawChroma, slowWidth)),
        smooth(rawTimbre, slowWidth));
  }

  private static float[][] unit(float[][] vectors) {
    for (float[] v : vectors) {
      double sum = 0;
      for (float x : v) {
        sum += (double) x * x;
      }
      if (sum > 0) {
        float scale = (float) (1 / Math.sqrt(sum));
        for (int d = 0; d < v.length; d++) {
          v[d] *= scale;
        }
      }
    }
    return vectors;
  }

  /** Each column replaced by the mean of itself and {@code width} neighbours on either side. */
  private static float[][] smooth(float[][] raw, int width) {
    int n = raw.length;
    float[][] out = new float[n][];
    for (int c = 0; c < n; c++) {
      int lo = Math.max(0, c - width);
      int hi = Math.min(n - 1, c + width);
      float[] v = new float[raw[c].length];
      for (int j = lo; j <= hi; j++) {
        for (int d = 0; d < v.length; d++) {
          v[d] += raw[j][d];
        }
      }
      for (int d = 0; d < v.length; d++) {
        v[d] /= hi - lo + 1;
      }
      out[c] = v;
    }
    return out;
  }

  int columns() {
    return columns;
  }

  /** Similarity of columns {@code i} and {@code j}, 0..1 (1 for identical features). */
  double similarity(int i, int j) {
    return 0.5 * cosine(chroma[i], chroma[j]) + 0.5 * envelope(timbre[i], timbre[j]);
  }

  /** The similarity of the slowly smoothed features, weighted towards timbre, for boundaries. */
  double boundarySimilarity(int i, int j) {
    return BOUNDARY_CHROMA_WEIGHT * cosine(slowChroma[i], slowChroma[j])
        + (1 - BOUNDARY_CHROMA_WEIGHT) * envelope(slowTimbre[i], slowTimbre[j]);
  }

  /** The same weighting on the lightly smoothed features, to place a boundary precisely. */
  double sharpBoundarySimilarity(int i, int j) {
    return BOUNDARY_CHROMA_WEIGHT * cosine(chroma[i], chroma[j])
        + (1 - BOUNDARY_CHROMA_WEIGHT) * envelope(timbre[i], timbre[j]);
  }

  private static double cosine(float[] a, float[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += a[d] * b[d];
    }
    return sum;
  }

  private static double envelope(float[] a, float[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      // One band that a chord's root enters or leaves must not outweigh the whole envelope.
      double diff = Math.max(-CLIP_DB, Math.min(CLIP_DB, a[d] - b[d]));
      sum += diff * diff;
    }
    double rms = Math.sqrt(sum / a.length) / SCALE_DB;
    return Math.exp(-rms * rms);
  }
}
