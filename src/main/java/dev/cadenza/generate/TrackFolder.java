package dev.cadenza.generate;

import dev.cadenza.OutputException;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.io.AtomicFile;
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

  /** Writes the arrangement's MIDI file into {@code folder}, atomically. */
  static Void writeMidi(Path folder, Arrangement a) {
    Path file = midiFile(folder);
    try (AtomicFile out = AtomicFile.create(file)) {
      ByteBuffer b = ByteBuffer.wrap(MidiExport.toBytes(a));
      while (b.hasRemaining()) {
        out.channel().write(b);
      }
      out.commit();
    } catch (IOException e) {
      throw new OutputException(file.toString(), "cannot write: " + e.getMessage(), null, e);
    }
    return null;
  }
}
