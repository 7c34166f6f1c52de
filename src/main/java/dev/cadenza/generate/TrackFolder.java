package dev.cadenza.generate;

import dev.cadenza.OutputException;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.io.FileSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a track is written to: its file names, its creation and its MIDI file. */
final class TrackFolder {
  static final String MIDI_FILE = "arrangement.mid";

  private TrackFolder() {}

  /** Where part {@code name}'s stem is written. */
  static Path stemFile(Path folder, String name) {
    return folder.resolve(name + ".wav");
  }

  /** Where the arrangement's MIDI file is written. */
  static Path midiFile(Path folder) {
    return folder.resolve(MIDI_FILE);
  }

  /** Creates {@code folder} (and its parents) when missing. */
  static void create(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputException(
          folder.toString(), "cannot create folder: " + e.getMessage(), null, e);
    }
  }

  /**
   * Writes the arrangement's MIDI file into {@code folder} and adds it to {@code files}, to be
   * moved into place with the stems.
   */
  static Void writeMidi(Path folder, Arrangement a, FileSet files) {
    Path file = midiFile(folder);
    AtomicFile out = AtomicFile.create(file);
    files.add(out);
    try {
      ByteBuffer b = ByteBuffer.wrap(MidiExport.toBytes(a));
      while (b.hasRemaining()) {
        out.channel().write(b);
      }
      out.prepare();
    } catch (IOException e) {
      throw new OutputException(file.toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
    return null;
  }
}
