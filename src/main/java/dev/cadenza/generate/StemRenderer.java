package dev.cadenza.generate;

import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.synth.Instrument;
import dev.cadenza.synth.Instruments;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders one part into a stereo buffer with the synth instruments. */
final class StemRenderer {
  /** Stems are kept below -1 dBFS so a stem never clips on its own. */
  static final float PEAK_LIMIT = 0.891f;

  private StemRenderer() {}

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

  /**
   * Renders {@code part}; each instrument gets its own seed derived from the part seed and the
   * instrument's name, so the result does not depend on which parts are rendered or in which
   * thread.
   */
  static float[][] render(Part part, int frames, int sampleRate, long seed) {
    float[][] out = new float[2][frames];
    render(part, out, sampleRate, seed);
    return out;
  }

  /** Renders {@code part} into {@code out}, which must hold zeros. */
  static void render(Part part, float[][] out, int sampleRate, long seed) {
    Map<String, List<NoteEvent>> byInstrument = new LinkedHashMap<>();
    for (Note n : part.notes()) {
      byInstrument.computeIfAbsent(n.instrument(), k -> new ArrayList<>()).add(n.event());
    }
    for (Map.Entry<String, List<NoteEvent>> e : byInstrument.entrySet()) {
      long instrumentSeed = mix(seed ^ mix(e.getKey().hashCode() + 0x632BE59BD9B4E019L));
      Instruments.create(e.getKey()).render(e.getValue(), out, sampleRate, instrumentSeed);
    }
    limitPeak(out);
  }

  /** Scales {@code out} down when its peak is above {@link #PEAK_LIMIT}. */
  static void limitPeak(float[][] out) {
    float peak = 0;
    for (float[] channel : out) {
      for (float x : channel) {
        peak = Math.max(peak, Math.abs(x));
      }
    }
    if (peak > PEAK_LIMIT) {
      float g = PEAK_LIMIT / peak;
      for (float[] channel : out) {
        for (int i = 0; i < channel.length; i++) {
          channel[i] *= g;
        }
      }
    }
  }

  /** The SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
