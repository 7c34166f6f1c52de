package dev.cadenza.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import dev.cadenza.synth.NoteEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each kit piece sits inside its stem, from {@code generate/placement.json}: a position -1
 * (left) .. 1 (right) per instrument, and the toms spread by pitch. The gains follow the
 * constant-power law scaled so the centre is unity, {@code L = sqrt(2) cos(theta)}, {@code R =
 * sqrt(2) sin(theta)}, {@code theta = (p + 1) pi / 4}, so a piece keeps its loudness wherever it
 * sits and a centred piece is rendered exactly as before; a stereo piece is balanced instead (the
 * far side turned down linearly, the near side kept).
 */
final class KitPlacement {
  private static final KitPlacement STANDARD = load();

  private final Map<String, Double> pan;
  private final double lowPitch;
  private final double highPitch;
  private final double lowPan;
  private final double highPan;

  KitPlacement(
      Map<String, Double> pan, double lowPitch, double highPitch, double lowPan, double highPan) {
    this.pan = new TreeMap<>(pan);
    this.lowPitch = lowPitch;
    this.highPitch = highPitch;
    this.lowPan = lowPan;
    this.highPan = highPan;
  }

  static KitPlacement standard() {
    return STANDARD;
  }

  /** The position of a note of {@code instrument}: the table's, a tom's by its pitch, else 0. */
  double position(String instrument, NoteEvent note) {
    if ("tom".equals(instrument)) {
      double u = (note.pitch() - lowPitch) / (highPitch - lowPitch);
      return lowPan + (highPan - lowPan) * Math.max(0, Math.min(1, u));
    }
    return pan.getOrDefault(instrument, 0.0);
  }

  /** The left and right gains of a piece at {@code position}, {@code stereo} or mono. */
  static float[] gains(double position, boolean stereo) {
    if (position == 0) {
      return new float[] {1f, 1f};
    }
    if (stereo) {
      return new float[] {(float) Math.min(1, 1 - position), (float) Math.min(1, 1 + position)};
    }
    double theta = (position + 1) * StrictMath.PI / 4;
    double root2 = StrictMath.sqrt(2);
    return new float[] {
      (float) (root2 * StrictMath.cos(theta)), (float) (root2 * StrictMath.sin(theta))
    };
  }

  private static KitPlacement load() {
    try (InputStream in = KitPlacement.class.getResourceAsStream("placement.json")) {
      JsonNode root = Json.mapper().readTree(in);
      Map<String, Double> pan = new TreeMap<>();
      root.get("pan").fields().forEachRemaining(e -> pan.put(e.getKey(), e.getValue().asDouble()));
      JsonNode toms = root.get("tomSpread");
      return new KitPlacement(
          pan,
          toms.get("lowPitch").asDouble(),
          toms.get("highPitch").asDouble(),
          toms.get("lowPan").asDouble(),
          toms.get("highPan").asDouble());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
