package dev.cadenza.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  static final String RESOURCE = "/dev/cadenza/genres/genres.json";

  private final List<Genre> genres;
  private final Genre defaultGenre;
  private final Map<String, GenreMatch> byName;

  private GenreTable(List<Genre> genres, String defaultName) {
    this.genres = List.copyOf(genres);
    Map<String, GenreMatch> index = new HashMap<>();
    for (Genre g : genres) {
      register(index, g.name(), new GenreMatch(g, null));
      g.aliases().forEach(a -> register(index, a, new GenreMatch(g, null)));
      for (Genre.Subgenre s : g.subgenres()) {
        register(index, s.name(), new GenreMatch(g, s));
        s.aliases().forEach(a -> register(index, a, new GenreMatch(g, s)));
      }
    }
    this.byName = Collections.unmodifiableMap(index);
    this.defaultGenre =
        find(defaultName)
            .map(GenreMatch::genre)
            .orElseThrow(() -> new IllegalStateException("default genre missing: " + defaultName));
  }

  private static void register(Map<String, GenreMatch> index, String name, GenreMatch match) {
    GenreMatch previous = index.putIfAbsent(Tokenizer.phraseKey(name), match);
    if (previous != null && !previous.equals(match)) {
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
    try (InputStream in = GenreTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode root = Json.mapper().readTree(in);
      List<Genre> list = new ArrayList<>();
      for (JsonNode node : root.get("genres")) {
        list.add(JsonFields.genre(node));
      }
      return new GenreTable(list, root.get("defaultGenre").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
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
    return Optional.ofNullable(byName.get(Tokenizer.phraseKey(nameOrAlias)));
  }

  /** The family of a genre or sub-genre name. */
  public Optional<Genre> genre(String nameOrAlias) {
    return find(nameOrAlias).map(GenreMatch::genre);
  }

  /** Every name and alias with what it means, for building a phrase index. */
  Map<String, GenreMatch> names() {
    return byName;
  }
}
