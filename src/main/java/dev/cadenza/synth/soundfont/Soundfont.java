package dev.cadenza.synth.soundfont;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sound.midi.Instrument;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Patch;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;

/**
 * A SoundFont 2 file, opened and checked. Presets are looked up by General MIDI program in bank 0;
 * a program the file lacks is played with the file's first preset (lowest bank, then program), and
 * {@link #substitutes} says so before anything is rendered. Drum kits are the file's bank-128
 * presets, by program ({@link #kit}), unless a drum-kit soundfont is given to take them from
 * ({@link #withDrumsFrom}).
 */
public final class Soundfont {
  private static final String GENERAL_MIDI_HINT = "give a General MIDI .sf2 file";
  private static final String DRUM_KIT_HINT = "give a drum-kit .sf2 file";

  /** RIFF header: "RIFF", size, form type "sfbk" (SoundFont 2.04 specification, section 4). */
  private static final int HEADER_BYTES = 12;

  private final String file;
  private final Soundbank bank;
  private final List<Instrument> presets;
  private final List<Instrument> kits;
  private final Soundfont drums;

  private Soundfont(String file, Soundbank bank, Soundfont drums) {
    this.file = file;
    this.bank = bank;
    List<Instrument> melodic = new ArrayList<>();
    List<Instrument> percussion = new ArrayList<>();
    for (Instrument i : bank.getInstruments()) {
      (melodic(bank, i) ? melodic : percussion).add(i);
    }
    Comparator<Instrument> byPatch =
        Comparator.comparingInt((Instrument i) -> i.getPatch().getBank())
            .thenComparingInt(i -> i.getPatch().getProgram());
    melodic.sort(byPatch);
    percussion.sort(byPatch);
    this.presets = List.copyOf(melodic);
    this.kits = List.copyOf(percussion);
    this.drums = drums;
  }

  /**
   * Opens {@code path} (named {@code name} in messages).
   *
   * @throws MissingInputException when the file is missing or unreadable (exit 66)
   * @throws BadInputException when it is not a SoundFont 2 file with at least one preset (exit 65)
   */
  public static Soundfont open(Path path, String name) {
    Soundbank bank = read(path, name, GENERAL_MIDI_HINT);
    if (bank == null || Arrays.stream(bank.getInstruments()).noneMatch(i -> melodic(bank, i))) {
      throw notSoundfont(name, "has no melodic presets");
    }
    Gervill.check();
    return new Soundfont(name, bank, null);
  }

  /**
   * Opens {@code path} (named {@code name} in messages) as a drum-kit soundfont: one with bank-128
   * kits, or a kit-only file whose presets sit in a melodic bank (as Debian's
   * avldrums.lv2-soundfont has them), at least one preset either way.
   *
   * @throws MissingInputException when the file is missing or unreadable (exit 66)
   * @throws BadInputException when it is not a SoundFont 2 file with at least one preset (exit 65)
   */
  public static Soundfont openKits(Path path, String name) {
    Soundbank bank = read(path, name, DRUM_KIT_HINT);
    if (bank == null || bank.getInstruments().length == 0) {
      throw new BadInputException(name, "has no presets", DRUM_KIT_HINT);
    }
    Gervill.check();
    return new Soundfont(name, bank, null);
  }

  /** This soundfont for the melodic parts, taking the drums from {@code kits}. */
  public Soundfont withDrumsFrom(Soundfont kits) {
    return new Soundfont(file, bank, kits);
  }

  /**
   * The kit that plays the drums when {@code program} (General MIDI Level 2 drum set, 0-based) is
   * wanted: from the drum-kit soundfont when one was given, else from this file's bank 128; null
   * when this file has no kits and no drum-kit soundfont was given.
   */
  public DrumKit drumKit(int program) {
    if (drums == null) {
      return kit(program);
    }
    DrumKit kit = drums.kit(program);
    if (kit != null) {
      return kit;
    }
    // A kit-only file without bank 128: its first preset plays the General MIDI drum notes.
    Instrument first = drums.presets.get(0);
    return new DrumKit(drums, first, false);
  }

