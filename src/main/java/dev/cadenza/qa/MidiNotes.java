package dev.cadenza.qa;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * The pitched notes of a standard MIDI file, per track name, in seconds. {@code generate} names
 * each part's track after the part, which is also its stem's name in the manifest. Notes on channel
 * 10 (General MIDI percussion) are not pitches: {@link #read} leaves them out, and {@link
 * #percussion} reads them alone.
 */
public final class MidiNotes {

  private static final int PERCUSSION_CHANNEL = 9;
  private static final int TRACK_NAME = 0x03;
  private static final int SET_TEMPO = 0x51;
  private static final double DEFAULT_MICROS_PER_QUARTER = 500_000;

  /** The longest overlap of consecutive notes that still counts as one voice played legato. */
  public static final double LEGATO_SECONDS = 0.05;

  /** A note from its onset to its release, in seconds; {@code pitch} is the MIDI note number. */
  public record Note(double start, double end, int pitch) {}

  private MidiNotes() {}

  /** The pitched notes of each named track, sorted by onset; tracks without a name are skipped. */
  public static Map<String, List<Note>> read(Path file) {
    return read(file, false);
  }

  /**
   * The drum hits (channel 10) of each named track, as {@link #read} gives notes: {@code pitch} is
   * the General MIDI drum key, the sound played.
   */
  public static Map<String, List<Note>> percussion(Path file) {
    return read(file, true);
  }

  private static Map<String, List<Note>> read(Path file, boolean percussion) {
    Sequence sequence;
    try (InputStream in = Files.newInputStream(file)) {
      sequence = MidiSystem.getSequence(in);
    } catch (NoSuchFileException e) {
      throw new MissingInputException(file.toString(), "no such file", null, e);
    } catch (InvalidMidiDataException | IOException e) {
      throw new BadInputException(
          file.toString(), "not a standard MIDI file: " + e.getMessage(), null);
    }
    if (sequence.getDivisionType() != Sequence.PPQ) {
      throw new BadInputException(
          file.toString(), "SMPTE time division is not supported, only ticks per quarter", null);
    }
    Clock clock = new Clock(sequence);
    Map<String, List<Note>> notes = new LinkedHashMap<>();
    for (Track track : sequence.getTracks()) {
      String name = name(track);
      if (name != null) {
        List<Note> played = notes(track, clock, percussion);
        if (!played.isEmpty()) {
          notes.put(name, played);
        }
      }
    }
    return notes;
  }

  /**
   * Whether the notes are one voice: no note starts while another still sounds, except that a note
   * may ring up to {@link #LEGATO_SECONDS} into the next (legato phrasing, as in a swung lead). A
   * chord, or a pad holding one note under the next, is longer than that.
   */
  public static boolean monophonic(List<Note> notes) {
    double sounding = Double.NEGATIVE_INFINITY;
    for (Note note : notes) {
      if (sounding - note.start() > LEGATO_SECONDS) {
        return false;
      }
      sounding = Math.max(sounding, note.end());
    }
    return true;
  }

  private static String name(Track track) {
    for (int i = 0; i < track.size(); i++) {
      MidiMessage message = track.get(i).getMessage();
      if (message instanceof MetaMessage meta && meta.getType() == TRACK_NAME) {
        return new String(meta.getData(), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /**
   * Pairs each note-on with the next note-off (or note-on at velocity 0) of its channel and key, on
   * the percussion channel or on the others.
   */
  private static List<Note> notes(Track track, Clock clock, boolean percussion) {
    List<Note> notes = new ArrayList<>();
    Map<Integer, Long> sounding = new HashMap<>();
    for (int i = 0; i < track.size(); i++) {
      MidiEvent event = track.get(i);
      if (!(event.getMessage() instanceof ShortMessage message)
          || (message.getChannel() == PERCUSSION_CHANNEL) != percussion) {
        continue;
      }
      int key = message.getChannel() * 128 + message.getData1();
      boolean on = message.getCommand() == ShortMessage.NOTE_ON && message.getData2() > 0;
      boolean off =
          message.getCommand() == ShortMessage.NOTE_OFF
              || (message.getCommand() == ShortMessage.NOTE_ON && message.getData2() == 0);
      if (on) {
        sounding.putIfAbsent(key, event.getTick());
      } else if (off && sounding.containsKey(key)) {
        long start = sounding.remove(key);
        notes.add(
            new Note(clock.seconds(start), clock.seconds(event.getTick()), message.getData1()));
      }
    }
    notes.sort(Comparator.comparingDouble(Note::start).thenComparingInt(Note::pitch));
    return notes;
  }

  /** Ticks to seconds through the file's tempo changes (120 BPM until the first one). */
  private static final class Clock {
    private final int ticksPerQuarter;
    private final TreeMap<Long, Double> secondsAt = new TreeMap<>();
    private final Map<Long, Double> microsPerQuarterFrom = new HashMap<>();

    Clock(Sequence sequence) {
      this.ticksPerQuarter = sequence.getResolution();
      TreeMap<Long, Double> tempi = new TreeMap<>();
      tempi.put(0L, DEFAULT_MICROS_PER_QUARTER);
      for (Track track : sequence.getTracks()) {
        for (int i = 0; i < track.size(); i++) {
          MidiEvent event = track.get(i);
          if (event.getMessage() instanceof MetaMessage meta
              && meta.getType() == SET_TEMPO
              && meta.getData().length == 3) {
            byte[] d = meta.getData();
            tempi.put(
                event.getTick(),
                (double) (((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff)));
          }
        }
      }
      long previousTick = 0;
      double seconds = 0;
      double micros = DEFAULT_MICROS_PER_QUARTER;
      for (Map.Entry<Long, Double> change : tempi.entrySet()) {
        seconds += (change.getKey() - previousTick) * micros / 1e6 / ticksPerQuarter;
        previousTick = change.getKey();
        micros = change.getValue();
        secondsAt.put(previousTick, seconds);
        microsPerQuarterFrom.put(previousTick, micros);
      }
    }

    double seconds(long tick) {
      long from = secondsAt.floorKey(tick);
      return secondsAt.get(from)
          + (tick - from) * microsPerQuarterFrom.get(from) / 1e6 / ticksPerQuarter;
    }
  }
}
