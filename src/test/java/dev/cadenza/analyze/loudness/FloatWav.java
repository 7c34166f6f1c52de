package dev.cadenza.analyze.loudness;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes planar float audio as a 32-bit IEEE float WAV, for handing test signals to ffmpeg. */
final class FloatWav {
  private FloatWav() {}

  static void write(Path path, float[][] audio, int sampleRate) throws IOException {
    int channels = audio.length;
    int frames = audio[0].length;
    int dataBytes = frames * channels * 4;
    ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(36 + dataBytes);
    header.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(16);
    header.putShort((short) 3); // WAVE_FORMAT_IEEE_FLOAT
    header.putShort((short) channels);
    header.putInt(sampleRate);
    header.putInt(sampleRate * channels * 4);
    header.putShort((short) (channels * 4));
    header.putShort((short) 32);
    header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(dataBytes);
    try (OutputStream out = Files.newOutputStream(path)) {
      out.write(header.array());
      ByteBuffer frame = ByteBuffer.allocate(4096 * channels * 4).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < frames; i++) {
        for (float[] channel : audio) {
          frame.putFloat(channel[i]);
        }
        if (!frame.hasRemaining()) {
          out.write(frame.array(), 0, frame.position());
          frame.clear();
        }
      }
      out.write(frame.array(), 0, frame.position());
    }
  }
}
