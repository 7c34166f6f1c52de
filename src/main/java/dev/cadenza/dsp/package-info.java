/**
 * Reusable signal processors: oscillators, envelopes, filters, delays.
 *
 * <p>Everything that produces audio here is bit-reproducible on any JVM: transcendental functions
 * come from {@link java.lang.StrictMath} (directly, or through tables built from it once), random
 * numbers from explicitly seeded generators, and no computation depends on thread timing. Exact
 * operations ({@code Math.abs}, {@code Math.floor}, {@code Math.min}) are used freely because they
 * are correctly rounded by specification.
 */
package dev.cadenza.dsp;
