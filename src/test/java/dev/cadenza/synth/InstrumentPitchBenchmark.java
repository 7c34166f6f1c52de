package dev.cadenza.synth;

import dev.cadenza.dsp.Measure;
import java.util.List;
import java.util.Locale;

/**
 * Do the melodic instruments play their notes? Renders each instrument's phrase of {@link
 * SynthBenchmark#part} (one minute, 44.1 kHz) and reads its pitch with YIN in 40 ms frames inside
 * every note (after its first 40 ms and before its last 20): the percent of voiced frames within 50
 * cents of the note, and the median deviation in cents. Run with {@code bench/instrument-pitch.sh}.
 */
public final class InstrumentPitchBenchmark {
  private static final int RATE = 44100;

  private InstrumentPitchBenchmark() {}

  public static void main(String[] args) {
    List<String> names =
        args.length > 0
            ? List.of(args)
            : List.of(
                "saxophone",
                "trumpet",
                "flute",
                "voice-aah",
                "voice-ooh",
                "lead-guitar",
                "upright-bass",
                "electric-bass",
                "lead",
                "pluck-bass");
    System.out.printf(
        Locale.ROOT, "%-14s %7s %9s %14s%n", "instrument", "frames", "% pitch", "median cents");
    for (String name : names) {
      List<NoteEvent> part = SynthBenchmark.part(name, 60);
      float[] x = Render.notes(name, part, 1, RATE, 1)[0];
      int frame = (int) (0.04 * RATE);
      int voiced = 0;
      int right = 0;
      double[] deviations = new double[part.size() * 100];
      for (NoteEvent n : part) {
        int from = (int) ((n.startSeconds() + 0.04) * RATE);
        int to = (int) ((n.startSeconds() + n.durationSeconds() - 0.02) * RATE);
        for (int at = from; at + frame <= to; at += frame) {
          double hz = Measure.yinHz(x, at, at + frame, RATE);
          if (!(hz > 0)) {
            continue;
          }
          double cents = Measure.cents(hz, Measure.midiHz(n.pitch()));
          deviations[voiced++] = Math.abs(cents);
          right += Math.abs(cents) <= 50 ? 1 : 0;
        }
      }
      java.util.Arrays.sort(deviations, 0, voiced);
      System.out.printf(
          Locale.ROOT,
          "%-14s %7d %9.2f %14.1f%n",
          name,
          voiced,
          100.0 * right / Math.max(1, voiced),
          voiced == 0 ? Double.NaN : deviations[voiced / 2]);
    }
  }
}
