package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path tmp;

  private static String spec(String genre, double bpm, String extra) {
    return "{\"schema\":\"cadenza.trackspec/1\",\"genre\":\""
        + genre
        + "\",\"bpm\":"
        + bpm
        + ",\"key\":{\"tonic\":\"F\",\"mode\":\"minor\"},\"timeSignature\":\"4/4\",\"bars\":8,"
        + "\"durationSeconds\":0,\"energy\":0.6,\"seed\":17"
        + extra
        + "}";
  }

  private Path write(String name, String json) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, json);
    return p;
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesStemsMidiAndAManifestWithTheStableFieldNames() throws Exception {
    Path spec = write("spec.json", spec("drum and bass", 174, ""));
    Path out = tmp.resolve("stems");
    CliRun r = CliRun.run("generate", spec.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode m = Json.mapper().readTree(r.stdoutBytes());
    assertThat(m.get("schema").asText()).isEqualTo("cadenza.manifest/1");
    assertThat(m.get("seed").asLong()).isEqualTo(17);
    assertThat(fields(m)).contains("schema", "seed", "stems", "midi", "truth");
    assertThat(m.get("stems").size()).isGreaterThanOrEqualTo(5);
    for (JsonNode s : m.get("stems")) {
      assertThat(fields(s)).contains("name", "file", "role", "gainDb", "pan");
      assertThat(Path.of(s.get("file").asText())).exists();
    }
    assertThat(Path.of(m.get("midi").asText())).exists();
    JsonNode t = m.get("truth");
    assertThat(fields(t))
        .contains(
            "bpm",
            "key",
            "timeSignature",
            "durationSeconds",
            "beats",
            "downbeats",
            "sections",
            "chords");
    assertThat(fields(t.get("key"))).containsExactly("mode", "tonic");
    assertThat(t.get("key").get("tonic").asText()).isEqualTo("F");
    assertThat(fields(t.get("sections").get(0))).containsExactly("end", "label", "start");
    assertThat(fields(t.get("chords").get(0))).containsExactly("end", "start", "symbol");
    assertThat(t.get("bpm").asDouble()).isEqualTo(174);
    assertThat(t.get("durationSeconds").asDouble()).isEqualTo(8 * 4 * 60 / 174.0);
    assertThat(t.get("beats").size()).isEqualTo(32);
    assertThat(t.get("downbeats").size()).isEqualTo(8);
  }

  @Test
  void sameSpecAndSeedWriteIdenticalFilesWithoutClippingOrDc() throws Exception {
    Path spec = write("spec.json", spec("house", 124, ""));
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(CliRun.run("generate", spec.toString(), "-o", a.toString()).exitCode()).isZero();
    assertThat(CliRun.run("generate", spec.toString(), "-o", b.toString()).exitCode()).isZero();
    List<String> files = new ArrayList<>();
    try (var list = Files.list(a)) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    assertThat(files).contains("drums.wav", "bass.wav", "arrangement.mid");
    for (String f : files) {
      assertThat(Files.readAllBytes(b.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(a.resolve(f)));
      if (f.endsWith(".wav")) {
        double[] peakAndMean = peakAndMean(a.resolve(f));
        assertThat(peakAndMean[0]).as(f + " peak").isLessThan(1.0).isGreaterThan(0.01);
        assertThat(Math.abs(peakAndMean[1])).as(f + " DC").isLessThan(1e-3);
      }
    }
  }

  private static double[] peakAndMean(Path wav) throws Exception {
    try (WavReader r = WavReader.open(wav)) {
      AudioBlock block = new AudioBlock(r.format().channels(), 4096);
      double peak = 0;
      double sum = 0;
      long n = 0;
      int got;
      while ((got = r.read(block)) > 0) {
        for (int c = 0; c < block.channels(); c++) {
          for (int i = 0; i < got; i++) {
            float x = block.channel(c)[i];
            peak = Math.max(peak, Math.abs(x));
            sum += x;
            n++;
          }
        }
      }
      return new double[] {peak, sum / n};
    }
  }

  @Test
  void excludedInstrumentsHaveNoStemAndOtherFilesStay() throws Exception {
    Path spec =
        write("spec.json", spec("hip hop", 90, ",\"excludedInstruments\":[\"drums\",\"pad\"]"));
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "keep me");
    CliRun r = CliRun.run("generate", spec.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(out.resolve("drums.wav")).doesNotExist();
    assertThat(out.resolve("pad.wav")).doesNotExist();
    assertThat(out.resolve("bass.wav")).exists();
    assertThat(out.resolve("notes.txt")).hasContent("keep me");
    JsonNode m = Json.mapper().readTree(r.stdoutBytes());
    List<String> names = new ArrayList<>();
    m.get("stems").forEach(s -> names.add(s.get("name").asText()));
    assertThat(names).doesNotContain("drums", "pad").contains("bass");
  }

  @Test
  void unknownGenreIsBadInputListingTheKnownOnes() throws Exception {
    CliRun r =
        CliRun.withInput(
            spec("zydeco-step", 120, "").getBytes(StandardCharsets.UTF_8),
            "generate",
            "-",
            "-o",
            tmp.resolve("x").toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr()).contains("unknown genre").contains("drum and bass").contains("house");
    assertThat(r.stderr().strip().lines().count()).isEqualTo(1);
    assertThat(r.stdoutBytes()).isEmpty();
  }

  @Test
  void missingSpecFileIsNoInput() {
    CliRun r = CliRun.run("generate", tmp.resolve("nope.json").toString(), "-o", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(66);
  }

  @Test
  void seedOptionOverridesTheSpec() throws Exception {
    Path spec = write("spec.json", spec("techno", 130, ""));
    CliRun r =
        CliRun.run("generate", spec.toString(), "-o", tmp.resolve("s").toString(), "--seed", "99");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(Json.mapper().readTree(r.stdoutBytes()).get("seed").asLong()).isEqualTo(99);
  }

  @Test
  void midiHasTempoSectionsAndOneTrackPerPart() throws Exception {
    Path spec = write("spec.json", spec("trap", 140, ""));
    Path out = tmp.resolve("m");
    CliRun r = CliRun.run("generate", spec.toString(), "-o", out.toString());
    JsonNode m = Json.mapper().readTree(r.stdoutBytes());
    Sequence seq = MidiSystem.getSequence(out.resolve("arrangement.mid").toFile());
    assertThat(seq.getResolution()).isEqualTo(480);
    assertThat(seq.getTracks()).hasSize(1 + m.get("stems").size());
    int tempo = -1;
    int markers = 0;
    var conductor = seq.getTracks()[0];
    for (int i = 0; i < conductor.size(); i++) {
      if (conductor.get(i).getMessage() instanceof MetaMessage meta) {
        byte[] d = meta.getData();
        if (meta.getType() == 0x51) {
          tempo = ((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF);
        } else if (meta.getType() == 0x06) {
          markers++;
        }
      }
    }
    assertThat(tempo).isEqualTo((int) Math.round(60_000_000 / 140.0));
    assertThat(markers).isEqualTo(m.get("truth").get("sections").size());
  }

  @Test
  void mixdownWritesAWavToStdout() throws Exception {
    Path spec = write("spec.json", spec("house", 124, ""));
    CliRun r = CliRun.run("generate", spec.toString(), "--mixdown", "--bits", "16");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    try (WavReader w = WavReader.open(new ByteArrayInputStream(r.stdoutBytes()), "stdout")) {
      assertThat(w.format().channels()).isEqualTo(2);
      assertThat(w.format().sampleRate()).isEqualTo(44100);
      assertThat(w.frameCount()).isGreaterThan((long) (8 * 4 * 60 / 124.0 * 44100));
    }
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    Path spec = write("spec.json", spec("house", 124, ""));
    assertThat(CliRun.run("generate", spec.toString()).exitCode()).isEqualTo(2);
    assertThat(
            CliRun.run("generate", spec.toString(), "-o", tmp.toString(), "--sample-rate", "22050")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            CliRun.run("generate", spec.toString(), "-o", tmp.toString(), "--bits", "8").exitCode())
        .isEqualTo(2);
  }
}
