package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.ExitCodes;
import dev.cadenza.plot.AnalysisPlot;
import dev.cadenza.spec.Json;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzePlotAndSectionsTest {

  static final int RATE = 22050;

  @TempDir Path dir;
  Path wav;

  /**
   * 24 s: 8 s of a 440 Hz tone, 8 s of white noise 12 dB quieter, 8 s of the tone again; the same
   * on both channels.
   */
  @BeforeEach
  void writeWav() throws IOException {
    SplittableRandom random = new SplittableRandom(17);
    double[] noise = new double[RATE * 8];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = 0.125 * (2 * random.nextDouble() - 1);
    }
    wav = dir.resolve("aba.wav");
    Files.write(
        wav,
        AnalyzeCommandTest.wav(
            RATE,
            2,
            RATE * 24,
            i ->
                i >= RATE * 8 && i < RATE * 16
                    ? noise[i - RATE * 8]
                    : 0.5 * Math.sin(2 * Math.PI * 440 * i / RATE)));
  }

  @Test
  void sectionsAndSpectralAreReportedOnRequest() throws Exception {
    CliRun run = CliRun.run("analyze", wav.toString(), "--only", "sections,spectral");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode a = Json.mapper().readTree(run.stdoutBytes());
    assertThat(a.has("loudness")).isFalse();
    assertThat(a.has("tempo")).isFalse();
    JsonNode sections = a.at("/sections");
    assertThat(sections.size()).as(sections.toString()).isEqualTo(3);
    assertThat(sections.get(1).at("/start").asDouble()).isCloseTo(8, within(1.0));
    assertThat(sections.get(2).at("/start").asDouble()).isCloseTo(16, within(1.0));
    assertThat(sections.get(0).at("/label").asText()).isEqualTo("A");
    assertThat(sections.get(1).at("/label").asText()).isEqualTo("B");
    assertThat(sections.get(2).at("/label").asText()).startsWith("A");
    // Tone at amplitude 0.5: mean square 0.125; the noise (uniform, peak 0.125) 0.125^2 / 3. The
    // middle section holds the noise and whatever of the tone lies between its ends.
    double start = sections.get(1).at("/start").asDouble();
    double end = sections.get(1).at("/end").asDouble();
    double tone = Math.max(0, 8 - start) + Math.max(0, end - 16);
    double meanSquare = (tone * 0.125 + 8 * 0.125 * 0.125 / 3) / (end - start);
    assertThat(sections.get(1).at("/energyDb").asDouble())
        .isCloseTo(10 * Math.log10(meanSquare), within(0.3));
    assertThat(sections.get(1).at("/energyDb").asDouble())
        .isLessThan(sections.get(0).at("/energyDb").asDouble() - 3);
    assertThat(sections.get(0).at("/spectral/centroidHz").asDouble()).isCloseTo(440, within(5.0));
    // Power-weighted mean of the tone's 440 Hz and the noise's centroid, a quarter of the rate.
    double noisePower = 8 * 0.125 * 0.125 / 3;
    double centroid = (tone * 0.125 * 440 + noisePower * RATE / 4.0) / (tone * 0.125 + noisePower);
    assertThat(sections.get(1).at("/spectral/centroidHz").asDouble())
        .isCloseTo(centroid, within(centroid * 0.1));
    assertThat(sections.get(0).at("/loudnessLufs").isNumber()).isTrue();
    // The whole file: two thirds of the time a 440 Hz tone (mean square 0.125), a third noise
    // (0.0052); the tone's band, lowMid, holds 0.125 * 2 / (0.125 * 2 + 0.0052) of the power.
    assertThat(a.at("/spectral/bands/lowMid/share").asDouble())
        .isCloseTo(0.25 / (0.25 + 0.125 * 0.125 / 3), within(0.01));
    assertThat(a.at("/spectral/correlation").asDouble()).isEqualTo(1.0);
  }

  @Test
  void schemaDescribesSectionsAndSpectral() throws Exception {
    CliRun run = CliRun.run("schema", "analysis");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .contains("\"sections\"", "\"spectral\"", "\"energyDb\"", "\"rolloffHz\"", "\"label\"");
  }

  @Test
  void plotIsAReadablePngOfTheDocumentedSizeAndNotBlank() throws Exception {
    Path png = dir.resolve("aba.png");
    CliRun run = CliRun.run("analyze", wav.toString(), "--plot", png.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(Json.mapper().readTree(run.stdoutBytes()).has("sections")).isTrue();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(AnalysisPlot.WIDTH);
    assertThat(image.getHeight()).isEqualTo(AnalysisPlot.HEIGHT);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    // A spectrogram, curves and shading make hundreds of colours; a blank canvas has one.
    assertThat(colours.size()).isGreaterThan(200);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsOnly("aba.wav", "aba.png");
    }
  }

  @Test
  void unwritablePlotPathFailsWithExit74AndLeavesNoFile() throws Exception {
    Path missing = dir.resolve("no-such-folder").resolve("plot.png");
    CliRun run = CliRun.run("analyze", wav.toString(), "--plot", missing.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.stderr()).contains("plot.png").doesNotContain("Exception");
    assertThat(run.stderr().lines().count()).isEqualTo(1);
    assertThat(missing).doesNotExist();

    Path folder = dir.resolve("plot-is-a-folder.png");
    Files.createDirectory(folder);
    CliRun second = CliRun.run("analyze", wav.toString(), "--plot", folder.toString());
    assertThat(second.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsOnly("aba.wav", "plot-is-a-folder.png");
    }
  }
}
