package dev.cadenza.parse;

import dev.cadenza.spec.TrackSpec;
import java.util.Map;
import java.util.TreeMap;

/**
 * Field-level accuracy of the parser on the prompt table: for each field, how many of the
 * expectations written in prompts.tsv it meets. Run with {@code bench/parse-accuracy.sh}.
 */
public final class ParseAccuracy {

  private ParseAccuracy() {}

  public static void main(String[] args) {
    for (String table :
        args.length > 0
            ? args
            : new String[] {
              "prompts.tsv",
              "prompts-heldout.tsv",
              "prompts-heldout2.tsv",
              "prompts-heldout3.tsv",
              "prompts-heldout4.tsv"
            }) {
      System.out.println("== " + table);
      report(table);
    }
  }

  private static void report(String table) {
    Map<String, int[]> perField = new TreeMap<>();
    int total = 0;
    int right = 0;
    int prompts = 0;
    int perfect = 0;
    for (PromptTable.Case c : PromptTable.load(table)) {
      prompts++;
      TrackSpec spec = PromptParser.standard().parse(c.prompt());
      var misses = PromptTable.check(c, spec);
      if (misses.isEmpty()) {
        perfect++;
      }
      for (String field : c.expected().keySet()) {
        int[] counts = perField.computeIfAbsent(field, k -> new int[2]);
        counts[1]++;
        total++;
        if (misses.stream().noneMatch(m -> m.field().equals(field))) {
          counts[0]++;
          right++;
        }
      }
      for (var m : misses) {
        System.out.printf(
            "miss  line %d  %-10s want %-24s got %s   (%s)%n",
            c.line(), m.field(), m.expected(), m.actual(), c.prompt());
      }
    }
    System.out.printf("%-12s %7s %7s%n", "field", "right", "of");
    perField.forEach(
        (f, c) ->
            System.out.printf("%-12s %7d %7d  %5.1f%%%n", f, c[0], c[1], 100.0 * c[0] / c[1]));
    System.out.printf("all fields   %7d %7d  %5.1f%%%n", right, total, 100.0 * right / total);
    System.out.printf("prompts fully right: %d of %d%n", perfect, prompts);
  }
}
