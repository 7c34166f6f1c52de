package dev.cadenza.synth;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rendering speed of every instrument on a part typical of its role (128 BPM, 44.1 kHz stereo), and
 * of a three-minute six-stem track on one and on two threads. Run with {@code bench/synth.sh};
 * {@code --raw DIR} also writes three bars of each instrument as raw 32-bit float stereo for
 * listening or spectrograms ({@code sox -t f32 -r 44100 -c 2 kick.f32 -n spectrogram}).
 */
public final class SynthBenchmark {
  private static final int RATE = 44100;
  private static final double BEAT = 60.0 / 128;
  private static final double BAR = 4 * BEAT;

  private SynthBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path raw = null;
    List<String> only = new ArrayList<>();
    for (int a = 0; a < args.length; a++) {
      if (args[a].equals("--raw")) {
        raw = Path.of(args[++a]);
      } else {
        only.add(args[a]);
      }
    }
    double seconds = 60;
    System.out.printf(
        Locale.ROOT,
        "%-15s %6s %10s %12s %14s%n",
        "instrument",
        "notes",
        "render ms",
        "x realtime",
        "Mframes/s");
    for (String name : only.isEmpty() ? Instruments.names() : only) {
      List<NoteEvent> part = part(name, seconds);
      Instrument inst = Instruments.create(name);
      float[][] out = new float[2][(int) ((seconds + 4) * RATE)];
      for (int warm = 0; warm < 3; warm++) {
        inst.render(part, new float[2][out[0].length], RATE, 1); // let the JIT compile
      }
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        float[][] fresh = new float[2][out[0].length];
        long t0 = System.nanoTime();
        inst.render(part, fresh, RATE, 1);
        best = Math.min(best, System.nanoTime() - t0);
      }
      double ms = best / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%-15s %6d %10.1f %12.0f %14.1f%n",
          name,
          part.size(),
          ms,
          seconds * 1000 / ms,
          out[0].length / (ms * 1e3));
      if (raw != null) {
        Files.createDirectories(raw);
        List<NoteEvent> excerpt = part(name, 3 * BAR);
        float[][] x = new float[2][(int) ((3 * BAR + 2) * RATE)];
        inst.render(excerpt, x, RATE, 1);
        writeRaw(raw.resolve(name + ".f32"), x);
      }
    }
    if (only.isEmpty()) {
      track(180);
    }
  }

  /** Six stems of a three-minute track, rendered one after another and on two threads. */
  private static void track(double seconds) throws Exception {
    List<String> stems = List.of("kick", "snare", "closed-hat", "reese-bass", "pad", "lead");
    for (int threads : new int[] {1, 2}) {
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<float[][]>> done = new ArrayList<>();
        for (String name : stems) {
          done.add(
              pool.submit(
                  () -> {
                    float[][] out = new float[2][(int) ((seconds + 4) * RATE)];
                    Instruments.create(name).render(part(name, seconds), out, RATE, 7);
                    return out;
                  }));
        }
        for (Future<float[][]> f : done) {
          f.get();
        }
        best = Math.min(best, System.nanoTime() - t0);
        pool.shutdown();
      }
      System.out.printf(
          Locale.ROOT,
          "track: %d stems x %.0f s on %d thread(s): %.0f ms%n",
          stems.size(),
          seconds,
          threads,
          best / 1e6);
    }
  }

  /** A part typical of the instrument's role. */
  static List<NoteEvent> part(String name, double seconds) {
    List<NoteEvent> notes = new ArrayList<>();
    int[] chord = {57, 60, 64, 67};
    int[] line = {57, 60, 64, 62, 60, 67, 64, 69};
    int[] bassLine = {33, 33, 45, 36, 33, 43, 31, 38};
    switch (family(name)) {
      case "kick" -> every(notes, seconds, BEAT, 0, 36, 0.25);
      case "snare", "clap" -> every(notes, seconds, 2 * BEAT, BEAT, 38, 0.25);
      case "closed-hat", "shaker" -> every(notes, seconds, BEAT / 4, 0, 42, 0.05);
      case "open-hat" -> every(notes, seconds, BEAT, BEAT / 2, 46, 0.25);
      case "ride" -> every(notes, seconds, BEAT / 2, 0, 51, 0.2);
      case "crash" -> every(notes, seconds, 4 * BAR, 0, 49, 1);
      case "tom", "cowbell", "rim" -> every(notes, seconds, BEAT / 2, BEAT / 4, 45, 0.2);
      case "riser", "downlifter" -> {
        for (double t = 0; t + 8 * BAR <= seconds + 1e-9; t += 16 * BAR) {
          notes.add(new NoteEvent(t, 8 * BAR, 60, 0.9));
        }
        if (notes.isEmpty()) {
          notes.add(new NoteEvent(0, seconds, 60, 0.9));
        }
      }
      case "impact" -> every(notes, seconds, 8 * BAR, 0, 36, 3);
      case "sub-bass", "808", "reese-bass" -> {
        int i = 0;
        for (double t = 0; t < seconds; t += BEAT * 2, i++) {
          notes.add(new NoteEvent(t, BEAT * 1.9, bassLine[i % 8], 0.9));
        }
      }
      case "saxophone", "trumpet", "flute", "voice-ooh", "voice-aah", "lead-guitar" -> {
        // A sung or blown phrase: a beat a note, every fourth note held for two.
        int i = 0;
        for (double t = 0; t < seconds; i++) {
          double length = i % 4 == 3 ? 2 * BEAT : BEAT;
          notes.add(new NoteEvent(t, length * 0.92, line[i % 8], 0.8));
          t += length;
        }
      }
      case "upright-bass" -> {
        int i = 0;
        for (double t = 0; t < seconds; t += BEAT, i++) {
          notes.add(new NoteEvent(t, BEAT * 0.9, bassLine[i % 8] + 12, 0.85));
        }
      }
      case "acid-bass", "pluck-bass", "electric-bass" -> {
        int i = 0;
        for (double t = 0; t < seconds; t += BEAT / 4, i++) {
          NoteEvent n = new NoteEvent(t, BEAT / 4 * 0.9, bassLine[(i / 2) % 8] + 12, 0.8);
          if (name.equals("acid-bass") && i % 4 == 3) {
            n = n.with(NoteEvent.ACCENT, 1);
          }
          if (name.equals("acid-bass") && i % 8 == 5) {
            n = n.with(NoteEvent.SLIDE_FROM, bassLine[((i - 1) / 2) % 8] + 12);
          }
          notes.add(n);
        }
      }
      case "lead", "pluck" -> {
        int i = 0;
        for (double t = 0; t < seconds; t += BEAT / 2, i++) {
          notes.add(new NoteEvent(t, BEAT / 2 * 0.9, line[i % 8] + 12, 0.85));
        }
      }
      default -> {
        // Chords: one four-note chord per bar (pads, strings, keys, supersaw, choir, brass).
        for (double t = 0; t < seconds; t += BAR) {
          for (int p : chord) {
            notes.add(new NoteEvent(t, BAR * 0.95, p, 0.8));
          }
        }
      }
    }
    return notes;
  }

  /** A kit's drum plays its voice's part: "kick-909" as "kick". */
  private static String family(String name) {
    for (String voice : List.of("kick", "snare", "closed-hat", "open-hat")) {
      if (name.startsWith(voice + "-")) {
        return voice;
      }
    }
    return name;
  }

  private static void every(
      List<NoteEvent> notes, double seconds, double step, double offset, int pitch, double length) {
    for (double t = offset; t < seconds; t += step) {
      notes.add(new NoteEvent(t, length, pitch, 0.9));
    }
  }

  private static void writeRaw(Path file, float[][] x) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(x[0].length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < x[0].length; i++) {
      buf.putFloat(x[0][i]);
      buf.putFloat(x[1][i]);
    }
    try (OutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.write(buf.array());
    }
  }
}
