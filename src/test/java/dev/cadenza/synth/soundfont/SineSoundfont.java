package dev.cadenza.synth.soundfont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the smallest useful SoundFont 2 file, following the SoundFont 2.04 specification: one
 * melodic preset (bank 0, program {@link #PROGRAM}) whose one instrument loops a sine sample
 * recorded at {@link #ROOT_HZ} (key 69, A4) over the whole keyboard, with the specification's
 * default envelope (1 ms attack, full sustain, 1 ms release). A note of MIDI pitch p then sounds as
 * a sine of 440·2^((p−69)/12) Hz. {@link #write(Path, Preset...)} writes other presets (drum kits
 * in bank 128) playing the same instrument, so a drum note p sounds as that sine too.
 */
public final class SineSoundfont {
  public static final int PROGRAM = 0;
  public static final double ROOT_HZ = 440;

  /** 100 samples per period at 44 kHz: the loop holds whole periods and closes seamlessly. */
  static final int SAMPLE_RATE = 44_000;

  static final int PERIOD = 100;
  static final int LOOP_START = 2 * PERIOD;
  static final int LOOP_END = 46 * PERIOD;
  static final int LENGTH = 48 * PERIOD;
  static final double AMPLITUDE = 0.5;

  /** The specification asks for at least 46 zero samples after each sample. */
  private static final int GUARD = 46;

  // Generator numbers, section 8.1.2.
  private static final int GEN_INSTRUMENT = 41;
  private static final int GEN_SAMPLE_ID = 53;
  private static final int GEN_SAMPLE_MODES = 54;

  private SineSoundfont() {}

  /** A preset of the file: its name, bank (128 for a drum kit) and program. */
  public record Preset(String name, int bank, int program) {}

  /** The melodic sine preset, bank 0, program {@link #PROGRAM}. */
  public static final Preset SINE = new Preset("Sine", 0, PROGRAM);

  public static Path write(Path file) throws IOException {
    return write(file, SINE);
  }

  /** The sine as the melodic preset and as the standard kit (bank 128), so drums play it too. */
  public static Path writeWithKit(Path file) throws IOException {
    return write(file, SINE, new Preset("Sine kit", 128, 0));
  }

  /** A file whose {@code presets} all play the sine instrument. */
  public static Path write(Path file, Preset... presets) throws IOException {
    Files.write(file, bytes(presets));
    return file;
  }

  static byte[] bytes() {
    return bytes(SINE);
  }

  static byte[] bytes(Preset... presets) {
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    chunk(info, "ifil", le(4, (short) 2, (short) 1));
    chunk(info, "isng", zstring("EMU8000"));
    chunk(info, "INAM", zstring("cadenza test sine"));

    ByteBuffer samples = ByteBuffer.allocate((LENGTH + GUARD) * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < LENGTH; i++) {
      double x = AMPLITUDE * StrictMath.sin(2 * StrictMath.PI * i / PERIOD);
      samples.putShort((short) Math.round(x * 32767));
    }
    ByteArrayOutputStream sdta = new ByteArrayOutputStream();
    chunk(sdta, "smpl", samples.array());

    ByteArrayOutputStream pdta = new ByteArrayOutputStream();
    int n = presets.length;
    ByteBuffer phdr = le(38 * (n + 1));
    // One zone a preset, each with one generator: the sine instrument.
    ByteBuffer pbag = le(4 * (n + 1));
    ByteBuffer pgen = le(4 * (n + 1));
    for (int i = 0; i < n; i++) {
      presetHeader(phdr, presets[i].name(), presets[i].program(), presets[i].bank(), i);
      pbag.putShort((short) i).putShort((short) 0);
      pgen.putShort((short) GEN_INSTRUMENT).putShort((short) 0);
    }
    presetHeader(phdr, "EOP", 0, 0, n);
    pbag.putShort((short) n).putShort((short) 0);
    pgen.putShort((short) 0).putShort((short) 0);
    chunk(pdta, "phdr", phdr.array());
    chunk(pdta, "pbag", pbag.array());
    chunk(pdta, "pmod", new byte[10]);
    chunk(pdta, "pgen", pgen.array());
    ByteBuffer inst = le(22 * 2);
    name(inst, "Sine");
    inst.putShort((short) 0);
    name(inst, "EOI");
    inst.putShort((short) 1);
    chunk(pdta, "inst", inst.array());
    chunk(pdta, "ibag", le(8, (short) 0, (short) 0, (short) 2, (short) 0));
    chunk(pdta, "imod", new byte[10]);
    chunk(
        pdta,
        "igen",
        le(
            12,
            (short) GEN_SAMPLE_MODES,
            (short) 1,
            (short) GEN_SAMPLE_ID,
            (short) 0,
            (short) 0,
            (short) 0));
    ByteBuffer shdr = le(46 * 2);
    name(shdr, "sine");
    shdr.putInt(0).putInt(LENGTH).putInt(LOOP_START).putInt(LOOP_END).putInt(SAMPLE_RATE);
    shdr.put((byte) 69).put((byte) 0).putShort((short) 0).putShort((short) 1);
    name(shdr, "EOS");
    shdr.putInt(0).putInt(0).putInt(0).putInt(0).putInt(0);
    shdr.put((byte) 0).put((byte) 0).putShort((short) 0).putShort((short) 0);
    chunk(pdta, "shdr", shdr.array());

    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("sfbk".getBytes(StandardCharsets.US_ASCII));
    list(body, "INFO", info.toByteArray());
    list(body, "sdta", sdta.toByteArray());
    list(body, "pdta", pdta.toByteArray());
    ByteArrayOutputStream riff = new ByteArrayOutputStream();
    chunk(riff, "RIFF", body.toByteArray());
    return riff.toByteArray();
  }

  private static void presetHeader(ByteBuffer b, String name, int preset, int bank, int bag) {
    name(b, name);
    b.putShort((short) preset).putShort((short) bank).putShort((short) bag);
    b.putInt(0).putInt(0).putInt(0);
  }

  /** A name field: 20 bytes, zero-padded. */
  private static void name(ByteBuffer b, String name) {
    byte[] field = new byte[20];
    byte[] text = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, field, 0, Math.min(19, text.length));
    b.put(field);
  }

  private static byte[] zstring(String s) {
    byte[] text = s.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[(text.length + 2) & ~1];
    System.arraycopy(text, 0, out, 0, text.length);
    return out;
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] le(int size, short... values) {
    ByteBuffer b = le(size);
    for (short v : values) {
      b.putShort(v);
    }
    return b.array();
  }

  private static void list(ByteArrayOutputStream out, String type, byte[] body) {
    byte[] withType = new byte[body.length + 4];
    System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, withType, 0, 4);
    System.arraycopy(body, 0, withType, 4, body.length);
    chunk(out, "LIST", withType);
  }

  private static void chunk(ByteArrayOutputStream out, String id, byte[] data) {
    out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(le(4).putInt(data.length).array());
    out.writeBytes(data);
    if (data.length % 2 == 1) {
      out.write(0);
    }
  }
}
