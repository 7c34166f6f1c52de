package dev.cadenza.parse;

import dev.cadenza.spec.TrackSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hand-written prompt table (src/test/resources/dev/cadenza/parse/prompts.tsv): each line a
 * prompt and the fields a producer reading it would take from it. Shared by the table test and the
 * accuracy report.
 */
final class PromptTable {

  /** One prompt and its expected fields, in the order written. */
  record Case(int line, String prompt, Map<String, String> expected) {
    @Override
    public String toString() {
      return line + ": " + prompt;
    }
  }

  /** One expected field that the parser got wrong. */
  record Miss(String field, String expected, String actual) {}

  private PromptTable() {}

  static List<Case> load() {
    return load("prompts.tsv");
  }

  static List<Case> load(String resource) {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = PromptTable.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != 2) {
          throw new IllegalStateException(resource + " line " + number + ": expected one tab");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String item : parts[1].split(";")) {
          String s = item.strip();
          if (s.isEmpty()) {
            continue;
          }
          int eq = s.indexOf('=');
          if (eq < 0) {
            throw new IllegalStateException(resource + " line " + number + ": " + s);
          }
          expected.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        cases.add(new Case(number, parts[0], expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** Checks every expected field of one case; returns the misses. */
  static List<Miss> check(Case c, TrackSpec spec) {
    List<Miss> misses = new ArrayList<>();
    for (Map.Entry<String, String> e : c.expected().entrySet()) {
      String field = e.getKey();
      String want = e.getValue();
      String got = actual(field, want, spec);
      if (!matches(field, want, got, spec)) {
        misses.add(new Miss(field, want, got));
      }
    }
    return misses;
  }

  private static List<String> items(String csv) {
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String actual(String field, String want, TrackSpec s) {
    return switch (field) {
      case "genre" -> s.genre();
      case "subgenre" -> String.valueOf(s.subgenre());
      case "bpm" -> Resolver.num(s.bpm());
      case "bpmSource" -> s.provenance().get("bpm").source();
      case "range" -> s.tempoRange().toString();
      case "feel" -> s.feel();
      case "key" -> s.key().tonic() + " " + s.key().mode();
      case "keySource" -> s.provenance().get("key").source();
      case "mode" -> s.key().mode();
      case "ts" -> s.timeSignature();
      case "bars" -> String.valueOf(s.bars());
      case "dur" -> String.valueOf(s.durationSeconds());
      case "energy" -> String.valueOf(s.energy());
      case "moods" -> s.moods().toString();
      case "inst", "notinst" -> s.instruments().toString();
      case "excl" -> s.excludedInstruments().toString();
      case "refs", "unknownRefs" ->
          s.references().stream().map(r -> r.name() + (r.known() ? "" : "?")).toList().toString();
      case "structure" -> String.join(",", s.structure());
      case "loop" -> String.valueOf(s.loopable());
      case "ending" -> String.valueOf(s.ending());
      case "opening" -> String.valueOf(s.opening());
      case "hints" -> s.productionHints().toString();
      case "era" -> String.valueOf(s.era());
      case "seed" -> String.valueOf(s.seed());
      case "unparsed" ->
          s.unparsed().stream().map(TrackSpec.Unparsed::text).collect(Collectors.joining("|"));
      case "corr" ->
          s.corrections().stream()
              .map(k -> k.text() + ">" + k.correctedTo())
              .collect(Collectors.joining(","));
      case "warn" -> String.join(" | ", s.warnings());
      case "otherGenres" -> s.otherGenres().toString();
      default -> throw new IllegalArgumentException("unknown field in prompts.tsv: " + field);
    };
  }

  private static boolean matches(String field, String want, String got, TrackSpec s) {
    return switch (field) {
      case "bpm" -> Math.abs(s.bpm() - Double.parseDouble(want)) < 1e-9;
      case "dur" -> Math.abs(s.durationSeconds() - Double.parseDouble(want)) < 0.01;
      case "range" -> {
        String[] lohi = want.split("-");
        yield Math.abs(s.tempoRange().get(0) - Double.parseDouble(lohi[0])) < 0.01
            && Math.abs(s.tempoRange().get(1) - Double.parseDouble(lohi[1])) < 0.01;
      }
      case "energy" ->
          switch (want) {
            case "low" -> s.energy() <= 0.33;
            case "high" -> s.energy() >= 0.66;
            case "medium" -> s.energy() > 0.33 && s.energy() < 0.66;
            default -> throw new IllegalArgumentException("energy is low, medium or high");
          };
      case "moods" -> s.moods().containsAll(items(want));
      case "inst" -> s.instruments().containsAll(items(want));
      case "notinst" -> items(want).stream().noneMatch(s.instruments()::contains);
      case "excl" -> s.excludedInstruments().containsAll(items(want));
      case "refs" ->
          items(want).stream()
              .allMatch(
                  n -> s.references().stream().anyMatch(r -> r.known() && r.name().equals(n)));
      case "unknownRefs" ->
          items(want).stream()
              .allMatch(
                  n -> s.references().stream().anyMatch(r -> !r.known() && r.name().equals(n)));
      case "hints" -> s.productionHints().containsAll(items(want));
      case "otherGenres" -> s.otherGenres().containsAll(items(want));
      case "unparsed" -> s.unparsed().stream().anyMatch(u -> u.text().equals(want));
      case "corr" -> want.isEmpty() ? got.isEmpty() : got.contains(want);
      case "warn" -> s.warnings().stream().anyMatch(w -> w.contains(want));
      default -> want.equals(got);
    };
  }
}
