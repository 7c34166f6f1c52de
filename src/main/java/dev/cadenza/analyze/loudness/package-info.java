/**
 * Loudness and peak measurement for {@code cadenza analyze}, per ITU-R BS.1770-5 and EBU R 128
 * (Tech 3341 "EBU Mode" metering, Tech 3342 loudness range).
 *
 * <p>Entry point: {@link dev.cadenza.analyze.loudness.LoudnessAnalyzer}, fed {@code AudioBlock}s
 * (or reading an {@code AudioSource}) and summarised as a {@link dev.cadenza.spec.LoudnessResult},
 * whose field names are the {@code loudness} section of the analysis contract. The parts, each
 * tested against the published test signals:
 *
 * <ul>
 *   <li>{@link dev.cadenza.analyze.loudness.KWeighting}: BS.1770-5 Annex 1, Tables 1 and 2, at any
 *       sample rate;
 *   <li>{@link dev.cadenza.analyze.loudness.ChannelWeights}: Annex 1, Table 3;
 *   <li>{@link dev.cadenza.analyze.loudness.LoudnessMeter}: Annex 1 eqs. (1) and (2), the 400 ms
 *       and 3 s windows of Tech 3341, the 400 ms gating blocks;
 *   <li>{@link dev.cadenza.analyze.loudness.Gating}: Annex 1 gated integrated loudness, Tech 3342
 *       §3.1 loudness range;
 *   <li>{@link dev.cadenza.analyze.loudness.TruePeakMeter}: Annex 2 true peak.
 * </ul>
 */
package dev.cadenza.analyze.loudness;
