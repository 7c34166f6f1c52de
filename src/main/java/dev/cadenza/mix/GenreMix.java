package dev.cadenza.mix;

import dev.cadenza.spec.ChainSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a genre is mixed beyond the role chains of {@code mix/roles.json}, from {@code
 * mix/genres.json}: each role's placement and width (stages after its role chain), its level
 * against the others, and its sends to the genre's shared returns (a room or plate, a tempo-synced
 * echo), which are mixed back onto the bus; the bus runs on for {@code tailSeconds} after the stems
 * so the returns ring out.
 *
 * @param returns the shared effects by name, each a chain fed by the roles' sends and heard at full
 *     level on the bus (sorted by name: the order they are added in)
 * @param tailSeconds how long the bus runs on after the longest stem
 * @param roles by role name; a role not listed is placed by its role chain and manifest alone
 * @param sectionsDb the level of each kind of section (by its label), dB; others 0 ({@link
 *     SectionLevels})
 * @param fadeOutSeconds the length of the fade at the end of the music, 0 for none
 */
public record GenreMix(
    Map<String, List<ChainSpec.Stage>> returns,
    Double tailSeconds,
    Map<String, RoleMix> roles,
    Map<String, Double> sectionsDb,
    Double fadeOutSeconds) {

  /**
   * How long past the track's end the stems may ring before the bus tail counts from there: the
   * voices' releases end within it, a crash left to ring out (4.4 s) does not.
   */
  public static final double RING_OUT_SECONDS = 1.0;

  /** No genre mix: the role chains, gains and pans alone (a mix of bare WAV files). */
  public static final GenreMix NONE = new GenreMix(Map.of(), 0.0, Map.of(), Map.of(), 0.0);

  public GenreMix {
    returns = returns == null ? Map.of() : new TreeMap<>(returns);
    roles = roles == null ? Map.of() : new TreeMap<>(roles);
    sectionsDb = sectionsDb == null ? Map.of() : new TreeMap<>(sectionsDb);
    tailSeconds = tailSeconds == null ? 0.0 : tailSeconds;
    fadeOutSeconds = fadeOutSeconds == null ? 0.0 : fadeOutSeconds;
    if (!(tailSeconds >= 0 && tailSeconds <= 30)) {
      throw new IllegalArgumentException("tailSeconds must be in 0..30: " + tailSeconds);
    }
    if (!(fadeOutSeconds >= 0 && fadeOutSeconds <= 60)) {
      throw new IllegalArgumentException("fadeOutSeconds must be in 0..60: " + fadeOutSeconds);
    }
  }

  /**
   * One role's part of the mix.
   *
   * @param gainDb added to the stem's own gain: the genre's balance
   * @param sends level sent to each return, dB, post-fader; a return not named gets nothing
   * @param stages processing after the role chain (placement, width, ducking)
   */
  public record RoleMix(Double gainDb, Map<String, Double> sends, List<ChainSpec.Stage> stages) {
    static final RoleMix NONE = new RoleMix(0.0, Map.of(), List.of());

    public RoleMix {
      gainDb = gainDb == null ? 0.0 : gainDb;
      sends = sends == null ? Map.of() : new TreeMap<>(sends);
      stages = stages == null ? List.of() : List.copyOf(stages);
    }
  }

  /** The mix of {@code genre} (a manifest's genre family; null or unknown: the default mix). */
  public static GenreMix of(String genre) {
    return GenreMixes.standard().of(genre);
  }

  /**
   * The mix of {@code genre} adjusted by the production hints the mix renders ({@code
   * mix/hints.json}), in their order; other hints change nothing here.
   */
  public static GenreMix of(String genre, List<String> productionHints) {
    GenreMixes table = GenreMixes.standard();
    return MixHints.standard().apply(table.of(genre), productionHints, table.of(null));
  }

  /** What {@code role} gets; nothing for a role the genre does not name or for null. */
  public RoleMix role(String role) {
    return role == null ? RoleMix.NONE : roles.getOrDefault(role, RoleMix.NONE);
  }

  /** Whether this mix adds anything to the role chains. */
  public boolean isNone() {
    return returns.isEmpty() && roles.isEmpty() && sectionsDb.isEmpty() && fadeOutSeconds <= 0;
  }

  /**
   * Whether stems of {@code stemFrames} frames are a loop of {@code durationSeconds} (null: not
   * known): a loop's stems end exactly at its length, where other tracks' stems ring on.
   */
  static boolean loop(int sampleRate, long stemFrames, Double durationSeconds) {
    return durationSeconds != null && stemFrames == Math.round(durationSeconds * sampleRate);
  }

  /**
   * Frames the bus runs on after stems of {@code stemFrames} frames, for a track of {@code
   * durationSeconds} (null when unknown): {@code tailSeconds} after the stems, or after {@link
   * #RING_OUT_SECONDS} past the track's end when the stems ring on longer than that (never less
   * than the stems); none for a loop, whose stems end exactly at its length (it repeats: its stems'
   * ring-out is already carried round onto its start, and the returns' by {@link #wrapFrames}), nor
   * without returns.
   */
  public int tailFrames(int sampleRate, long stemFrames, Double durationSeconds) {
    if (returns.isEmpty() || stemFrames < 0 || loop(sampleRate, stemFrames, durationSeconds)) {
      return 0;
    }
    long tail = Math.round(tailSeconds * sampleRate);
    if (durationSeconds == null) {
      return (int) tail;
    }
    // A stem ringing further than RING_OUT_SECONDS past the end is a last hit left to decay on its
    // own (a crash), which carries the room down with it: the bus tail counts from that point
    // instead of the stems' end, so the file runs past the music by what QA allows for ring-out.
    long ringing = Math.round((durationSeconds + RING_OUT_SECONDS) * sampleRate);
    return (int) Math.max(0, Math.min(stemFrames, ringing) + tail - stemFrames);
  }

  /**
   * Frames of the returns' tail a loop carries round onto its start (the tail it would ring on for
   * if it were not a loop); 0 for anything else.
   */
  public int wrapFrames(int sampleRate, long stemFrames, Double durationSeconds) {
    if (returns.isEmpty() || stemFrames <= 0 || !loop(sampleRate, stemFrames, durationSeconds)) {
      return 0;
    }
    return (int) Math.round(tailSeconds * sampleRate);
  }
}
