package dev.cadenza.synth.soundfont;

import dev.cadenza.synth.NoteEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sound.midi.Instrument;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import javax.sound.sampled.AudioInputStream;

/**
 * Plays one part's notes with one General MIDI program of a soundfont, or a drum part with one of
 * its kits, into a stereo buffer. Each call has a synthesizer of its own, so parts render in
 * parallel without touching each other.
 *
 * <p>Notes become MIDI as a player would send them: velocity 1..127, note-off at the end of the
 * note's length, and a note with {@link NoteEvent#SLIDE_FROM} as pitch bend from that pitch into
 * its own, along the same exponential path the built-in voices take (95 % of the way in the slide
 * time), with the bend range set for the part by RPN 0.
 */
public final class SoundfontPlayer {
  /**
   * The channel a melodic part plays on: its own synthesizer, so no other part shares it. A
   * bank-128 kit plays on the General MIDI drum channel, where the synthesizer looks kits up.
   */
  private static final int MELODIC_CHANNEL = 0;

  /** Spacing of the pitch-bend steps of a slide: a few control blocks, smooth to the ear. */
  private static final double BEND_STEP_SECONDS = 0.002;

  /** A slide ends (bend back at centre) when less than this many semitones are left. */
  private static final double SLIDE_DONE_SEMITONES = 0.005;

  private static final int BEND_CENTRE = 8192;
  private static final int MAX_BEND_RANGE = 24;
  private static final int BYTES_PER_FRAME = 8;

  private final Soundfont soundfont;
  private final Instrument preset;
  private final int channel;
  private final int bank;
  private final int program;
  private final int sampleRate;
  private final SlideTimes slideTimes;
  private final double holdSeconds;

  /**
   * @param soundfont the bank
   * @param program General MIDI program 0..127
   * @param sampleRate of the output
   * @param slideTimes the default slide time of a note that names none
   */
  public SoundfontPlayer(Soundfont soundfont, int program, int sampleRate, SlideTimes slideTimes) {
    if (program < 0 || program > 127) {
      throw new IllegalArgumentException("General MIDI program must be 0..127: " + program);
    }
    this.soundfont = soundfont;
    this.preset = soundfont.preset(program);
    // The preset by its own bank and program: a stand-in for a missing program has other ones.
    this.channel = MELODIC_CHANNEL;
    this.bank = preset.getPatch().getBank();
    this.program = preset.getPatch().getProgram();
    this.sampleRate = sampleRate;
    this.slideTimes = slideTimes;
    this.holdSeconds = 0;
  }

  private SoundfontPlayer(DrumKit kit, int sampleRate, double holdSeconds) {
    this.soundfont = kit.soundfont();
    this.preset = kit.preset();
    this.channel = kit.percussion() ? DrumKit.DRUM_CHANNEL : MELODIC_CHANNEL;
    // On the drum channel the synthesizer finds a kit by program alone, bank 0.
    this.bank = kit.percussion() ? 0 : preset.getPatch().getBank();
    this.program = preset.getPatch().getProgram();
    this.sampleRate = sampleRate;
    this.slideTimes = note -> 0;
    this.holdSeconds = holdSeconds;
  }

  /**
   * A player of drum hits with {@code kit}: each hit (pitch = its General MIDI drum note) is held
   * for at least {@code holdSeconds}, or until the same drum is struck again, so that a sampled
   * cymbal or tom rings as a drum module lets it rather than stopping at the hit's grid step.
   */
  public static SoundfontPlayer drums(DrumKit kit, int sampleRate, double holdSeconds) {
    return new SoundfontPlayer(kit, sampleRate, holdSeconds);
  }

  /** The slide time of a note that sets none, by the instrument that plays it. */
  @FunctionalInterface
  public interface SlideTimes {
    double seconds(NoteEvent note);
  }

  /** Adds the sound of {@code notes} (in start order) into {@code out}: two channels. */
  public void render(List<NoteEvent> notes, float[][] out) {
    if (out.length != 2 || out[0].length != out[1].length) {
      throw new IllegalArgumentException("output must have two channels of equal length");
    }
    try (Performance performance = play(notes)) {
      performance.addNext(out[0], out[1], 0, out[0].length);
    }
  }

  /**
   * A synthesizer playing {@code notes} (in start order), read from the start a block at a time, so
   * that a long part needs no buffer of its whole length. Closing it frees the synthesizer.
   */
  public Performance play(List<NoteEvent> notes) {
    Gervill.Opened opened = Gervill.open(sampleRate);
    try {
      soundfont.load(opened.synth(), preset);
      Receiver receiver = opened.synth().getReceiver();
      for (Timed e : events(notes)) {
        receiver.send(e.message(), e.micros());
      }
      return new Performance(opened);
    } catch (javax.sound.midi.MidiUnavailableException e) {
      opened.synth().close();
      throw new IllegalStateException("software synthesizer has no receiver", e);
    } catch (RuntimeException e) {
      opened.synth().close();
      throw e;
    }
  }

  /** A part being played: its sound read in order, as many frames at a time as wanted. */
  public static final class Performance implements AutoCloseable {
    private final Gervill.Opened opened;
    private final byte[] bytes = new byte[Gervill.CONTROL_BLOCK * 128 * BYTES_PER_FRAME];
    private final ByteBuffer view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

    private Performance(Gervill.Opened opened) {
      this.opened = opened;
    }

