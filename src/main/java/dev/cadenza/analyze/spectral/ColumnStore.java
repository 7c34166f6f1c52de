package dev.cadenza.analyze.spectral;

import java.util.Arrays;

/**
 * A time series of fixed-width columns (one column per analysis hop) that never holds more than
 * {@code capacity} columns: when full, neighbouring pairs are merged and every later column covers
 * twice as many hops. A two-hour file thus keeps the same bounded memory as a three-minute one, at
 * a coarser time step.
 *
 * <p>Each row merges by its own rule: sums (energies), minima or maxima (waveform envelopes).
 */
public final class ColumnStore {

  /** How a row of two merged columns combines. */
  public enum Merge {
    SUM,
    MIN,
    MAX
  }

  private final int rows;
  private final int capacity;
  private final Merge[] merges;
  private final float[] data;
  private final double[] pending;
  private int columns;
  private int hopsPerColumn;
  private int pendingHops;

  /**
   * @param merges the merge rule of each row
   * @param capacity the most columns kept; even and at least 2
   * @param hopsPerColumn hops merged into each column from the start
   */
  public ColumnStore(Merge[] merges, int capacity, int hopsPerColumn) {
    if (capacity < 2 || capacity % 2 != 0) {
      throw new IllegalArgumentException("capacity must be even and at least 2: " + capacity);
    }
    this.rows = merges.length;
    this.capacity = capacity;
    this.merges = merges.clone();
    this.data = new float[rows * capacity];
    this.pending = new double[rows];
    this.hopsPerColumn = Math.max(1, hopsPerColumn);
  }

  /** A store whose rows all merge by {@code merge}. */
  public static ColumnStore of(int rows, Merge merge, int capacity, int hopsPerColumn) {
    Merge[] merges = new Merge[rows];
    Arrays.fill(merges, merge);
    return new ColumnStore(merges, capacity, hopsPerColumn);
  }

  /** Adds the values of one hop. */
  public void add(double[] hop) {
    if (pendingHops == 0) {
      System.arraycopy(hop, 0, pending, 0, rows);
    } else {
      for (int r = 0; r < rows; r++) {
        pending[r] = combine(merges[r], pending[r], hop[r]);
      }
    }
    if (++pendingHops == hopsPerColumn) {
      flush();
    }
  }

  /** Stores a partly filled last column, if any. Call once, after the last hop. */
  public void finish() {
    if (pendingHops > 0) {
      flush();
    }
  }

  private void flush() {
    int base = columns * rows;
    for (int r = 0; r < rows; r++) {
      data[base + r] = (float) pending[r];
    }
    columns++;
    pendingHops = 0;
    if (columns == capacity) {
      halve();
    }
  }

  private void halve() {
    for (int c = 0; c < capacity / 2; c++) {
      int a = 2 * c * rows;
      int b = a + rows;
      int to = c * rows;
      for (int r = 0; r < rows; r++) {
        data[to + r] = (float) combine(merges[r], data[a + r], data[b + r]);
      }
    }
    columns = capacity / 2;
    hopsPerColumn *= 2;
  }

  private static double combine(Merge merge, double a, double b) {
    return switch (merge) {
      case SUM -> a + b;
      case MIN -> Math.min(a, b);
      case MAX -> Math.max(a, b);
    };
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  /** Hops merged into each stored column (the last column may hold fewer). */
  public int hopsPerColumn() {
    return hopsPerColumn;
  }

  public float get(int column, int row) {
    return data[column * rows + row];
  }
}
