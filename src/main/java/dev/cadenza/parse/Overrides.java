package dev.cadenza.parse;

import dev.cadenza.music.GenreMatch;
import dev.cadenza.music.Instrument;
import dev.cadenza.music.Modes;
import dev.cadenza.music.Tempo;
import dev.cadenza.spec.TrackLimits;
import dev.cadenza.spec.TrackSpec.Key;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values set on the command line ({@code --set bpm=128 --set key="D minor"}); each beats anything
 * the prompt says. Field names are those of the trackspec, case-insensitive; a few short forms are
 * accepted (duration, time, meter, excluded).
 */
public record Overrides(
    GenreMatch genre,
    String subgenre,
    Double bpm,
    Key key,
    String mode,
    String timeSignature,
    Integer bars,
    Double durationSeconds,
    Double energy,
    List<String> moods,
    List<String> instruments,
    List<String> excludedInstruments,
    String feel,
    Long seed,
    List<String> structure,
    List<String> productionHints,
    Map<String, String> written) {

  public static final Overrides NONE =
      new Overrides(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, Map.of());

  /** A {@code --set} that names no field or gives a value the field cannot take. */
  public static final class InvalidOverrideException extends IllegalArgumentException {
    public InvalidOverrideException(String message) {
      super(message);
    }
  }

  public static final List<String> FIELDS =
      List.of(
          "genre",
          "subgenre",
          "bpm",
          "key",
          "mode",
          "timeSignature",
          "bars",
          "durationSeconds",
          "energy",
          "moods",
          "instruments",
          "excludedInstruments",
          "feel",
          "seed",
          "structure",
          "productionHints");

  /** Parses {@code field=value} settings, in the order given. */
  public static Overrides parse(Map<String, String> settings, Lexicon lex) {
    if (settings == null || settings.isEmpty()) {
      return NONE;
    }
    Builder b = new Builder();
    Map<String, String> written = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : settings.entrySet()) {
      String field = canonicalField(e.getKey());
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (value.isEmpty()) {
        throw new InvalidOverrideException("--set " + e.getKey() + "=: empty value");
      }
      written.put(field, value);
      b.set(field, value, lex);
    }
    return new Overrides(
        b.genre,
        b.subgenre,
        b.bpm,
        b.key,
        b.mode,
        b.timeSignature,
        b.bars,
        b.durationSeconds,
        b.energy,
        b.moods,
        b.instruments,
        b.excluded,
        b.feel,
        b.seed,
        b.structure,
        b.hints,
        Map.copyOf(written));
  }

  private static String canonicalField(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return switch (k) {
      case "genre" -> "genre";
      case "subgenre" -> "subgenre";
      case "bpm", "tempo" -> "bpm";
      case "key" -> "key";
      case "mode" -> "mode";
      case "timesignature", "time", "meter" -> "timeSignature";
      case "bars" -> "bars";
      case "durationseconds", "duration" -> "durationSeconds";
      case "energy" -> "energy";
      case "moods", "mood" -> "moods";
      case "instruments" -> "instruments";
      case "excludedinstruments", "excluded", "exclude" -> "excludedInstruments";
      case "feel" -> "feel";
      case "seed" -> "seed";
      case "structure" -> "structure";
      case "productionhints", "production" -> "productionHints";
      default ->
          throw new InvalidOverrideException(
              "--set " + name + ": unknown field; one of " + String.join(", ", FIELDS));
    };
  }

  private static final class Builder {
    GenreMatch genre;
    String subgenre;
    Double bpm;
    Key key;
    String mode;
    String timeSignature;
    Integer bars;
    Double durationSeconds;
    Double energy;
    List<String> moods;
    List<String> instruments;
    List<String> excluded;
    String feel;
    Long seed;
    List<String> structure;
    List<String> hints;

    void set(String field, String value, Lexicon lex) {
      switch (field) {
        case "genre" -> {
          genre = lex.genres().find(value).orElseThrow(() -> bad(field, value, "unknown genre"));
          if (genre.subgenre() != null) {
            subgenre = genre.subgenre().name();
          }
        }
        case "subgenre" -> subgenre = value.toLowerCase(Locale.ROOT);
        case "bpm" -> bpm = number(field, value, Tempo.MIN_BPM, Tempo.MAX_BPM);
        case "key" -> key = key(value, lex);
        case "mode" -> {
          mode = Units.mode(value.toLowerCase(Locale.ROOT));
          if (mode == null) {
            throw bad(field, value, "expected one of " + String.join(", ", Modes.names()));
          }
        }
        case "timeSignature" -> {
          int[] f = Numbers.fraction(value);
          if (f == null || f[0] < 1 || f[0] > 32 || !List.of(2, 4, 8, 16).contains(f[1])) {
            throw bad(field, value, "expected e.g. 4/4, 3/4, 6/8, 7/8");
          }
          timeSignature = f[0] + "/" + f[1];
        }
        case "bars" -> bars = (int) integer(field, value, 1, 10000);
        case "durationSeconds" -> durationSeconds = duration(value, lex);
        case "energy" -> energy = number(field, value, 0, 1);
        case "moods" -> moods = list(value);
        case "instruments" -> instruments = instruments(field, value, lex);
        case "excludedInstruments" -> excluded = instruments(field, value, lex);
        case "feel" -> {
          feel = value.toLowerCase(Locale.ROOT);
          if (!List.of("straight", "swing", "half-time", "double-time").contains(feel)) {
            throw bad(field, value, "expected straight, swing, half-time or double-time");
          }
        }
        case "seed" -> seed = (long) integer(field, value, 0, 9.0e15);
        case "structure" -> structure = list(value);
        case "productionHints" -> hints = list(value);
        default -> throw new IllegalStateException(field);
      }
    }
  }

  private static InvalidOverrideException bad(String field, String value, String why) {
    return new InvalidOverrideException("--set " + field + "=" + value + ": " + why);
  }

  private static double number(String field, String value, double lo, double hi) {
    Double v = null;
    try {
      v = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      // reported below
    }
    if (v == null || !Double.isFinite(v) || v < lo || v > hi) {
      throw bad(field, value, "expected a number from " + fmt(lo) + " to " + fmt(hi));
    }
    return v;
  }

  private static double integer(String field, String value, double lo, double hi) {
    double v = number(field, value, lo, hi);
    if (v != Math.floor(v)) {
      throw bad(field, value, "expected a whole number");
    }
    return v;
  }

  private static String fmt(double v) {
    return v == Math.floor(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** "150", "2:30", "3 min", "90 seconds". */
  private static double duration(String value, Lexicon lex) {
    Double mmss = Numbers.minutesSeconds(value);
    Double plain = Numbers.decimal(value);
    Double given = mmss != null ? mmss : plain;
    if (given != null && given > TrackLimits.MAX_SECONDS) {
      throw bad("durationSeconds", value, "a track may last at most 1 hour");
    }
    if (mmss != null && mmss > 0) {
      return mmss;
    }
    if (plain != null && plain >= 1 && plain <= TrackLimits.MAX_SECONDS) {
      return plain;
    }
    Extractor x = new Extractor(lex, value, Tokenizer.tokenize(value));
    Findings f = x.run();
    if (f.durations.size() == 1) {
      return f.durations.get(0).value();
    }
    throw bad("durationSeconds", value, "expected seconds, m:ss or e.g. \"3 min\"");
  }

  private static Key key(String value, Lexicon lex) {
    Extractor x = new Extractor(lex, value, Tokenizer.tokenize(value));
    Findings f = x.run();
    if (f.keys.size() == 1 && f.keys.get(0).value().tonic() != null) {
      var k = f.keys.get(0).value();
      return new Key(k.tonic(), k.mode());
    }
    // A bare letter ("E", "a") is a tonic here: the field says it is a key.
    Extractor prefixed = new Extractor(lex, "key " + value, Tokenizer.tokenize("key " + value));
    Findings g = prefixed.run();
    if (g.keys.size() == 1 && g.keys.get(0).value().tonic() != null) {
      var k = g.keys.get(0).value();
      return new Key(k.tonic(), k.mode());
    }
    throw bad("key", value, "expected e.g. \"D minor\", F#m, Eb, \"A flat minor\"");
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (!p.isEmpty() && !out.contains(p)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> instruments(String field, String value, Lexicon lex) {
    List<String> out = new ArrayList<>();
    for (String part : list(value)) {
      Instrument inst = lex.findInstrument(part);
      if (inst == null) {
        throw bad(field, value, "unknown instrument \"" + part + "\"");
      }
      if (!out.contains(inst.name())) {
        out.add(inst.name());
      }
    }
    return List.copyOf(out);
  }
}
