package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Spectral balance and stereo image of a whole file or of one section. The spectrum is that of the
 * mono downmix (the mean of the channels), Hann-windowed frames of about 93 ms; the DC bin is left
 * out. Values are null when undefined: the spectrum of digital silence, the stereo image of a mono
 * file.
 *
 * @param centroidHz the power-weighted mean frequency (a sine reads its frequency, white noise a
 *     quarter of the sample rate)
 * @param rolloffHz the frequency below which 85 % of the power lies
 * @param bands the power in five bands; see {@link Bands} for the edges
 * @param stereoWidth side energy over mid plus side energy of the first two channels, 0..1: 0 for
 *     identical channels, 0.5 for independent channels of equal level, 1 for inverted ones
 * @param correlation the correlation coefficient of the first two channels, -1..1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Spectral(
    Double centroidHz, Double rolloffHz, Bands bands, Double stereoWidth, Double correlation) {

  /**
   * Band edges, in Hz: sub below 60, bass 60 to 250, lowMid 250 to 500, mid 500 to 4000, high 4000
   * to the Nyquist frequency. A frequency on an edge belongs to the upper band.
   */
  public record Bands(Band sub, Band bass, Band lowMid, Band mid, Band high) {}

  /**
   * The power in one band.
   *
   * @param lowHz the lower edge
   * @param highHz the upper edge
   * @param energyDb the band's mean square in dB relative to full scale (a full-scale sine inside
   *     the band reads -3.01), null when the band holds no power
   * @param share the band's part of the power of all bands, 0..1
   */
  public record Band(double lowHz, double highHz, Double energyDb, Double share) {}
}
