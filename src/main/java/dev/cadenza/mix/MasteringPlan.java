package dev.cadenza.mix;

import dev.cadenza.spec.ChainSpec;

/**
 * The outcome of measuring and adjusting a mastering chain: the gains that land the material on its
 * target, and the measurement of the output they give (rendering with these gains reproduces that
 * output exactly).
 *
 * @param target what was aimed at
 * @param inputLufs integrated loudness of the input
 * @param preGainDb gain that brings the input to the chain's reference level before compression
 * @param makeupDb gain before the limiter, found by the loop
 * @param outputLufs integrated loudness of the mastered output
 * @param limitingLu loudness the limiter took away: pre-limiter minus output integrated loudness
 * @param reached whether the output is within tolerance of the target loudness
 * @param problem why the target was not reached, or null
 * @param passes how many times the input was read
 * @param chain the chain that produces the output, every gain explicit
 */
public record MasteringPlan(
    Target target,
    double inputLufs,
    double preGainDb,
    double makeupDb,
    double outputLufs,
    double limitingLu,
    boolean reached,
    String problem,
    int passes,
    ChainSpec chain) {}
