package dev.cadenza.generate;

import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.synth.Instrument;
import dev.cadenza.synth.Instruments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order stems start rendering in: the longest first, so that no thread is left with a long one
 * at the end while the others idle.
 */
final class RenderOrder {
  private RenderOrder() {}

  /** Part indices by decreasing sound to render (total sounding time of their notes). */
  static List<Integer> longestFirst(List<Part> parts) {
    double[] work = new double[parts.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Map<String, Instrument> instruments = new TreeMap<>();
      for (Note n : parts.get(i).notes()) {
        work[i] +=
            instruments
                .computeIfAbsent(n.instrument(), Instruments::create)
                .soundingSeconds(n.event());
      }
      order.add(i);
    }
    order.sort((x, y) -> Double.compare(work[y], work[x]));
    return order;
  }
}
