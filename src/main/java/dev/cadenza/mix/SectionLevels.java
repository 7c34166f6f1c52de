package dev.cadenza.mix;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.dsp.Levels;
import dev.cadenza.dsp.Processor;
import dev.cadenza.spec.Manifest;
import java.util.List;
import java.util.Map;

/**
 * The bus's level section by section, as a mixing engineer rides the faders: each section sits at
 * its label's level from the genre's {@code sectionsDb} (a breakdown under a drop, an intro under a
 * chorus), moving linearly in dB over {@link #RAMP_SECONDS} from the level of the section before;
 * and, where the genre fades out, a raised-cosine fade {@code (1 + cos(pi u)) / 2} over the last
 * {@code fadeOutSeconds} of the music, silent after its end. It runs on the strips' sum before the
 * returns, so the room and echo of the sends ring on after the dry parts have faded.
 */
final class SectionLevels implements Processor {
  static final double RAMP_SECONDS = 0.5;

  private final long[] starts;
  private final double[] dbs;
  private final float[] gains;
  private final long ramp;
  private final long fadeStart;
  private final long fadeEnd;
  private long frame;
  private int section;

  private SectionLevels(long[] starts, double[] dbs, long ramp, long fadeStart, long fadeEnd) {
    this.starts = starts;
    this.dbs = dbs;
    this.gains = new float[dbs.length];
    for (int k = 0; k < dbs.length; k++) {
      gains[k] = (float) Levels.gain(dbs[k]);
    }
    this.ramp = ramp;
    this.fadeStart = fadeStart;
    this.fadeEnd = fadeEnd;
  }

  /**
   * The levels of {@code track}'s sections at {@code sampleRate}, or null when they leave the bus
   * as it is (no sections known, or the genre rides none and does not fade; a loop never fades).
   */
  static SectionLevels of(Mixer.Track track, int sampleRate, boolean loop) {
    GenreMix genre = track.genre();
    List<Manifest.Span> sections = track.sections();
    boolean fades = genre.fadeOutSeconds() > 0 && !loop && track.durationSeconds() != null;
    if (sections.isEmpty() || (genre.sectionsDb().isEmpty() && !fades)) {
      return null;
    }
    Map<String, Double> levels = genre.sectionsDb();
    long[] starts = new long[sections.size()];
    double[] dbs = new double[sections.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = Math.round(sections.get(k).start() * sampleRate);
      dbs[k] = levels.getOrDefault(sections.get(k).label(), 0.0);
    }
    long end = fades ? Math.round(track.durationSeconds() * sampleRate) : Long.MAX_VALUE;
    long start = fades ? end - Math.round(genre.fadeOutSeconds() * sampleRate) : Long.MAX_VALUE;
    return new SectionLevels(
        starts, dbs, Math.round(RAMP_SECONDS * sampleRate), Math.max(0, start), end);
  }

  @Override
  public void process(AudioBlock block) {
    int n = block.frames();
    for (int i = 0; i < n; i++) {
      float g = gainAt(frame + i);
      if (g != 1f) {
        for (int c = 0; c < block.channels(); c++) {
          block.channel(c)[i] *= g;
        }
      }
    }
    frame += n;
  }

  private float gainAt(long f) {
    while (section + 1 < starts.length && starts[section + 1] <= f) {
      section++;
    }
    long since = f - starts[section];
    float g = gains[section];
    if (section > 0 && since < ramp && dbs[section] != dbs[section - 1]) {
      double db = dbs[section - 1] + (dbs[section] - dbs[section - 1]) * since / ramp;
      g = (float) Levels.gain(db);
    }
    if (f >= fadeStart) {
      double u = (double) (f - fadeStart) / (fadeEnd - fadeStart);
      g = f >= fadeEnd ? 0f : (float) (g * (0.5 + 0.5 * StrictMath.cos(StrictMath.PI * u)));
    }
    return g;
  }

  @Override
  public void reset() {
    frame = 0;
    section = 0;
  }
}
