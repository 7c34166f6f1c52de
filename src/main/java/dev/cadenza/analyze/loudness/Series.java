package dev.cadenza.analyze.loudness;

import java.util.Arrays;

/** Growable primitive arrays: the per-block histories a meter keeps (no boxing, amortised O(1)). */
final class Series {
  private Series() {}

  /** A growable double array. */
  static final class Doubles {
    private double[] values = new double[1024];
    private int size;

    void add(double value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    /** The backing array; the first {@link #size()} values are valid. */
    double[] values() {
      return values;
    }
  }

  /** A growable float array. */
  static final class Floats {
    private float[] values = new float[1024];
    private int size;

    void add(float value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    /** A copy trimmed to the valid values. */
    float[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
