package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/** A fixed gain on every channel. */
public final class Gain implements Processor {
  private final double db;
  private final double factor;

  public Gain(double db) {
    if (!Double.isFinite(db)) {
      throw new IllegalArgumentException("gain must be finite: " + db);
    }
    this.db = db;
    this.factor = Levels.gain(db);
  }

  public double db() {
    return db;
  }

  @Override
  public void process(AudioBlock block) {
    int n = block.frames();
    for (int c = 0; c < block.channels(); c++) {
      float[] x = block.channel(c);
      for (int i = 0; i < n; i++) {
        x[i] = (float) (x[i] * factor);
      }
    }
  }
}
