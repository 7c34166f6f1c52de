package dev.cadenza.music;

import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.KeyChange;
import java.util.ArrayList;
import java.util.List;

/** Where a track's changes of key lead: what the composer plays and what QA accepts. */
public final class KeyChanges {
  /** A change of a semitone up when the spec does not say how far: the usual pop lift. */
  public static final int DEFAULT_SEMITONES = 1;

  private KeyChanges() {}

  /** The key {@code change} leads to from {@code from}. */
  public static Key target(KeyChange change, Key from) {
    TrackSpec.Key named = change.key();
    if (named != null && named.tonic() != null) {
      return Key.of(named.tonic(), named.mode() == null ? from.mode() : named.mode());
    }
    if (named != null && named.mode() != null) {
      return Key.of(from.tonicName(), named.mode());
    }
    int step = change.semitones() == null ? DEFAULT_SEMITONES : change.semitones();
    return Key.of(Tonics.leadSheet(from.tonic() + step, from.minor()), from.mode());
  }

  /** The track's key and each key its changes lead to, in order. */
  public static List<Key> played(Key home, List<KeyChange> changes) {
    List<Key> keys = new ArrayList<>(List.of(home));
    for (KeyChange c : changes) {
      keys.add(target(c, keys.get(keys.size() - 1)));
    }
    return keys;
  }
}
