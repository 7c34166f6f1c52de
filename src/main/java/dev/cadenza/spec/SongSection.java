package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One section of the music found by {@code cadenza analyze} (field names start, end, label as
 * docs/design.md fixes them; the rest are additions).
 *
 * @param start seconds from the start of the audio
 * @param end seconds; the next section's start, or the end of the audio
 * @param label a letter per kind of section, in order of first appearance: sections that repeat one
 *     another share the letter (A B A C B); a prime marks a varied repeat (A')
 * @param similarity how closely the section repeats the earlier section it shares its letter with,
 *     0..1; null for the first of its letter
 * @param energyDb the RMS level of the section over all channels, dBFS; null for digital silence
 * @param loudnessLufs the gated loudness of the section (BS.1770-5 gating of the 400 ms blocks that
 *     end in it); null when no block passes the gates
 * @param spectral the section's spectral balance (the rolloff at the resolution of sixth-octave
 *     bands)
 * @param key the key of the section's own pitch content, by the rules of the whole file's key; so a
 *     modulation or a section in the relative key shows. Null when the section is unpitched (drums,
 *     noise, silence) or the key was not measured
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SongSection(
    double start,
    double end,
    String label,
    Double similarity,
    Double energyDb,
    Double loudnessLufs,
    Spectral spectral,
    SectionKey key) {

  /** The same section with its key. */
  public SongSection withKey(SectionKey key) {
    return new SongSection(start, end, label, similarity, energyDb, loudnessLufs, spectral, key);
  }

  /**
   * @param tonic spelled as the whole file's key is
   * @param mode {@code major} or {@code minor}
   * @param confidence 0..1: how far the key stands above the runner-up, as for the whole file
   */
  public record SectionKey(String tonic, String mode, Double confidence) {}
}
