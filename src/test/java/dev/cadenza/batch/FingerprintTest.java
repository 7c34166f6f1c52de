package dev.cadenza.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's fingerprint: its canonical JSON, the output options and the version, hashed. */
class FingerprintTest {

  private static final String OPTIONS =
      new BatchSettings(Path.of("out"), 1, Shard.ALL, 2, false, false, false, "1.0")
          .outputOptions();

  private static String fingerprintOf(String line, String options, String version)
      throws Exception {
    JobLine job =
        JobsFile.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).get(0);
    return Fingerprint.of(job.job().canonical(), options, version);
  }

  @Test
  void isTheSha256OfVersionOptionsAndCanonicalJob() throws Exception {
    // printf 'cadenza 1.0\nretries=2 stems=false report=false\n{"id":"a","prompt":"house"}\n'
    //   | sha256sum
    assertThat(fingerprintOf("{\"prompt\": \"house\", \"id\": \"a\"}", OPTIONS, "1.0"))
        .isEqualTo("b3b5caad626f4c7ff95153f0fe038a8fd3c076cf57d8cf56b97b6672b5e75e8f");
  }

  @Test
  void changesWithTheJobTheOptionsOrTheVersionAndNotWithSpelling() throws Exception {
    String base = fingerprintOf("{\"id\":\"a\",\"prompt\":\"house\",\"seed\":1}", OPTIONS, "1.0");
    assertThat(fingerprintOf("{\"seed\":1, \"prompt\":\"house\", \"id\":\"a\"}", OPTIONS, "1.0"))
        .isEqualTo(base);
    assertThat(fingerprintOf("{\"id\":\"a\",\"prompt\":\"house\",\"seed\":2}", OPTIONS, "1.0"))
        .isNotEqualTo(base);
    String stems =
        new BatchSettings(Path.of("out"), 1, Shard.ALL, 2, false, true, false, "1.0")
            .outputOptions();
    assertThat(fingerprintOf("{\"id\":\"a\",\"prompt\":\"house\",\"seed\":1}", stems, "1.0"))
        .isNotEqualTo(base);
    assertThat(fingerprintOf("{\"id\":\"a\",\"prompt\":\"house\",\"seed\":1}", OPTIONS, "1.1"))
        .isNotEqualTo(base);
  }

  @TempDir Path dir;

  private static Job job(String line) throws Exception {
    return JobsFile.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
        .get(0)
        .job();
  }

  @Test
  void aReferenceCountsByItsContentsNotItsPath() throws Exception {
    Path wav = Files.write(dir.resolve("ref.wav"), new byte[] {1, 2, 3});
    Job job = job("{\"id\":\"a\",\"prompt\":\"house\",\"reference\":\"" + wav + "\"}");
    // printf '\x01\x02\x03' | sha256sum
    assertThat(new InputDigests().of(job))
        .isEqualTo(" reference=039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
    Files.write(wav, new byte[] {1, 2, 4});
    assertThat(new InputDigests().of(job)).doesNotContain("039058c6");
    Files.delete(wav);
    assertThat(new InputDigests().of(job)).isEmpty();
  }

  @Test
  void aChainAndASoundfontCountByTheirContentsEachHashedOncePerRun() throws Exception {
    Path chain = Files.write(dir.resolve("chain.json"), new byte[] {1, 2, 3});
    Path bank = Files.write(dir.resolve("bank.sf2"), new byte[] {});
    Job job =
        job(
            "{\"id\":\"a\",\"prompt\":\"house\",\"chain\":\""
                + chain
                + "\",\"soundfont\":\""
                + bank
                + "\"}");
    InputDigests run = new InputDigests();
    // sha256sum of the bytes 01 02 03, and of nothing
    String expected =
        " chain=039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81"
            + " soundfont=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    assertThat(run.of(job)).isEqualTo(expected);
    Files.write(bank, new byte[] {1, 2, 3});
    assertThat(run.of(job)).as("the same run hashed it already").isEqualTo(expected);
    String same = "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81";
    assertThat(new InputDigests().of(job)).isEqualTo(" chain=" + same + " soundfont=" + same);
  }

  @Test
  void theBatchsParallelismAndShareDoNotChangeIt() {
    BatchSettings one = new BatchSettings(Path.of("a"), 1, Shard.ALL, 2, false, true, true, "1");
    BatchSettings other =
        new BatchSettings(Path.of("b"), 8, new Shard(2, 3), 2, true, true, true, "1");
    assertThat(one.outputOptions()).isEqualTo(other.outputOptions());
  }
}