  /**
   * This file's bank-128 kit with {@code program}, else its lowest-numbered kit (Standard when it
   * has one); null when it has none.
   */
  DrumKit kit(int program) {
    for (Instrument k : kits) {
      if (k.getPatch().getProgram() == program) {
        return new DrumKit(this, k, true);
      }
    }
    return kits.isEmpty() ? null : new DrumKit(this, kits.get(0), true);
  }

  /**
   * Whether a preset is melodic rather than a drum kit (SoundFont bank 128): looking up its bank
   * and program as a melodic patch finds it.
   */
  private static boolean melodic(Soundbank bank, Instrument i) {
    Patch p = i.getPatch();
    return bank.getInstrument(new Patch(p.getBank(), p.getProgram())) == i;
  }

  /** The file as named by the user. */
  public String file() {
    return file;
  }

  /**
   * The preset that plays General MIDI {@code program}: bank 0's, or the file's first melodic one.
   */
  public Instrument preset(int program) {
    Instrument exact = bank.getInstrument(new Patch(0, program));
    return exact != null ? exact : presets.get(0);
  }

  /**
   * For each of {@code programs} the file lacks in bank 0, a line saying which preset stands in for
   * it; empty when the file has them all.
   */
  public List<String> substitutes(List<Integer> programs) {
    List<String> lines = new ArrayList<>();
    for (int program : programs) {
      if (bank.getInstrument(new Patch(0, program)) == null) {
        Instrument first = presets.get(0);
        int sf2Bank = first.getPatch().getBank() >> 7;
        lines.add(
            "no General MIDI program "
                + program
                + " in bank 0; playing it with preset "
                + sf2Bank
                + ":"
                + first.getPatch().getProgram()
                + " ("
                + first.getName().trim()
                + ")");
      }
    }
    return lines;
  }

  /**
   * Loads {@code preset}'s samples into {@code synth}. The first load of a preset reads its samples
   * from the file into buffers the bank keeps and every later synthesizer shares; the lock makes
   * that one read, seen by every thread after it.
   */
  void load(Synthesizer synth, Instrument preset) {
    boolean loaded;
    synchronized (this) {
      loaded = synth.loadInstrument(preset);
    }
    if (!loaded) {
      throw notSoundfont(file, "preset '" + preset.getName().trim() + "' cannot be loaded");
    }
  }

  private static void checkHeader(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new MissingInputException(name, "is a folder", "give the path of a .sf2 file", null);
    }
    byte[] head = new byte[HEADER_BYTES];
    long size;
    int read = 0;
    try (InputStream in = Files.newInputStream(path)) {
      size = Files.size(path);
      while (read < head.length) {
        int n = in.read(head, read, head.length - read);
        if (n < 0) {
          break;
        }
        read += n;
      }
    } catch (NoSuchFileException e) {
      throw new MissingInputException(name, "no such file", "give the path of a .sf2 file", e);
    } catch (IOException e) {
      throw new MissingInputException(name, "cannot read: " + e.getMessage(), null, e);
    }
    ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    if (read < HEADER_BYTES || b.getInt(0) != fourCc("RIFF") || b.getInt(8) != fourCc("sfbk")) {
      throw notSoundfont(name, "not a SoundFont 2 file (RIFF sfbk header missing)");
    }
    long declared = Integer.toUnsignedLong(b.getInt(4)) + 8;
    if (declared > size) {
      throw notSoundfont(
          name, "truncated SoundFont 2 file (" + declared + " bytes declared, " + size + " found)");
    }
  }

  private static int fourCc(String s) {
    return (s.charAt(0)) | (s.charAt(1) << 8) | (s.charAt(2) << 16) | (s.charAt(3) << 24);
  }

  /** The file's sound bank, after its RIFF header is checked; {@code hint} says what to give. */
  private static Soundbank read(Path path, String name, String hint) {
    checkHeader(path, name);
    try {
      return MidiSystem.getSoundbank(path.toFile());
    } catch (InvalidMidiDataException | IOException | RuntimeException e) {
      throw new BadInputException(name, "cannot be read as a SoundFont 2 file", hint);
    }
  }

  private static BadInputException notSoundfont(String name, String problem) {
    return new BadInputException(name, problem, GENERAL_MIDI_HINT);
  }
}