    /** Reads the next {@code frames} frames and adds them into {@code left} and {@code right}. */
    public void addNext(float[] left, float[] right, int at, int frames) {
      try {
        pull(at, at + frames, left, right);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void pull(int from, int to, float[] left, float[] right) throws IOException {
      AudioInputStream stream = opened.stream();
      int at = from;
      while (at < to) {
        int want = Math.min(bytes.length, (to - at) * BYTES_PER_FRAME);
        int got = 0;
        while (got < want) {
          int n = stream.read(bytes, got, want - got);
          if (n < 0) {
            throw new IOException("software synthesizer stream ended early");
          }
          got += n;
        }
        int n = want / BYTES_PER_FRAME;
        for (int i = 0; i < n; i++) {
          left[at + i] += view.getFloat(i * BYTES_PER_FRAME);
          right[at + i] += view.getFloat(i * BYTES_PER_FRAME + 4);
        }
        at += n;
      }
    }

    @Override
    public void close() {
      opened.synth().close();
    }
  }

  /** A MIDI message at a time from the start, in microseconds, and its rank among equal times. */
  record Timed(long micros, int rank, MidiMessage message) {}

  /** At one instant: note-offs first (a repeated key restrikes), then bends, then note-ons. */
  private static final int OFF = 0;

  private static final int SETUP = 1;
  private static final int BEND = 2;
  private static final int ON = 3;

  /**
   * The part's MIDI, sorted by time and then rank; equal ranks keep the order they were made in
   * (the sort is stable), so the result depends only on the notes.
   */
  List<Timed> events(List<NoteEvent> notes) {
    List<Timed> events = new ArrayList<>();
    int range = bendRange(notes);
    try {
      // RPN 0 (pitch bend sensitivity): select, set coarse and fine, deselect.
      events.add(control(101, 0));
      events.add(control(100, 0));
      events.add(control(6, range));
      events.add(control(38, 0));
      events.add(control(101, 127));
      events.add(control(100, 127));
      events.add(control(0, bank >> 7));
      events.add(control(32, bank & 0x7F));
      events.add(
          new Timed(0, SETUP, new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, program, 0)));
      long[] releaseAt = new long[128];
      int[] releaseIndex = new int[128];
      Arrays.fill(releaseIndex, -1);
      for (int n = 0; n < notes.size(); n++) {
        NoteEvent note = notes.get(n);
        long on = micros(note.startSeconds());
        double held = Math.max(note.durationSeconds(), holdSeconds);
        long off = Math.max(on + 1, micros(note.startSeconds() + held));
        int pitch = note.pitch();
        // The same key struck again while still held: the held note ends where the new one starts.
        int sounding = releaseIndex[pitch];
        if (sounding >= 0 && releaseAt[pitch] > on) {
          events.set(sounding, new Timed(on, OFF, events.get(sounding).message()));
        }
        long nextStart =
            n + 1 < notes.size() ? micros(notes.get(n + 1).startSeconds()) : Long.MAX_VALUE;
        double from = note.param(NoteEvent.SLIDE_FROM, Double.NaN);
        if (!Double.isNaN(from) && from != pitch) {
          slide(events, note, from - pitch, range, on, Math.min(off, nextStart));
        }
        int velocity = Math.max(1, Math.min(127, (int) Math.round(note.velocity() * 127)));
        events.add(
            new Timed(on, ON, new ShortMessage(ShortMessage.NOTE_ON, channel, pitch, velocity)));
        releaseIndex[pitch] = events.size();
        releaseAt[pitch] = off;
        events.add(new Timed(off, OFF, new ShortMessage(ShortMessage.NOTE_OFF, channel, pitch, 0)));
      }
    } catch (InvalidMidiDataException e) {
      throw new IllegalStateException("cannot build a MIDI message: " + e.getMessage(), e);
    }
    events.sort(Comparator.comparingLong(Timed::micros).thenComparingInt(Timed::rank));
    return events;
  }

  /**
   * Bend from {@code offset} semitones back to the note's pitch, in steps until the offset is
   * inaudible or {@code until} (the note's end or the next note's start), then back to centre.
   */
  private void slide(
      List<Timed> events, NoteEvent note, double offset, int range, long on, long until)
      throws InvalidMidiDataException {
    double seconds = Math.max(1e-3, note.param(NoteEvent.SLIDE_SECONDS, slideTimes.seconds(note)));
    double rate = 3.0 / seconds;
    for (int step = 0; ; step++) {
      double t = step * BEND_STEP_SECONDS;
      long at = on + micros(t);
      double left = offset * StrictMath.exp(-rate * t);
      if (at >= until || Math.abs(left) < SLIDE_DONE_SEMITONES) {
        events.add(new Timed(Math.min(at, until), BEND, bend(0, range)));
        return;
      }
      events.add(new Timed(at, BEND, bend(left, range)));
    }
  }

  /** The widest slide of the part, rounded up, as the bend range (2..24 semitones). */
  static int bendRange(List<NoteEvent> notes) {
    double widest = 2;
    for (NoteEvent n : notes) {
      double from = n.param(NoteEvent.SLIDE_FROM, Double.NaN);
      if (!Double.isNaN(from)) {
        widest = Math.max(widest, Math.abs(from - n.pitch()));
      }
    }
    return (int) Math.min(MAX_BEND_RANGE, Math.ceil(widest));
  }

  private ShortMessage bend(double semitones, int range) throws InvalidMidiDataException {
    double clamped = Math.max(-range, Math.min(range, semitones));
    int value =
        (int) Math.max(0, Math.min(16383, Math.round(BEND_CENTRE + clamped / range * BEND_CENTRE)));
    return new ShortMessage(ShortMessage.PITCH_BEND, channel, value & 0x7F, value >> 7);
  }

  private Timed control(int controller, int value) throws InvalidMidiDataException {
    return new Timed(
        0, SETUP, new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, controller, value));
  }

  private static long micros(double seconds) {
    return Math.round(seconds * 1e6);
  }
}
