package dev.cadenza.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds WAV files byte by byte for reader tests, independently of {@link WavWriter}, including the
 * malformed and unusual layouts real files have: odd chunks, chunks after data, RF64, sizes of 0 or
 * 0xFFFFFFFF, truncation.
 */
final class TestWav {
  static final int PCM = 1;
  static final int FLOAT = 3;
  static final int ALAW = 6;
  static final int MULAW = 7;
  static final int EXTENSIBLE = 0xFFFE;

  String riffId = "RIFF";
  String formType = "WAVE";
  int formatTag = PCM;
  int subFormat = PCM;
  int channels = 2;
  long sampleRate = 44100;
  int bits = 16;
  int validBits = -1;
  int channelMask = 0;
  Integer blockAlign;
  byte[] data = new byte[0];

  /** Overrides the data chunk's size field (e.g. 0 or 0xFFFFFFFFL). */
  Long dataSizeField;

  boolean fmtAfterData;
  boolean omitFmt;
  boolean omitData;
  final List<byte[]> chunksBeforeFmt = new ArrayList<>();
  final List<byte[]> chunksAfterData = new ArrayList<>();

  static TestWav pcm(int channels, int sampleRate, int bits) {
    TestWav w = new TestWav();
    w.channels = channels;
    w.sampleRate = sampleRate;
    w.bits = bits;
    return w;
  }

  TestWav data(byte[] data) {
    this.data = data;
    return this;
  }

  static byte[] chunk(String id, byte[] payload) {
    ByteBuffer b = le(8 + payload.length + (payload.length & 1));
    ascii(b, id);
    b.putInt(payload.length);
    b.put(payload);
    return b.array();
  }

  byte[] fmtChunk() {
    int containerBytes = (bits + 7) / 8;
    int align = blockAlign != null ? blockAlign : channels * containerBytes;
    boolean ext = formatTag == EXTENSIBLE;
    ByteBuffer b = le(ext ? 40 : 16);
    b.putShort((short) formatTag);
    b.putShort((short) channels);
    b.putInt((int) sampleRate);
    b.putInt((int) (sampleRate * align));
    b.putShort((short) align);
    b.putShort((short) bits);
    if (ext) {
      b.putShort((short) 22);
      b.putShort((short) (validBits < 0 ? bits : validBits));
      b.putInt(channelMask);
      b.putShort((short) subFormat);
      b.put(
          new byte[] {
            0x00,
            0x00,
            0x00,
            0x00,
            0x10,
            0x00,
            (byte) 0x80,
            0x00,
            0x00,
            (byte) 0xAA,
            0x00,
            0x38,
            (byte) 0x9B,
            0x71
          });
    }
    return chunk("fmt ", b.array());
  }

  byte[] dataChunk() {
    ByteBuffer b = le(8);
    ascii(b, "data");
    b.putInt((int) (dataSizeField != null ? (long) dataSizeField : data.length));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(b.array());
    out.writeBytes(data);
    if ((data.length & 1) == 1 && !chunksAfterData.isEmpty()) {
      out.write(0);
    }
    return out.toByteArray();
  }

  byte[] bytes() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(formType.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    boolean rf64 = riffId.equals("RF64");
    if (rf64) {
      ByteBuffer ds = le(28);
      ds.putLong(0);
      ds.putLong(data.length);
      ds.putLong(data.length / Math.max(1, channels * ((bits + 7) / 8)));
      ds.putInt(0);
      body.writeBytes(chunk("ds64", ds.array()));
    }
    chunksBeforeFmt.forEach(body::writeBytes);
    if (!fmtAfterData && !omitFmt) {
      body.writeBytes(fmtChunk());
    }
    if (!omitData) {
      body.writeBytes(dataChunk());
    }
    chunksAfterData.forEach(body::writeBytes);
    if (fmtAfterData && !omitFmt) {
      body.writeBytes(fmtChunk());
    }
    ByteBuffer head = le(8);
    ascii(head, riffId);
    head.putInt(rf64 ? -1 : body.size());
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(head.array());
    all.writeBytes(body.toByteArray());
    return all.toByteArray();
  }

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static void ascii(ByteBuffer b, String id) {
    for (int i = 0; i < 4; i++) {
      b.put((byte) id.charAt(i));
    }
  }

  /** Interleaved little-endian integer samples of {@code bits} bits (8-bit is offset binary). */
  static byte[] intSamples(int bits, int[] interleaved) {
    int bytes = (bits + 7) / 8;
    ByteBuffer b = le(interleaved.length * bytes);
    for (int v : interleaved) {
      int stored = bits == 8 ? v + 128 : v << (bytes * 8 - bits);
      for (int i = 0; i < bytes; i++) {
        b.put((byte) (stored >> (8 * i)));
      }
    }
    return b.array();
  }

  static byte[] floatSamples(float[] interleaved) {
    ByteBuffer b = le(interleaved.length * 4);
    for (float v : interleaved) {
      b.putFloat(v);
    }
    return b.array();
  }

  static byte[] doubleSamples(double[] interleaved) {
    ByteBuffer b = le(interleaved.length * 8);
    for (double v : interleaved) {
      b.putDouble(v);
    }
    return b.array();
  }
}
