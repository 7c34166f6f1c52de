package dev.cadenza.parse;

import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The human table of {@code cadenza parse --explain}: field, value, source, matched words. */
public final class ExplainTable {

  private ExplainTable() {}

  public static String render(TrackSpec spec) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FIELD", "VALUE", "SOURCE", "FROM"});
    Map<String, Provenance> p = spec.provenance();
    add(rows, p, "genre", spec.genre());
    if (spec.subgenre() != null) {
      add(rows, p, "subgenre", spec.subgenre());
    }
    add(rows, p, "bpm", Resolver.num(spec.bpm()));
    add(
        rows,
        p,
        "tempoRange",
        Resolver.num(spec.tempoRange().get(0)) + "-" + Resolver.num(spec.tempoRange().get(1)));
    add(rows, p, "feel", spec.feel());
    if (spec.swing() != null) {
      add(rows, p, "swing", Resolver.num(spec.swing()));
    }
    add(rows, p, "key", spec.key().tonic() + " " + spec.key().mode());
    if (p.containsKey("mode")) {
      add(rows, p, "mode", spec.key().mode());
    }
    add(rows, p, "timeSignature", spec.timeSignature());
    if (spec.bars() != null) {
      add(rows, p, "bars", String.valueOf(spec.bars()));
    }
    add(rows, p, "durationSeconds", Resolver.num(Math.round(spec.durationSeconds() * 100) / 100.0));
    add(rows, p, "energy", Resolver.num(spec.energy()));
    addList(rows, p, "moods", spec.moods());
    addList(rows, p, "instruments", spec.instruments());
    addList(rows, p, "excludedInstruments", spec.excludedInstruments());
    List<String> refs = new ArrayList<>();
    for (TrackSpec.Reference r : spec.references()) {
      refs.add(r.name() + (r.known() ? " (" + r.genre() + ")" : " (unknown)"));
    }
    addList(rows, p, "references", refs);
    addList(rows, p, "structure", spec.structure());
    if (Boolean.TRUE.equals(spec.loopable())) {
      add(rows, p, "loopable", "true");
    }
    if (spec.ending() != null) {
      add(rows, p, "ending", spec.ending());
    }
    if (spec.opening() != null) {
      add(rows, p, "opening", spec.opening());
    }
    addList(rows, p, "productionHints", spec.productionHints());
    if (spec.era() != null) {
      add(rows, p, "era", spec.era());
    }
    add(rows, p, "seed", String.valueOf(spec.seed()));
    StringBuilder sb = new StringBuilder();
    int[] width = new int[3];
    for (String[] r : rows) {
      for (int c = 0; c < 3; c++) {
        width[c] = Math.max(width[c], Math.min(r[c].length(), 40));
      }
    }
    for (String[] r : rows) {
      for (int c = 0; c < 3; c++) {
        sb.append(pad(r[c], width[c])).append("  ");
      }
      sb.append(r[3]).append('\n');
    }
    for (TrackSpec.Correction c : spec.corrections()) {
      sb.append("corrected: \"")
          .append(c.text())
          .append("\" -> ")
          .append(c.correctedTo())
          .append('\n');
    }
    for (TrackSpec.Unparsed u : spec.unparsed()) {
      sb.append("unparsed:  \"").append(u.text()).append("\" at ").append(u.start()).append('\n');
    }
    for (String w : spec.warnings()) {
      sb.append("warning:   ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static void addList(
      List<String[]> rows, Map<String, Provenance> p, String field, List<String> values) {
    if (!values.isEmpty() || p.containsKey(field)) {
      add(rows, p, field, String.join(", ", values));
    }
  }

  private static void add(
      List<String[]> rows, Map<String, Provenance> p, String field, String value) {
    Provenance prov = p.get(field);
    String source = prov == null ? "" : prov.source();
    String from = "";
    if (prov != null && prov.text() != null) {
      from =
          prov.start() != null
              ? "\"" + prov.text() + "\" at " + prov.start() + "-" + prov.end()
              : prov.text();
    }
    rows.add(new String[] {field, value, source, from});
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
