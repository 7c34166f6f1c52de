package dev.cadenza.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A spool gives back exactly the samples it was given (a 997 Hz sine by its formula), as often as
 * asked and to readers running side by side, and leaves no named file behind while it lives.
 */
class SpoolTest {
  private static final int RATE = 48_000;
  private static final int FRAMES = 100_000;

  private static float sample(int channel, int i) {
    return (float) (0.5 * StrictMath.sin(2 * StrictMath.PI * 997 * i / RATE + channel));
  }

  private static AudioSource sine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WavWriter w =
        WavWriter.toStream(
            bytes, RATE, ChannelLayout.defaultFor(2), WavEncoding.FLOAT_32, Dither.none(), FRAMES);
    AudioBlock block = new AudioBlock(2, 1000);
    for (int start = 0; start < FRAMES; start += 1000) {
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < 1000; i++) {
          block.channel(c)[i] = sample(c, start + i);
        }
      }
      block.setFrames(1000);
      w.write(block);
    }
    w.finish();
    return WavReader.open(new ByteArrayInputStream(bytes.toByteArray()), "sine");
  }

  @Test
  void readersSideBySideEachGetEverySampleBack() throws IOException {
    try (Spool spool = Spool.of(sine());
        AudioSource a = spool.open();
        AudioSource b = spool.open()) {
      AudioBlock x = new AudioBlock(2, 777);
      AudioBlock y = new AudioBlock(2, 1234);
      int read = 0;
      int readB = 0;
      while (true) {
        int n = a.read(x);
        if (n <= 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          assertThat(x.channel(1)[i]).isEqualTo(sample(1, read + i));
        }
        read += n;
        if (readB < FRAMES) {
          readB += b.read(y);
        }
      }
      assertThat(read).isEqualTo(FRAMES);
      assertThat(a.frameCount()).isEqualTo(FRAMES);
      assertThat(readB).isPositive();
    }
  }

  @Test
  void theSpoolHasNoNameInTheTemporaryFolderWhileItIsOpen() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assertThat(Files.isDirectory(fds)).as("a Linux /proc").isTrue();
    List<Path> before = spoolLinks(fds);
    try (Spool spool = Spool.of(sine())) {
      List<Path> during = spoolLinks(fds);
      during.removeAll(before);
      assertThat(during).isNotEmpty().allMatch(p -> p.toString().endsWith("(deleted)"));
    }
  }

  private static List<Path> spoolLinks(Path fds) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(fds)) {
      for (Path fd : s.toList()) {
        try {
          Path target = Files.readSymbolicLink(fd);
          if (target.getFileName() != null
              && target.getFileName().toString().startsWith("cadenza-")) {
            out.add(target);
          }
        } catch (IOException gone) {
          // a descriptor closed while listing
        }
      }
    }
    return out;
  }
}
