package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code loudness} section of an analysis (field names as docs/design.md fixes them). A value
 * that is undefined for the audio is {@code null}: integrated loudness of silence or of less than
 * 400 ms, loudness range when no 3 s window passes its gates, maxima of windows that never
 * completed, peaks of digital silence.
 *
 * @param integratedLufs gated integrated loudness, ITU-R BS.1770-5 / EBU Tech 3341 "I"
 * @param loudnessRangeLu EBU Tech 3342 "LRA"
 * @param truePeakDbtp the largest true peak over all channels, BS.1770-5 Annex 2
 * @param maxMomentaryLufs the largest 400 ms loudness, evaluated every 1 ms
 * @param maxShortTermLufs the largest 3 s loudness, evaluated every 1 ms
 * @param samplePeakDbfs the largest sample magnitude over all channels
 * @param channels true and sample peak of each channel
 * @param momentary the 400 ms loudness every 10 ms, when curves were requested
 * @param shortTerm the 3 s loudness every 10 ms, when curves were requested
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LoudnessResult(
    Double integratedLufs,
    Double loudnessRangeLu,
    Double truePeakDbtp,
    Double maxMomentaryLufs,
    Double maxShortTermLufs,
    Double samplePeakDbfs,
    List<ChannelPeaks> channels,
    @JsonInclude(JsonInclude.Include.NON_NULL) Curve momentary,
    @JsonInclude(JsonInclude.Include.NON_NULL) Curve shortTerm) {

  public LoudnessResult {
    channels = List.copyOf(channels);
  }

  /**
   * The peaks of one channel.
   *
   * @param name the speaker (FL, FR, FC, LFE, …)
   * @param truePeakDbtp BS.1770-5 Annex 2, null for digital silence
   * @param samplePeakDbfs the largest sample magnitude, null for digital silence
   */
  public record ChannelPeaks(String name, Double truePeakDbtp, Double samplePeakDbfs) {}
}
