package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The mastering presets, each a {@code cadenza.chain/1} document in resources ({@code
 * mix/presets/NAME.json}), so a preset is data a user can print, copy and change.
 */
public final class Presets {
  private Presets() {}

  /** The preset names, in the order help text lists them. */
  public static final List<String> NAMES =
      List.of("streaming", "club", "broadcast", "podcast", "none");

  /** The chain of preset {@code name}. */
  public static ChainSpec chain(String name) {
    if (!NAMES.contains(name)) {
      throw new BadInputException(
          null, "unknown preset '" + name + "'", "use one of " + String.join(", ", NAMES));
    }
    String resource = "presets/" + name + ".json";
    try (InputStream in = Presets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return Json.read(in, resource, Contract.CHAIN, ChainSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
