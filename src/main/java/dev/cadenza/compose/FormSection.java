package dev.cadenza.compose;

/**
 * A section of the form.
 *
 * @param start seconds
 * @param end seconds
 * @param label intro, verse, drop, …
 * @param firstBar index of its first bar
 * @param bars length in bars
 * @param energy 0..1, how full the arrangement is
 */
public record FormSection(
    double start, double end, String label, int firstBar, int bars, double energy) {}
