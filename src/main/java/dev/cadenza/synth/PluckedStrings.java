package dev.cadenza.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Guitars and basses: one {@link PluckedString} per note, a chord's strings struck a few
 * milliseconds apart from the lowest up (a down stroke), then a wooden body ({@link StringBody})
 * for the acoustic instruments or an amplifier and cabinet ({@link GuitarAmp}) for the electric
 * ones. The amp distorts a chord as a whole, as a real one does: a power chord's intermodulation is
 * its sound. A note with the {@link #MUTE} parameter is palm-muted: the heel of the hand on the
 * strings at the bridge shortens the ring to a thud and darkens it.
 */
final class PluckedStrings extends NoteInstrument {
  /** Palm mute 0..1 (0: open strings). */
  static final String MUTE = NoteEvent.MUTE;

  /**
   * One instrument of the family.
   *
   * @param string how its strings are built and plucked (t60 at 110 Hz; lower strings ring longer)
   * @param body the wooden body, or null for a solid-body instrument
   * @param amp the amplifier, or null for an acoustic instrument or a bass played direct
   * @param strumSeconds between two strings of a chord struck together
   * @param level each string's level before the body or amp
   */
  record Model(
      PluckedString.Pluck string,
      StringBody body,
      GuitarAmp amp,
      double strumSeconds,
      double level) {}

  static final Model ACOUSTIC =
      new Model(
          new PluckedString.Pluck(0.18, 0.17, 3.5, 0.12, 3000),
          StringBody.STEEL_GUITAR,
          null,
          0.008,
          0.35);
  static final Model NYLON =
      new Model(
          new PluckedString.Pluck(0.35, 0.22, 2.5, 0.12, 2500),
          StringBody.NYLON_GUITAR,
          null,
          0.01,
          0.26);
  static final Model CLEAN =
      new Model(
          new PluckedString.Pluck(0.2, 0.12, 3.0, 0.1, 4000), null, GuitarAmp.CLEAN, 0.005, 0.22);
  static final Model CRUNCH =
      new Model(
          new PluckedString.Pluck(0.22, 0.12, 3.0, 0.1, 4000), null, GuitarAmp.CRUNCH, 0.004, 0.25);
  static final Model HIGH_GAIN =
      new Model(
          new PluckedString.Pluck(0.25, 0.1, 3.0, 0.08, 3500),
          null,
          GuitarAmp.HIGH_GAIN,
          0.002,
          0.25);

  /** A singing lead: long-sustaining strings into a driven amp, one note at a time. */
  static final Model LEAD =
      new Model(new PluckedString.Pluck(0.2, 0.13, 7.0, 0.08, 3500), null, GuitarAmp.LEAD, 0, 0.3);

  static final Model UPRIGHT_BASS =
      new Model(
          new PluckedString.Pluck(0.5, 0.25, 1.6, 0.1, 700), StringBody.DOUBLE_BASS, null, 0, 0.42);
  static final Model FINGERED_BASS =
      new Model(new PluckedString.Pluck(0.32, 0.2, 4.0, 0.08, 1800), null, null, 0, 0.6);

  private static final double RELEASE = 0.15;
  private static final double MUTED_T60 = 0.18;
  private final Model model;

  PluckedStrings(Model model) {
    this.model = model;
  }

  @Override
  protected boolean playsChords() {
    return true;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return Math.min(note.durationSeconds(), ringSeconds(hz(note))) + RELEASE;
  }

  private double ringSeconds(double hz) {
    return Math.max(0.3, Math.min(12, model.string().t60() * StrictMath.sqrt(110 / hz)));
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    renderChord(List.of(note), b);
  }

  @Override
  protected void renderChord(List<NoteEvent> chord, NoteBuffer b) {
    double sr = b.sampleRate;
    double[] x = b.work;
    java.util.Arrays.fill(x, 0, b.frames, 0.0);
    List<NoteEvent> down = new ArrayList<>(chord);
    down.sort(Comparator.comparingInt(NoteEvent::pitch));
    int spread = (int) Math.round(model.strumSeconds() * sr);
    for (int k = 0; k < down.size(); k++) {
      int at = Math.min(b.frames, k * spread);
      strike(down.get(k), x, at, b, sr);
    }
    if (model.body() != null) {
      model.body().process(x, b.frames, sr);
    }
    if (model.amp() != null) {
      model.amp().process(x, b.frames, sr);
      mute(x, b);
    }
    for (int i = 0; i < b.frames; i++) {
      b.left[i] = (float) x[i];
    }
  }

  /**
   * The player's hand stopping the strings at release. Behind a driven amp the damped string would
   * stay loud until it fell under the clipping level, so the amp's output is faded too (a 20 ms
   * time constant), as lifting the fretting fingers silences an amp at once.
   */
  private static void mute(double[] x, NoteBuffer b) {
    double fall = StrictMath.exp(-1 / (0.02 * b.sampleRate));
    double level = 1;
    for (int i = Math.max(0, b.gateFrames); i < b.frames; i++) {
      level *= fall;
      x[i] *= level;
    }
  }

  /** Adds one string, plucked {@code at} frames into the chord. */
  private void strike(NoteEvent note, double[] x, int at, NoteBuffer b, double sr) {
    double hz = hz(note);
    double v = note.velocity();
    double mute = Math.max(0, Math.min(1, note.param(MUTE, 0)));
    PluckedString.Pluck p = model.string();
    double t60 = ringSeconds(hz);
    PluckedString.Pluck played =
        new PluckedString.Pluck(
            p.loss() + (0.5 - p.loss()) * mute,
            p.pickPosition(),
            t60 + (Math.min(t60, MUTED_T60) - t60) * mute,
            p.dampT60(),
            p.pluckHz() * (0.35 + 0.65 * v) * (1 - 0.6 * mute));
    double level = model.level() * velocityGain(v);
    int frames = b.frames - at;
    if (frames <= 0) {
      return;
    }
    long seed = Seeds.sub(b.seed, note.pitch());
    int gate = Math.max(0, b.gateFrames - at);
    PluckedString.add(x, at, frames, gate, hz, level, played, sr, seed);
  }
}
