package dev.cadenza.generate;

import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.synth.Instrument;
import dev.cadenza.synth.Instruments;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one part, segment by segment, with the synth instruments: memory stays bounded by the
 * longest note, not by the length of the track.
 */
final class StemRenderer {
  /** Stems are kept below -1 dBFS so a stem never clips on its own. */
  static final float PEAK_LIMIT = 0.891f;

  /** Seconds after {@code end} until every note of every part has rung out. */
  static double ringOut(List<Part> parts, double end) {
    double last = end;
    for (Part p : parts) {
      Map<String, Instrument> instruments = new LinkedHashMap<>();
      for (Note n : p.notes()) {
        Instrument i = instruments.computeIfAbsent(n.instrument(), Instruments::create);
        last = Math.max(last, n.event().startSeconds() + i.soundingSeconds(n.event()));
      }
    }
    return last - end;
  }

  /** Frames rendered per step: small enough that a step's audio stays in the cache. */
  static final int SEGMENT = 16384;

  private final List<InstrumentLane> lanes = new ArrayList<>();
  private final long frames;
  private long position;

  /**
   * Starts rendering {@code part} as a stem of {@code frames} frames. Each instrument gets its own
   * seed derived from the part seed and the instrument's name, so the result does not depend on
   * which parts are rendered or in which thread.
   */
  StemRenderer(Part part, int sampleRate, long seed, long frames) {
    this.frames = frames;
    // One lane per instrument and place in the stem (the toms of a kit sit apart by pitch).
    Map<Lane, List<NoteEvent>> byLane = new LinkedHashMap<>();
    KitPlacement placement = KitPlacement.standard();
    for (Note n : part.notes()) {
      Lane lane = new Lane(n.instrument(), placement.position(n.instrument(), n.event()));
      byLane.computeIfAbsent(lane, k -> new ArrayList<>()).add(n.event());
    }
    for (Map.Entry<Lane, List<NoteEvent>> e : byLane.entrySet()) {
      String name = e.getKey().instrument();
      long instrumentSeed = mix(seed ^ mix(name.hashCode() + 0x632BE59BD9B4E019L));
      Instrument instrument = Instruments.create(name);
      float[] gains = KitPlacement.gains(e.getKey().position(), instrument.stereo());
      lanes.add(
          new InstrumentLane(
              instrument, e.getValue(), sampleRate, instrumentSeed, SEGMENT, gains[0], gains[1]));
    }
  }

  /** An instrument at one place in the stem. */
  private record Lane(String instrument, double position) {}

  /** Frames not yet rendered. */
  long remaining() {
    return frames - position;
  }

  /**
   * Renders the next {@code n} frames (at most {@link #SEGMENT} and {@link #remaining()}) into
   * {@code left} and {@code right} from index {@code at}, overwriting what was there: the sum of
   * the instruments, added in the order they first play.
   */
  void next(float[] left, float[] right, int at, int n) {
    if (n < 0 || n > SEGMENT || n > remaining()) {
      throw new IllegalArgumentException("cannot render " + n + " frames here");
    }
    if (lanes.isEmpty()) {
      Arrays.fill(left, at, at + n, 0f);
      Arrays.fill(right, at, at + n, 0f);
    }
    for (int i = 0; i < lanes.size(); i++) {
      lanes.get(i).addTo(left, right, at, position, n, i == 0);
    }
    position += n;
  }

  /** Renders a whole stem of {@code frames} frames into new arrays (no peak limit applied). */
  static float[][] render(Part part, int frames, int sampleRate, long seed) {
    float[][] out = new float[2][frames];
    StemRenderer r = new StemRenderer(part, sampleRate, seed, frames);
    for (int at = 0; at < frames; at += SEGMENT) {
      r.next(out[0], out[1], at, Math.min(SEGMENT, frames - at));
    }
    return out;
  }

  /**
   * The gain that keeps a stem whose largest sample magnitude is {@code peak} at or below {@link
   * #PEAK_LIMIT}: 1 when it already is.
   */
  static float gainFor(float peak) {
    return peak > PEAK_LIMIT ? PEAK_LIMIT / peak : 1f;
  }

  /** The largest magnitude among {@code n} samples of each channel, or {@code peak} if larger. */
  static float peak(float peak, float[] left, float[] right, int at, int n) {
    float p = peak;
    for (int i = at; i < at + n; i++) {
      p = Math.max(p, Math.max(Math.abs(left[i]), Math.abs(right[i])));
    }
    return p;
  }

  /** Multiplies {@code n} samples of both channels by {@code gain} (nothing when it is 1). */
  static void scale(float[] left, float[] right, int at, int n, float gain) {
    if (gain == 1f) {
      return;
    }
    for (int i = at; i < at + n; i++) {
      left[i] *= gain;
      right[i] *= gain;
    }
  }

  /** The SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
