package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.synth.Instrument;
import dev.cadenza.synth.Instruments;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stem rendered segment by segment, in requests of any size, is bit for bit the sum of its
 * instruments each rendered whole into a buffer that holds every note to its end.
 */
class StemRendererTest {
  private static final int RATE = 44100;

  /** Drums, a pad with long chords and overlapping tails, a riser that spans many segments. */
  private static Part part(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Note> notes = new ArrayList<>();
    double beat = 60.0 / 140;
    for (int i = 0; i < 48; i++) {
      double t = i * beat / 2;
      notes.add(
          new Note("closed-hat", new NoteEvent(t, 0.05, 42, 0.5 + 0.4 * random.nextDouble())));
      if (i % 4 == 0) {
        notes.add(new Note("kick", new NoteEvent(t, 0.2, 36, 0.9)));
      }
      if (i % 16 == 0) {
        for (int p : new int[] {57, 60, 64}) {
          notes.add(new Note("pad", new NoteEvent(t, 8 * beat, p, 0.7)));
        }
        notes.add(new Note("crash", new NoteEvent(t, 1, 49, 0.8)));
      }
    }
    notes.add(new Note("riser", new NoteEvent(1.0, 6.0, 60, 0.8)));
    // Out of start order on purpose: a lane plays an instrument's notes in start order.
    notes.add(new Note("kick", new NoteEvent(0.1, 0.2, 36, 0.6)));
    return new Part("mix", "drums", 0, 0, 9, 0, notes);
  }

  /** The truth: each instrument rendered once, whole, then the instruments summed in order. */
  private static float[][] whole(Part part, int frames, long seed) {
    Map<String, List<NoteEvent>> byInstrument = new LinkedHashMap<>();
    for (Note n : part.notes()) {
      byInstrument.computeIfAbsent(n.instrument(), k -> new ArrayList<>()).add(n.event());
    }
    float[][] sum = new float[2][frames];
    boolean first = true;
    for (Map.Entry<String, List<NoteEvent>> e : byInstrument.entrySet()) {
      Instrument inst = Instruments.create(e.getKey());
      List<NoteEvent> sorted = new ArrayList<>(e.getValue());
      sorted.sort((a, b) -> Long.compare(start(a), start(b)));
      int length = frames;
      for (NoteEvent n : sorted) {
        length = (int) Math.max(length, start(n) + inst.soundingFrames(n, RATE));
      }
      float[][] own = new float[2][length];
      long instrumentSeed =
          StemRenderer.mix(seed ^ StemRenderer.mix(e.getKey().hashCode() + 0x632BE59BD9B4E019L));
      inst.render(sorted, own, RATE, instrumentSeed);
      float[] gains = placed(e.getKey(), inst.stereo());
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < frames; i++) {
          float x = gains[c] * own[c][i];
          sum[c][i] = first ? x : sum[c][i] + x;
        }
      }
      first = false;
    }
    return sum;
  }

  /**
   * The gains of an instrument at its place in the kit (generate/placement.json): a mono piece by
   * the constant-power law with a unity centre, sqrt(2) (cos, sin) of (p + 1) pi / 4.
   */
  private static float[] placed(String instrument, boolean stereo) {
    double p = KitPlacement.standard().position(instrument, new NoteEvent(0, 1, 60, 1));
    if (p == 0) {
      return new float[] {1f, 1f};
    }
    assertThat(stereo).as("this test places mono pieces only").isFalse();
    double theta = (p + 1) * Math.PI / 4;
    return new float[] {
      (float) (Math.sqrt(2) * StrictMath.cos(theta)), (float) (Math.sqrt(2) * StrictMath.sin(theta))
    };
  }

  private static long start(NoteEvent n) {
    return Instrument.startFrame(n, RATE);
  }

  @ParameterizedTest(name = "requests up to {0} frames, seed {1}")
  @CsvSource({"1000, 1", "16384, 2", "5, 3", "0, 4"})
  void segmentsOfAnySizeGiveTheWholeRender(int largest, long seed) {
    Part part = part(seed);
    int frames = 9 * RATE;
    float[][] expected = whole(part, frames, seed);
    float[][] got = new float[2][frames];
    StemRenderer r = new StemRenderer(part, RATE, seed, frames);
    SplittableRandom sizes = new SplittableRandom(seed);
    int at = 0;
    while (r.remaining() > 0) {
      // 0 stands for random request sizes up to a whole segment.
      int most = largest == 0 ? 1 + sizes.nextInt(StemRenderer.SEGMENT) : largest;
      int n = (int) Math.min(most, r.remaining());
      r.next(got[0], got[1], at, n);
      at += n;
    }
    assertThat(at).isEqualTo(frames);
    for (int c = 0; c < 2; c++) {
      assertThat(got[c]).as("seed %d, channel %d", seed, c).isEqualTo(expected[c]);
    }
    assertThat(peak(expected)).as("the part makes sound").isGreaterThan(0.1f);
  }

  @ParameterizedTest(name = "peak {0}")
  @CsvSource({"0.5, 1", "0.891, 1", "1.782, 0.5", "3.564, 0.25"})
  void gainBringsThePeakToTheLimitAndNoFurther(float peak, float gain) {
    assertThat(StemRenderer.gainFor(peak)).isEqualTo(gain);
  }

  private static float peak(float[][] x) {
    float p = 0;
    for (float[] c : x) {
      for (float v : c) {
        p = Math.max(p, Math.abs(v));
      }
    }
    return p;
  }
}
