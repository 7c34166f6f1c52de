package dev.cadenza.compose;

/**
 * The fills that close phrases and sections, over the last {@code beats} beats of a bar, rising in
 * level to the next downbeat. A phrase end inside a section gets the lighter version of the kind.
 */
final class Fills {
  /** General MIDI toms from high to low: a run down the kit. */
  private static final int[] TOMS = {50, 48, 47, 45, 43, 41};

  private Fills() {}

  static void play(
      BarGrid f, int bar, DrumVariation.Fill kind, int beats, boolean sectionEnd, Drums.Kit kit) {
    double end = f.barStart(bar + 1);
    double from = end - beats * f.beatSeconds();
    String snare = Drums.fillVoice(kit.allowed);
    DrumVariation.Fill k = sectionEnd ? kind : DrumVariation.Fill.SIXTEENTHS;
    int perBeat = k == DrumVariation.Fill.TRIPLETS ? 3 : sectionEnd || beats > 1 ? 4 : 2;
    int hits = beats * perBeat;
    double step = (end - from) / hits;
    for (int i = 0; i < hits; i++) {
      double t = from + i * step;
      double level = 0.55 + 0.4 * i / Math.max(1, hits - 1);
      switch (k) {
        case TOMS -> {
          if (kit.allowed.contains("tom") && i >= hits / 2) {
            int pitch =
                TOMS[Math.min(TOMS.length - 1, (i - hits / 2) * TOMS.length / (hits - hits / 2))];
            kit.hitAt("tom", t, step, kit.humanised(level), pitch);
          } else {
            kit.play(snare, t, step, level);
          }
        }
        case KICK_SNARE -> {
          boolean lastBeat = t >= end - f.beatSeconds() - 1e-9;
          kit.play(lastBeat || i % 2 == 1 ? snare : "kick", t, step, level);
        }
        default -> kit.play(snare, t, step, level);
      }
    }
  }
}
