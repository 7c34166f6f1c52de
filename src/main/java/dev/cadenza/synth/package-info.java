/**
 * The synthesis engine: instruments that render note events into float buffers, with no samples.
 *
 * <p>An {@link dev.cadenza.synth.Instrument} takes a list of {@link dev.cadenza.synth.NoteEvent}s
 * and adds their sound into a planar buffer ({@code out[channel][frame]}, one or two channels) at
 * any sample rate. {@link dev.cadenza.synth.Instruments} maps instrument names to implementations.
 *
 * <p>Rendering is deterministic: every note draws its randomness from a seed derived from the
 * render seed, the note's start frame and its pitch, so a note sounds the same whether it is
 * rendered alone, with its part, or in a part split across threads; transcendental functions come
 * from {@link java.lang.StrictMath} or tables built from it. Every note starts and ends at exactly
 * zero and carries no DC (voices that could have any are high-passed at 10 Hz). A single note at
 * velocity 1 peaks below full scale and a four-note chord at velocity 0.8 stays below it; summing
 * parts and setting levels is the mixer's job.
 */
package dev.cadenza.synth;
