package dev.cadenza.audio;

/**
 * ITU-T G.711 µ-law and A-law expansion to linear samples (full scale ±1), as 256-entry tables. The
 * segment/mantissa layout and the bias of 0x84 (µ-law) follow Recommendation G.711 (11/88).
 */
final class G711 {

  private G711() {}

  static float[] muLawTable() {
    float[] table = new float[256];
    for (int code = 0; code < 256; code++) {
      int u = ~code & 0xFF;
      int exponent = (u >> 4) & 0x07;
      int mantissa = u & 0x0F;
      int magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
      table[code] = ((u & 0x80) != 0 ? -magnitude : magnitude) / 32768f;
    }
    return table;
  }

  static float[] aLawTable() {
    float[] table = new float[256];
    for (int code = 0; code < 256; code++) {
      int a = code ^ 0x55;
      int exponent = (a >> 4) & 0x07;
      int mantissa = a & 0x0F;
      int magnitude =
          exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
      // In A-law a set sign bit means a positive sample.
      table[code] = ((a & 0x80) != 0 ? magnitude : -magnitude) / 32768f;
    }
    return table;
  }
}
