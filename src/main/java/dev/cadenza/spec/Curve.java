package dev.cadenza.spec;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A loudness curve: value {@code i} is the loudness of the window ending at {@code firstEndSeconds
 * + i * hopSeconds}. A window of digital silence has no loudness and reads {@code null}.
 *
 * <p>Values are kept as floats (4 bytes each): a 2-hour file at a 10 ms hop is 720,000 values, 2.9
 * MB per curve.
 */
public record Curve(double hopSeconds, double firstEndSeconds, List<Double> lufs) {

  public Curve {
    if (!(lufs instanceof FloatView)) {
      lufs = FloatView.copyOf(lufs);
    }
  }

  /** A curve over {@code count} values of {@code values}; non-finite values read as null. */
  public static Curve of(double hopSeconds, double firstEndSeconds, float[] values, int count) {
    return new Curve(hopSeconds, firstEndSeconds, new FloatView(values, count));
  }

  /** An immutable list view of a float array; NaN and infinities read as null. */
  private static final class FloatView extends AbstractList<Double> implements RandomAccess {
    private final float[] values;
    private final int count;

    FloatView(float[] values, int count) {
      this.values = values;
      this.count = count;
    }

    static FloatView copyOf(List<Double> list) {
      float[] values = new float[list.size()];
      for (int i = 0; i < values.length; i++) {
        Double v = list.get(i);
        values[i] = v == null ? Float.NaN : v.floatValue();
      }
      return new FloatView(values, values.length);
    }

    @Override
    public Double get(int index) {
      if (index < 0 || index >= count) {
        throw new IndexOutOfBoundsException(index);
      }
      float v = values[index];
      // The shortest decimal that identifies the float, so JSON carries -23.01, not -23.0100002.
      return Float.isFinite(v) ? Double.valueOf(Float.toString(v)) : null;
    }

    @Override
    public int size() {
      return count;
    }
  }
}
