package dev.cadenza.music;

import static dev.cadenza.music.TableFields.number;
import static dev.cadenza.music.TableFields.strings;
import static dev.cadenza.music.TableFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of an arrangement's parts (drums, bass, chords, pad, lead, fx, texture): each part's
 * place in the mix before processing, its MIDI channel, and which instrument roles can fill it.
 * Loaded from {@code music/roles.json}; the manifest's stems carry these role names.
 */
public final class Roles {

  static final String RESOURCE = "/dev/cadenza/music/roles.json";

  /**
   * One part's defaults.
   *
   * @param name the role, also the part's and the stem's name
   * @param gainDb the part's level in the mix, in dB
   * @param pan -1 (left) .. 1 (right)
   * @param midiChannel 0-based MIDI channel the part is written on
   * @param plays instrument roles ({@link InstrumentTable#roles()}) a named instrument may fill the
   *     part with
   */
  public record Role(String name, double gainDb, double pan, int midiChannel, List<String> plays) {
    public Role {
      plays = List.copyOf(plays);
    }
  }

  private final List<Role> roles;

  private Roles(List<Role> roles) {
    this.roles = List.copyOf(roles);
  }

  /** The roles shipped with cadenza. */
  public static Roles standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Roles STANDARD = load();
  }

  private static Roles load() {
    List<Role> roles = new ArrayList<>();
    for (JsonNode r : TableFields.read(RESOURCE).get("roles")) {
      roles.add(
          new Role(
              text(r, "name"),
              number(r, "gainDb"),
              number(r, "pan"),
              (int) number(r, "midiChannel"),
              strings(r, "plays")));
    }
    return new Roles(roles);
  }

  /** Every role in table order. */
  public List<Role> all() {
    return roles;
  }

  /**
   * The role of a name.
   *
   * @throws IllegalStateException when the table has no such role (a mistake in the code)
   */
  public Role role(String name) {
    for (Role r : roles) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalStateException("no role " + name + " in " + RESOURCE);
  }

  /** The part an instrument of role {@code instrumentRole} can fill, if any ("strings": pad). */
  public Optional<Role> filledBy(String instrumentRole) {
    String r = instrumentRole.toLowerCase(Locale.ROOT);
    return roles.stream().filter(role -> role.plays().contains(r)).findFirst();
  }
}
