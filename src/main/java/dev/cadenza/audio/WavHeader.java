package dev.cadenza.audio;

import dev.cadenza.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed header of a RIFF/RF64 WAVE stream, read up to the first byte of sample data. Every
 * size in the header is untrusted: nothing is allocated from it, and chunks are skipped, not read.
 *
 * @param container {@code wav} or {@code rf64}
 * @param format the sample format from the fmt chunk
 * @param dataOffset the byte offset of the first sample in the stream
 * @param dataBytes the declared length of the data, or -1 when the writer did not know it (0 or
 *     0xFFFFFFFF, as streaming tools write)
 * @param fmtAfterData whether the fmt chunk came after the data chunk (legal, but readable only
 *     from a seekable file)
 * @param warnings things worth telling the user that do not stop reading
 */
record WavHeader(
    String container,
    AudioFormat format,
    long dataOffset,
    long dataBytes,
    boolean fmtAfterData,
    List<String> warnings) {

  /** What is wrong with a chunk whose size runs past the end of the file. */
  private static String overran(String id, long size) {
    return "the '"
        + printable(id)
        + "' chunk declares "
        + size
        + " bytes, more than the file holds";
  }

  private static final int FORMAT_PCM = 0x0001;
  private static final int FORMAT_FLOAT = 0x0003;
  private static final int FORMAT_ALAW = 0x0006;
  private static final int FORMAT_MULAW = 0x0007;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;
  private static final long UNKNOWN_SIZE_32 = 0xFFFFFFFFL;

  /** The largest fmt chunk worth reading: WAVEFORMATEXTENSIBLE is 40 bytes. */
  private static final int FMT_READ_LIMIT = 40;

  /**
   * The KSDATAFORMAT_SUBTYPE GUIDs of WAVE_FORMAT_EXTENSIBLE share all but their first two bytes
   * (the format tag): xxxx0000-0000-0010-8000-00AA00389B71.
   */
  static final byte[] KS_DATA_FORMAT_GUID_TAIL = {
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
  };

  static final int MAX_CHANNELS = 32;
  static final int MAX_SAMPLE_RATE = 768_000;

  /**
   * The lowest sample rate read, telephony's. Loudness (ITU-R BS.1770) weights the signal with a
   * shelf at 1682 Hz, which a rate must carry below its Nyquist frequency; under it the weighting
   * filter has no meaning (a 1 Hz file read +35 LUFS, a 100 Hz file went unstable).
   */
  static final int MIN_SAMPLE_RATE = 8_000;

  private static final String CONVERT_HINT = "convert it: ffmpeg -i IN -c:a pcm_s24le OUT.wav";

  /**
   * Reads the header from {@code in}, which is left positioned at the first sample. When the fmt
   * chunk follows the data chunk, the stream is read to that fmt chunk and the caller must reopen
   * it at {@link #dataOffset()}.
   */
  static WavHeader read(InputStream in, String name) throws IOException {
    Reader r = new Reader(in, name);
    byte[] head = new byte[12];
    int got = r.readUpTo(head, 12);
    if (got == 0) {
      throw new BadInputException(name, "empty file", "no audio");
    }
    var other = FileSniffer.recognise(head, got);
    if (other.isPresent()) {
      throw new BadInputException(
          name,
          "not a WAV file: this is " + other.get(),
          "decode it first: ffmpeg -i " + name + " -f wav - | cadenza ...");
    }
    String riff = ascii(head, 0);
    boolean rf64 = riff.equals("RF64") || riff.equals("BW64");
    if (!riff.equals("RIFF") && !rf64) {
      throw new BadInputException(name, "not a WAV file", "RIFF header missing");
    }
    if (got < 12) {
      throw new BadInputException(name, "header truncated after " + got + " bytes", null);
    }
    if (!ascii(head, 8).equals("WAVE")) {
      throw new BadInputException(
          name, "RIFF file but not WAVE (form type '" + printable(ascii(head, 8)) + "')", null);
    }

    List<String> warnings = new ArrayList<>();
    long ds64DataBytes = -1;
    boolean sawDs64 = false;
    AudioFormat format = null;
    long dataOffset = -1;
    long dataBytes = -1;
    byte[] chunkHeader = new byte[8];
    String overran = null;
    while (overran == null) {
      int n = r.readUpTo(chunkHeader, 8);
      if (n < 8) {
        if (n > 0) {
          throw new BadInputException(name, "header truncated inside a chunk header", null);
        }
        break;
      }
      String id = ascii(chunkHeader, 0);
      long size = u32(chunkHeader, 4);
      if (id.equals("ds64")) {
        if (size < 24) {
          throw new BadInputException(name, "ds64 chunk too short (" + size + " bytes)", null);
        }
        byte[] ds64 = r.readExactly(24, "ds64 chunk");
        ds64DataBytes = s64(ds64, 8);
        if (ds64DataBytes < 0) {
          throw new BadInputException(name, "ds64 data size is negative", null);
        }
        sawDs64 = true;
        overran = r.skipChunk(size - 24, size) ? null : overran(id, size);
      } else if (id.equals("fmt ")) {
        if (size < 16) {
          throw new BadInputException(
              name, "fmt chunk too short (" + size + " bytes, need 16)", null);
        }
        int keep = (int) Math.min(size, FMT_READ_LIMIT);
        byte[] fmt = r.readExactly(keep, "fmt chunk");
        overran = r.skipChunk(size - keep, size) ? null : overran(id, size);
        format = parseFormat(fmt, keep, name, warnings);
        if (dataOffset >= 0) {
          return new WavHeader(container(rf64), format, dataOffset, dataBytes, true, warnings);
        }
      } else if (id.equals("data")) {
        if (rf64 && !sawDs64) {
          throw new BadInputException(name, "RF64 file without a ds64 chunk", null);
        }
        if (rf64 && size == UNKNOWN_SIZE_32) {
          dataBytes = ds64DataBytes;
        } else if (size == 0 || size == UNKNOWN_SIZE_32) {
          dataBytes = -1;
        } else {
          dataBytes = size;
        }
        dataOffset = r.position();
        if (format != null) {
          return new WavHeader(container(rf64), format, dataOffset, dataBytes, false, warnings);
        }
        if (dataBytes < 0) {
          break; // a streamed data chunk runs to the end: no fmt can follow it
        }
        overran = r.skipChunk(dataBytes, dataBytes) ? null : overran(id, size);
      } else {
        overran = r.skipChunk(size, size) ? null : overran(id, size);
      }
    }
    if (overran != null) {
      // What is missing, and why: the chunk's size field is what is wrong.
      throw new BadInputException(
          name,
          (format == null ? "no fmt chunk: " : "no data chunk: ") + overran,
          "damaged header");
    }
    if (format == null) {
      throw new BadInputException(name, "no fmt chunk", "not a valid WAV file");
    }
    throw new BadInputException(name, "no data chunk", "the file holds no audio");
  }

  private static String container(boolean rf64) {
    return rf64 ? "rf64" : "wav";
  }

  private static AudioFormat parseFormat(
      byte[] fmt, int length, String name, List<String> warnings) {
    int tag = u16(fmt, 0);
    int channels = u16(fmt, 2);
    long sampleRate = u32(fmt, 4);
    int blockAlign = u16(fmt, 12);
    int bits = u16(fmt, 14);
    int validBits = bits;
    int mask = 0;
    if (tag == FORMAT_EXTENSIBLE) {
      if (length < 40 || u16(fmt, 16) < 22) {
        throw new BadInputException(
            name, "WAVE_FORMAT_EXTENSIBLE fmt chunk too short (" + length + " bytes)", null);
      }
      int declaredValid = u16(fmt, 18);
      validBits = declaredValid == 0 ? bits : declaredValid;
      mask = (int) u32(fmt, 20);
      tag = u16(fmt, 24);
      if (!isKsDataFormatGuid(fmt, 24)) {
        throw new BadInputException(
            name, "unknown WAVE_FORMAT_EXTENSIBLE sub-format GUID", CONVERT_HINT);
      }
    }
    SampleEncoding encoding =
        switch (tag) {
          case FORMAT_PCM -> SampleEncoding.PCM;
          case FORMAT_FLOAT -> SampleEncoding.FLOAT;
          case FORMAT_ALAW -> SampleEncoding.A_LAW;
          case FORMAT_MULAW -> SampleEncoding.MU_LAW;
          default ->
              throw new BadInputException(
                  name,
                  "unsupported WAV codec: " + codecName(tag) + String.format(" (0x%04X)", tag),
                  CONVERT_HINT);
        };
    if (channels == 0) {
      throw new BadInputException(name, "fmt chunk says 0 channels", "the header is damaged");
    }
    if (channels > MAX_CHANNELS) {
      throw new BadInputException(
          name, channels + " channels is more than the " + MAX_CHANNELS + " supported", null);
    }
    if (sampleRate == 0) {
      throw new BadInputException(name, "sample rate is 0", "the header is damaged");
    }
    if (sampleRate < MIN_SAMPLE_RATE) {
      throw new BadInputException(
          name,
          "sample rate " + sampleRate + " Hz is below the supported 8 kHz",
          "loudness, ITU-R BS.1770, is defined for audio rates; resample the file");
    }
    if (sampleRate > MAX_SAMPLE_RATE) {
      throw new BadInputException(
          name, "sample rate " + sampleRate + " Hz is above the supported 768 kHz", null);
    }
    int containerBits =
        switch (encoding) {
          case PCM -> {
            if (bits < 1 || bits > 32) {
              throw new BadInputException(
                  name, bits + "-bit PCM is not supported (8, 16, 24 or 32 bits)", null);
            }
            // Plain PCM of 12 or 20 bits is stored left-justified in whole bytes.
            yield (bits + 7) / 8 * 8;
          }
          case FLOAT -> {
            if (bits != 32 && bits != 64) {
              throw new BadInputException(
                  name, bits + "-bit float is not supported (32 or 64 bits)", null);
            }
            yield bits;
          }
          case A_LAW, MU_LAW -> {
            if (bits != 8) {
              throw new BadInputException(name, "G.711 audio must be 8-bit, not " + bits, null);
            }
            yield 8;
          }
        };
    if (validBits > containerBits || validBits < 1) {
      throw new BadInputException(
          name, validBits + " valid bits do not fit " + containerBits + "-bit samples", null);
    }
    int expectedAlign = channels * containerBits / 8;
    if (blockAlign != expectedAlign) {
      throw new BadInputException(
          name,
          "block align "
              + blockAlign
              + " is inconsistent with "
              + channels
              + " channels x "
              + containerBits
              + " bits (expected "
              + expectedAlign
              + ")",
          "the header is damaged");
    }
    ChannelLayout layout;
    if (mask == 0) {
      layout = ChannelLayout.defaultFor(channels);
    } else {
      layout = ChannelLayout.fromMask(mask, channels);
      if (Integer.bitCount(mask) != channels) {
        warnings.add(
            String.format(
                "channel mask 0x%X names %d speakers for %d channels; using %s",
                mask, Integer.bitCount(mask), channels, String.join(",", layout.names())));
      }
    }
    return new AudioFormat(
        (int) sampleRate,
        channels,
        encoding,
        containerBits,
        encoding == SampleEncoding.PCM ? Math.min(validBits, bits) : validBits,
        layout);
  }

  private static boolean isKsDataFormatGuid(byte[] fmt, int at) {
    for (int i = 0; i < KS_DATA_FORMAT_GUID_TAIL.length; i++) {
      if (fmt[at + 2 + i] != KS_DATA_FORMAT_GUID_TAIL[i]) {
        return false;
      }
    }
    return true;
  }

  private static String codecName(int tag) {
    return switch (tag) {
      case 0x0002 -> "Microsoft ADPCM";
      case 0x0011 -> "IMA ADPCM";
      case 0x0031 -> "GSM 6.10";
      case 0x0050 -> "MPEG audio";
      case 0x0055 -> "MP3";
      case 0x0161, 0x0162, 0x0163 -> "Windows Media Audio";
      case 0x00FF, 0x1600, 0x1610 -> "AAC";
      case 0xF1AC -> "FLAC";
      default -> "compressed format";
    };
  }

  private static String ascii(byte[] b, int at) {
    char[] c = new char[4];
    for (int i = 0; i < 4; i++) {
      c[i] = (char) (b[at + i] & 0xFF);
    }
    return new String(c);
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return sb.toString();
  }

  static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }

  static long s64(byte[] b, int at) {
    return u32(b, at) | u32(b, at + 4) << 32;
  }

  /** Reads a header from a stream, counting bytes, without trusting any size it is given. */
  private static final class Reader {
    private final InputStream in;
    private final String name;
    private final byte[] scratch = new byte[8192];
    private long position;

    Reader(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    long position() {
      return position;
    }

    int readUpTo(byte[] buf, int n) throws IOException {
      int got = in.readNBytes(buf, 0, n);
      position += got;
      return got;
    }

    byte[] readExactly(int n, String what) throws IOException {
      byte[] buf = new byte[n];
      if (readUpTo(buf, n) < n) {
        throw new BadInputException(name, "header truncated inside the " + what, null);
      }
      return buf;
    }

    /**
     * Skips by reading: InputStream.skip seeks, and seeking a pipe fails ("Illegal seek"). Returns
     * false when the stream ended first: the chunk being skipped claims more than the file holds.
     */
    /**
     * Skips the rest of a chunk of {@code size} bytes ({@code n} of them still unread) and its pad
     * byte; false when the file ends inside the chunk. A missing pad byte at the very end is
     * tolerated, as sloppy writers leave it out.
     */
    boolean skipChunk(long n, long size) throws IOException {
      boolean whole = skip(n);
      skip(size & 1);
      return whole;
    }

    boolean skip(long n) throws IOException {
      long left = n;
      while (left > 0) {
        int got = in.read(scratch, 0, (int) Math.min(scratch.length, left));
        if (got < 0) {
          break;
        }
        left -= got;
      }
      position += n;
      return left <= 0;
    }
  }
}
