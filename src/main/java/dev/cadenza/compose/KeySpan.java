package dev.cadenza.compose;

import dev.cadenza.music.Key;

/**
 * A stretch of the track in one key, when the key changes.
 *
 * @param start seconds
 * @param end seconds
 * @param key the key sounding
 */
public record KeySpan(double start, double end, Key key) {}
