package dev.cadenza.analyze.loudness;

import dev.cadenza.audio.ChannelLayout;
import java.util.List;

/**
 * The channel weights G_i of ITU-R BS.1770-5 Annex 1 (Table 3): 1.41 (+1.5 dB) for loudspeakers in
 * the horizontal plane at 60°..120° from the front, 0 for the LFE channel, 1.0 for every other
 * position.
 *
 * <p>Speaker names follow the WAVE channel mask. SL/SR are always side surrounds (about
 * ±90°..110°). BL/BR (and BC) are the surrounds of a 5.x or quad layout (±110°), but in a layout
 * that also has SL/SR they are the rear pair of 7.x (±135°..150°), which Table 3 weights 1.0.
 * Elevated (T*) speakers and unnamed AUX channels weigh 1.0.
 */
public final class ChannelWeights {

  /** G for the horizontal-plane surrounds, BS.1770-5 Table 3. */
  public static final double SURROUND = 1.41;

  private ChannelWeights() {}

  /** One weight per channel of {@code layout}. */
  public static double[] of(ChannelLayout layout) {
    List<String> names = layout.names();
    boolean hasSides = names.contains("SL") || names.contains("SR");
    double[] weights = new double[names.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weightOf(names.get(i), hasSides);
    }
    return weights;
  }

  private static double weightOf(String name, boolean hasSides) {
    return switch (name) {
      case "LFE" -> 0.0;
      case "SL", "SR" -> SURROUND;
      case "BL", "BR", "BC" -> hasSides ? 1.0 : SURROUND;
      default -> 1.0;
    };
  }
}
