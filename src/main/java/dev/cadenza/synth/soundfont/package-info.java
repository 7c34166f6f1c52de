/**
 * Rendering with a General MIDI soundfont (SoundFont 2) through the JDK's software synthesizer, as
 * {@code generate --soundfont} does for melodic parts.
 *
 * <p>{@link dev.cadenza.synth.soundfont.Soundfont} opens and checks the file once per run and is
 * shared by the parts; {@link dev.cadenza.synth.soundfont.SoundfontPlayer} renders one part's notes
 * with one synthesizer of its own, offline: the synthesizer is pulled for exactly the frames wanted
 * in the calling thread, every MIDI event carries its time in microseconds, and every synthesizer
 * property is set explicitly (none comes from user preferences), so a render depends only on the
 * notes, the soundfont file and the sample rate.
 */
package dev.cadenza.synth.soundfont;
