package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code cadenza.analysis/1} document: what {@code cadenza analyze} measured in one file.
 * Sections that were not measured (not requested, or not yet implemented) are left out; a value
 * that is undefined for this audio (the level of digital silence) is {@code null}.
 */
public record Analysis(
    String schema,
    String file,
    Format format,
    @JsonInclude(JsonInclude.Include.NON_NULL) Levels levels,
    @JsonInclude(JsonInclude.Include.NON_NULL) Silence silence,
    @JsonInclude(JsonInclude.Include.NON_NULL) LoudnessResult loudness,
    @JsonInclude(JsonInclude.Include.NON_NULL) TempoResult.Tempo tempo,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> beats,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> downbeats,
    @JsonInclude(JsonInclude.Include.NON_NULL) String timeSignature,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TempoResult.TempoPoint> tempoCurve,
    @JsonInclude(JsonInclude.Include.NON_NULL) KeyResult key,
    @JsonInclude(JsonInclude.Include.NON_NULL) Spectral spectral,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<SongSection> sections,
    List<String> warnings) {

  public Analysis {
    warnings = List.copyOf(warnings);
    sections = sections == null ? null : List.copyOf(sections);
  }

  public static Analysis of(
      String file,
      Format format,
      Levels levels,
      Silence silence,
      LoudnessResult loudness,
      TempoResult tempo,
      KeyResult key,
      Spectral spectral,
      List<SongSection> sections,
      List<String> warnings) {
    return new Analysis(
        Contract.ANALYSIS.tag(),
        file,
        format,
        levels,
        silence,
        loudness,
        tempo == null ? null : tempo.tempo(),
        tempo == null ? null : tempo.beats(),
        tempo == null ? null : tempo.downbeats(),
        tempo == null ? null : tempo.timeSignature(),
        tempo == null ? null : tempo.tempoCurve(),
        key,
        spectral,
        sections,
        warnings);
  }

  /**
   * How the audio is stored.
   *
   * @param container {@code wav} or {@code rf64}
   * @param encoding {@code pcm}, {@code float}, {@code mu-law} or {@code a-law}
   * @param bitsPerSample bits per sample in the file
   * @param validBitsPerSample bits that carry signal
   * @param channelLayout mono, stereo, 5.1, …
   * @param channelNames the speaker of each channel (FL, FR, FC, LFE, …)
   * @param frames samples per channel
   */
  public record Format(
      String container,
      String encoding,
      int bitsPerSample,
      int validBitsPerSample,
      int sampleRate,
      int channels,
      String channelLayout,
      List<String> channelNames,
      long frames,
      double durationSeconds) {}

  /**
   * Sample-level measurements over all channels, then per channel. dBFS: 0 dBFS is a sample of
   * magnitude 1.0; RMS is 20·log10 of the root mean square (a full-scale sine reads -3.01 dBFS, as
   * in sox). A clipped run is three or more consecutive samples of one channel at full scale.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Levels(
      Double samplePeakDbfs,
      Double rmsDbfs,
      double dcOffset,
      long clippedRuns,
      long clippedSamples,
      Double stereoCorrelation,
      List<ChannelLevels> channels) {}

  /** The same measurements for one channel. */
  public record ChannelLevels(
      String name,
      Double samplePeakDbfs,
      Double rmsDbfs,
      double dcOffset,
      long clippedRuns,
      long clippedSamples) {}

  /**
   * Silence at the start and end: frames where every channel stays below {@code thresholdDbfs}. A
   * file that is silent throughout has leading = trailing = its duration. {@code longestGapSeconds}
   * is the longest silent stretch between the first and last audible frame (a dropout), starting at
   * {@code longestGapStartSeconds} (null when there is none).
   */
  public record Silence(
      double thresholdDbfs,
      double leadingSeconds,
      double trailingSeconds,
      double longestGapSeconds,
      Double longestGapStartSeconds) {}
}
