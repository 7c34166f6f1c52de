package dev.cadenza.audio;

/** How samples are stored in a file. */
public enum SampleEncoding {
  /** Linear PCM: unsigned at 8 bits, two's complement signed above. */
  PCM("pcm"),
  /** IEEE 754 floating point, full scale 1.0. */
  FLOAT("float"),
  /** ITU-T G.711 µ-law, decoded to linear. */
  MU_LAW("mu-law"),
  /** ITU-T G.711 A-law, decoded to linear. */
  A_LAW("a-law");

  private final String label;

  SampleEncoding(String label) {
    this.label = label;
  }

  /** The name used in JSON documents. */
  public String label() {
    return label;
  }
}
