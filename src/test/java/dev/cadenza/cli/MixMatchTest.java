package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.dsp.Audio;
import dev.cadenza.dsp.Biquad;
import dev.cadenza.dsp.Equalizer;
import dev.cadenza.dsp.Rbj;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mix --match}: a reference made from the same kind of noise through a known equaliser; the
 * matching equaliser must reproduce that equaliser's shape and the master the reference's loudness.
 */
class MixMatchTest {
  private static final int RATE = 44_100;

  @TempDir Path dir;

  private static final List<Biquad> KNOWN =
      List.of(Rbj.lowShelf(150, 0.7071, -4, RATE), Rbj.highShelf(3000, 0.7071, 5, RATE));

  private Path[] files() {
    float[][] input = Audio.noise(2, RATE * 12, 0.3, 21);
    float[][] reference = Audio.scaled(Audio.noise(2, RATE * 12, 0.3, 22), 0.5);
    reference = Audio.process(new Equalizer(KNOWN, 2), reference, RATE);
    Path in = dir.resolve("in.wav");
    Path ref = dir.resolve("ref.wav");
    Audio.write(in, input, RATE);
    Audio.write(ref, reference, RATE);
    return new Path[] {in, ref};
  }

  private static double db(List<Biquad> filters, double f) {
    double total = 0;
    for (Biquad b : filters) {
      total += 20 * Math.log10(b.magnitudeAt(f, RATE));
    }
    return total;
  }

  @Test
  void matchingEqualiserHasTheShapeOfTheReferencesEqualiser() throws Exception {
    Path[] f = files();
    CliRun r = CliRun.run("mix", f[0].toString(), "--match", f[1].toString(), "--print-chain");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode chain = Json.mapper().readTree(r.stdoutBytes());
    List<Biquad> matched = new ArrayList<>();
    for (JsonNode stage : chain.get("processors")) {
      if (stage.get("type").asText().equals("peaking")) {
        JsonNode p = stage.get("params");
        matched.add(
            Rbj.peaking(
                p.get("frequency").asDouble(),
                p.get("q").asDouble(),
                p.get("gainDb").asDouble(),
                RATE));
      }
    }
    assertThat(matched).isNotEmpty();
    double[] octaves = {63, 125, 250, 500, 1000, 2000, 4000, 8000};
    double meanKnown = 0;
    double meanMatched = 0;
    for (double c : octaves) {
      meanKnown += db(KNOWN, c) / octaves.length;
      meanMatched += db(matched, c) / octaves.length;
    }
    for (double c : octaves) {
      assertThat(db(matched, c) - meanMatched)
          .as("%.0f Hz", c)
          .isCloseTo(db(KNOWN, c) - meanKnown, within(1.5));
    }
  }

  @Test
  void masterTakesTheReferencesLoudness() throws Exception {
    Path[] f = files();
    float[][] ref = Audio.read(f[1]);
    LoudnessMeter meter = new LoudnessMeter(AudioFormat.floatFormat(RATE, 2), false);
    AudioBlock block = new AudioBlock(2, ref[0].length);
    System.arraycopy(ref[0], 0, block.channel(0), 0, ref[0].length);
    System.arraycopy(ref[1], 0, block.channel(1), 0, ref[1].length);
    block.setFrames(ref[0].length);
    meter.accept(block);
    double refLufs = meter.integratedLufs();

    CliRun r =
        CliRun.run("mix", f[0].toString(), "--match", f[1].toString(), "--bits", "32f", "-q");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    float[][] out = Audio.read(r.stdoutBytes());
    LoudnessMeter outMeter = new LoudnessMeter(AudioFormat.floatFormat(RATE, 2), false);
    AudioBlock o = new AudioBlock(2, out[0].length);
    System.arraycopy(out[0], 0, o.channel(0), 0, out[0].length);
    System.arraycopy(out[1], 0, o.channel(1), 0, out[1].length);
    o.setFrames(out[0].length);
    outMeter.accept(o);
    assertThat(outMeter.integratedLufs()).isCloseTo(refLufs, within(0.1));
  }

  @Test
  void withPresetNoneTheReferenceShapesTheSpectrumButSetsNoLoudnessTarget() throws IOException {
    Path[] f = files();
    CliRun r =
        CliRun.run(
            "mix",
            f[0].toString(),
            "--match",
            f[1].toString(),
            "--preset",
            "none",
            "--print-chain");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode chain = Json.mapper().readTree(r.stdoutBytes());
    assertThat(chain.has("targetLufs")).isFalse();
    List<String> types = new ArrayList<>();
    chain.get("processors").forEach(p -> types.add(p.get("type").asText()));
    // Only the matching equaliser: no normalising gain, no limiter.
    assertThat(types).isNotEmpty().containsOnly("peaking");
  }

  @Test
  void missingReferenceIsExit66() {
    Path[] f = files();
    CliRun r = CliRun.run("mix", f[0].toString(), "--match", dir.resolve("nope.wav").toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.stderr().lines()).hasSize(1);
  }
}
