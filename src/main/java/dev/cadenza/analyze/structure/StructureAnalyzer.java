package dev.cadenza.analyze.structure;

import static dev.cadenza.analyze.Rounding.round;

import dev.cadenza.analyze.loudness.Gating;
import dev.cadenza.analyze.spectral.ColumnStore;
import dev.cadenza.analyze.spectral.SpectralFeatures;
import dev.cadenza.spec.Curve;
import dev.cadenza.spec.SongSection;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a piece: boundaries where the novelty of the self-similarity of coarse spectral
 * features peaks ({@link FeatureMatrix}, {@link NoveltyCurve}), moved to the nearest downbeat when
 * one is close, then labelled by repetition ({@link RepetitionLabels}), with the level, loudness
 * and spectral balance of each section.
 */
public final class StructureAnalyzer {

  /** Half width of the novelty kernel: the stretch compared on either side of a boundary. */
  static final double KERNEL_SECONDS = 6;

  /**
   * Half width of the smoothing of the features boundaries are found with: a whole four-bar chord
   * progression at 120 bpm, so that a passage reads as one whatever its chords.
   */
  static final double SMOOTH_SECONDS = 3;

  /** How far the sharpest nearby change may move a boundary. */
  static final double REFINE_SECONDS = 2;

  /** The shortest section reported. */
  static final double MIN_SECTION_SECONDS = 4;

  /** Novelty a boundary needs at least (within-minus-across similarity). */
  static final double MIN_NOVELTY = 0.08;

  /** And at least this fraction of the strongest boundary's novelty. */
  static final double RELATIVE_NOVELTY = 0.2;

  /** A boundary moves to a downbeat at most this far away. */
  static final double SNAP_SECONDS = 1.0;

  private StructureAnalyzer() {}

  /**
   * @param features the spectral features of the whole stream, finished
   * @param downbeats downbeat times in seconds, ascending; empty when unknown
   * @param momentary the momentary loudness curve (400 ms windows), or null when not measured
   * @param duration the length of the audio in seconds
   */
  public static List<SongSection> analyze(
      SpectralFeatures features, List<Double> downbeats, Curve momentary, double duration) {
    ColumnStore store = features.coarse();
    int n = store.columns();
    if (n == 0 || !(duration > 0)) {
      return List.of();
    }
    double seconds = features.coarseSeconds();
    FeatureMatrix matrix =
        FeatureMatrix.of(features, Math.max(1, (int) Math.round(SMOOTH_SECONDS / seconds)));
    int half = Math.max(2, (int) Math.round(KERNEL_SECONDS / seconds));
    int spacing = Math.max(2, (int) Math.round(MIN_SECTION_SECONDS / seconds));
    double[] novelty = NoveltyCurve.of(matrix, half);
    int[] peaks = NoveltyCurve.peaks(novelty, spacing, MIN_NOVELTY, RELATIVE_NOVELTY);
    // The smoothing that keeps chord changes from counting also blurs where a change happens:
    // each boundary moves to the sharpest change of the lightly smoothed features near it.
    int reach = Math.max(1, (int) Math.round(REFINE_SECONDS / seconds));
    double[] sharp = NoveltyCurve.of(matrix, Math.max(2, reach), matrix::sharpBoundarySimilarity);
    for (int p = 0; p < peaks.length; p++) {
      int best = peaks[p];
      for (int c = Math.max(1, peaks[p] - reach); c <= Math.min(n - 1, peaks[p] + reach); c++) {
        if (sharp[c] > sharp[best]) {
          best = c;
        }
      }
      peaks[p] = best;
    }

    List<Double> boundaries = new ArrayList<>();
    boundaries.add(0.0);
    for (int peak : peaks) {
      double time = snap(peak * seconds, downbeats);
      if (time - boundaries.get(boundaries.size() - 1) >= 0.5 * MIN_SECTION_SECONDS
          && duration - time >= 0.5 * MIN_SECTION_SECONDS) {
        boundaries.add(time);
      }
    }
    boundaries.add(duration);
    int count = boundaries.size() - 1;
    int[] starts = new int[count];
    int[] ends = new int[count];
    for (int s = 0; s < count; s++) {
      starts[s] = Math.min(n - 1, (int) Math.round(boundaries.get(s) / seconds));
      ends[s] =
          s == count - 1
              ? n
              : Math.max(starts[s] + 1, (int) Math.round(boundaries.get(s + 1) / seconds));
    }
    RepetitionLabels.Label[] labels = RepetitionLabels.of(matrix, starts, ends, reach);
    List<SongSection> sections = new ArrayList<>(count);
    SpectralFeatures.Layout layout = features.layout();
    for (int s = 0; s < count; s++) {
      double squares = 0;
      double samples = 0;
      for (int c = starts[s]; c < ends[s]; c++) {
        squares += store.get(c, layout.squares());
        samples += store.get(c, layout.samples());
      }
      Double energy =
          squares > 0 && samples > 0 ? round(10 * StrictMath.log10(squares / samples), 2) : null;
      double similarity = labels[s].similarity();
      sections.add(
          new SongSection(
              round(boundaries.get(s), 3),
              round(boundaries.get(s + 1), 3),
              labels[s].text(),
              Double.isNaN(similarity) ? null : round(similarity, 3),
              energy,
              loudness(momentary, boundaries.get(s), boundaries.get(s + 1)),
              features.range(starts[s], ends[s]),
              null));
    }
    return sections;
  }

  /** The nearest downbeat within {@link #SNAP_SECONDS}, else the time itself. */
  static double snap(double time, List<Double> downbeats) {
    double best = time;
    double distance = SNAP_SECONDS;
    for (double beat : downbeats) {
      double d = Math.abs(beat - time);
      if (d <= distance) {
        distance = d;
        best = beat;
      }
    }
    return best;
  }

  /**
   * Gated loudness of the 400 ms windows ending in {@code [start, end)}, every 100 ms as BS.1770-5
   * overlaps them (75 %).
   */
  static Double loudness(Curve momentary, double start, double end) {
    if (momentary == null) {
      return null;
    }
    List<Double> values = momentary.lufs();
    int stride = Math.max(1, (int) Math.round(0.1 / momentary.hopSeconds()));
    double[] energies = new double[values.size() / stride + 1];
    int count = 0;
    for (int i = 0; i < values.size(); i += stride) {
      double t = momentary.firstEndSeconds() + i * momentary.hopSeconds();
      if (t < start - 1e-9 || t >= end - 1e-9) {
        continue;
      }
      Double lufs = values.get(i);
      energies[count++] = lufs == null ? 0 : Gating.energyOf(lufs);
    }
    Double result = Gating.integrated(energies, count);
    return result == null ? null : round(result, 2);
  }
}
