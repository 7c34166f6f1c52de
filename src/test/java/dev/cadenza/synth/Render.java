package dev.cadenza.synth;

import java.util.List;

/** Test helper: renders notes into a fresh buffer sized so every note rings out. */
final class Render {
  private Render() {}

  static float[][] notes(
      String instrument, List<NoteEvent> notes, int channels, int rate, long seed) {
    Instrument inst = Instruments.create(instrument);
    double end = 0;
    for (NoteEvent n : notes) {
      end = Math.max(end, n.startSeconds() + inst.soundingSeconds(n));
    }
    float[][] out = new float[channels][(int) Math.ceil((end + 0.1) * rate)];
    inst.render(notes, out, rate, seed);
    return out;
  }

  static float[] mono(String instrument, NoteEvent note, int rate, long seed) {
    return notes(instrument, List.of(note), 1, rate, seed)[0];
  }
}
