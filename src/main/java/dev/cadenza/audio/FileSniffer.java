package dev.cadenza.audio;

import java.util.Optional;

/**
 * Recognises the audio formats people most often hand to a WAV reader by mistake, from the first
 * bytes of the file, so the error can say what the file is and how to convert it.
 */
final class FileSniffer {

  private FileSniffer() {}

  /** A name for what the bytes look like, when it is a known non-WAV format. */
  static Optional<String> recognise(byte[] head, int length) {
    if (startsWith(head, length, "fLaC")) {
      return Optional.of("a FLAC file");
    }
    if (startsWith(head, length, "ID3")
        || (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
      return Optional.of("an MP3 (MPEG audio) file");
    }
    if (startsWith(head, length, "OggS")) {
      return Optional.of("an Ogg file (Vorbis/Opus)");
    }
    if (startsWith(head, length, "FORM")) {
      return Optional.of("an AIFF file");
    }
    if (startsWith(head, length, "caff")) {
      return Optional.of("a Core Audio (CAF) file");
    }
    if (length >= 8 && startsWith(slice(head, 4), length - 4, "ftyp")) {
      return Optional.of("an MP4/M4A file");
    }
    return Optional.empty();
  }

  private static byte[] slice(byte[] head, int from) {
    byte[] rest = new byte[head.length - from];
    System.arraycopy(head, from, rest, 0, rest.length);
    return rest;
  }

  private static boolean startsWith(byte[] head, int length, String magic) {
    if (length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
