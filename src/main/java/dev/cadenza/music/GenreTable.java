package dev.cadenza.music;

import static dev.cadenza.music.TableFields.number;
import static dev.cadenza.music.TableFields.numbers;
import static dev.cadenza.music.TableFields.optionalNumber;
import static dev.cadenza.music.TableFields.optionalText;
import static dev.cadenza.music.TableFields.stringLists;
import static dev.cadenza.music.TableFields.strings;
import static dev.cadenza.music.TableFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The genre table shared by every stage: names, aliases and misspellings (case-insensitive;
 * hyphens, spaces and "&amp;"/"and" are interchangeable) mapped to genre families and sub-genres.
 */
public final class GenreTable {

  static final String RESOURCE = "/dev/cadenza/music/genres.json";

  private final List<Genre> genres;
  private final Genre defaultGenre;
  private final Map<String, GenreMatch> byName;

  private GenreTable(List<Genre> genres, String defaultName) {
    this.genres = List.copyOf(genres);
    Map<String, GenreMatch> index = new HashMap<>();
    for (Genre g : genres) {
      register(index, g.name(), new GenreMatch(g, null));
      for (String a : g.aliases()) {
        register(index, a, new GenreMatch(g, null));
      }
      for (Genre.Subgenre s : g.subgenres()) {
        register(index, s.name(), new GenreMatch(g, s));
        for (String a : s.aliases()) {
          register(index, a, new GenreMatch(g, s));
        }
      }
    }
    this.byName = Collections.unmodifiableMap(index);
    this.defaultGenre =
        find(defaultName)
            .map(GenreMatch::genre)
            .orElseThrow(() -> new IllegalStateException("default genre missing: " + defaultName));
  }

  private static void register(Map<String, GenreMatch> index, String name, GenreMatch match) {
    GenreMatch previous = index.putIfAbsent(NameKey.of(name), match);
    // The same genre objects first: a record's generated equals costs a cold JVM milliseconds on
    // its first call, and every repeat within one genre is caught without it.
    boolean same =
        previous != null
            && (previous.genre() == match.genre() && previous.subgenre() == match.subgenre()
                || previous.equals(match));
    if (previous != null && !same) {
      throw new IllegalStateException("genre name used twice: " + name);
    }
  }

  /** The table shipped with cadenza. */
  public static GenreTable standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final GenreTable STANDARD = load();
  }

  private static GenreTable load() {
    JsonNode root = TableFields.read(RESOURCE);
    List<Genre> list = new ArrayList<>();
    for (JsonNode node : root.get("genres")) {
      list.add(genre(node));
    }
    return new GenreTable(list, root.get("defaultGenre").asText());
  }

  private static Genre genre(JsonNode g) {
    List<Genre.Subgenre> subs = new ArrayList<>();
    JsonNode sub = g.get("subgenres");
    if (sub != null) {
      for (JsonNode s : sub) {
        subs.add(
            new Genre.Subgenre(
                text(s, "name"),
                strings(s, "aliases"),
                numbers(s, "bpmRange"),
                optionalNumber(s, "defaultBpm"),
                optionalNumber(s, "energy")));
      }
    }
    JsonNode modifier = g.get("modifier");
    return new Genre(
        text(g, "name"),
        strings(g, "aliases"),
        numbers(g, "bpmRange"),
        number(g, "defaultBpm"),
        text(g, "mode"),
        text(g, "timeSignature"),
        number(g, "swing"),
        number(g, "energy"),
        number(g, "durationSeconds"),
        optionalText(g, "feel"),
        stringLists(g, "instruments"),
        strings(g, "form"),
        subs,
        modifier != null && modifier.asBoolean());
  }

  public List<Genre> genres() {
    return genres;
  }

  /** The genre a spec renders when nothing names one. */
  public Genre defaultGenre() {
    return defaultGenre;
  }

  /** Looks up a genre or sub-genre by its name or any alias, ignoring case and punctuation. */
  public Optional<GenreMatch> find(String nameOrAlias) {
    return Optional.ofNullable(byName.get(NameKey.of(nameOrAlias)));
  }

  /** The family of a genre or sub-genre name. */
  public Optional<Genre> genre(String nameOrAlias) {
    return find(nameOrAlias).map(GenreMatch::genre);
  }

  /** Every name and alias, as its {@link NameKey}, with what it means: for a phrase index. */
  public Map<String, GenreMatch> names() {
    return byName;
  }
}
