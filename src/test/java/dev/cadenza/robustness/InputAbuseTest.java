package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.ExitCodes;
import dev.cadenza.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not what they claim: folders, unreadable files, hostile or damaged documents. */
class InputAbuseTest {

  @TempDir Path dir;

  private static final String SPEC =
      "{\"genre\":\"house\",\"bpm\":124,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
          + "\"timeSignature\":\"4/4\",\"bars\":4,\"durationSeconds\":0,\"energy\":0.6,\"seed\":1";

  private Path spec(String json) throws Exception {
    Path file = dir.resolve("spec.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFolderGivenAsAJsonInputIsAMissingInput() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Path wav = Abuse.tone(dir, "a.wav");
    String f = folder.toString();
    String[][] runs = {
      {"generate", f, "-o", dir.resolve("out").toString()},
      {"qa", wav.toString(), "--spec", f},
      {"mix", wav.toString(), "--chain", f},
      {"produce", "--spec", f},
    };
    for (String[] args : runs) {
      CliRun run = CliRun.run(args);
      assertThat(run.exitCode()).as(String.join(" ", args) + run.stderr()).isEqualTo(66);
      assertThat(Abuse.oneLine(run, args[0])).contains(f + ": is a directory");
    }
  }

  @Test
  void aReadErrorIsAMissingInputNamingTheFile() {
    CliRun run = CliRun.run("analyze", "/proc/self/mem");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
    assertThat(Abuse.oneLine(run, "analyze")).contains("/proc/self/mem: cannot read");
  }

  @Test
  void malformedDocumentsSayWhatIsWrongInTheirOwnTerms() throws Exception {
    String[][] cases = {
      {SPEC + ",\"bpm\":90}", "Duplicate field 'bpm'"},
      {SPEC + "} {\"genre\":\"techno\"}", "data after the end of the document"},
      {SPEC.replace("0.6", "NaN") + "}", "'NaN' is not a JSON number"},
      {SPEC.replace("0.6", "\"NaN\"") + "}", "energy must be 0..1: NaN"},
      {SPEC.replace("0.6", "-5") + "}", "energy must be 0..1: -5.0"},
      {SPEC + ",\"swing\":\"NaN\"}", "swing must be 0..1: NaN"},
      {SPEC.replace("\"bars\":4", "\"bars\":4000").replace("124", "20") + "}", "1 hour"},
      {"{\"genre\": " + " ".repeat(17 << 20) + "\"x\"}", "larger than 16 MB"},
    };
    for (String[] c : cases) {
      CliRun run = CliRun.run("generate", spec(c[0]).toString(), "-o", dir.resolve("o").toString());
      assertThat(run.exitCode()).as(c[1] + ": " + run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
      String line = Abuse.oneLine(run, "generate");
      assertThat(line).contains("spec.json").contains(c[1]);
      assertThat(line).doesNotContain("`").doesNotContain("Constraints").doesNotContain("line ?");
      assertThat(dir.resolve("o")).doesNotExist();
    }
  }

  @Test
  void oneLengthLimitForPromptsAndSpecsRefusedNotReplaced() {
    for (String prompt : new String[] {"techno, 2 hours", "techno, 10 hours"}) {
      CliRun run = CliRun.run("parse", prompt);
      assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(Abuse.oneLine(run, "parse")).contains("hours").contains("1 hour");
      assertThat(run.stdoutBytes()).isEmpty();
    }
    CliRun set = CliRun.run("parse", "techno", "--set", "durationSeconds=5400");
    assertThat(set.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Abuse.oneLine(set, "parse")).contains("1 hour");
  }

  @Test
  void qaFailsACutOffFileThatAnalyzeOnlyWarnsAbout() throws Exception {
    Path whole = Abuse.tone(dir, "whole.wav");
    byte[] bytes = Files.readAllBytes(whole);
    // Cut at 40 %: the header still declares every frame.
    Path cut = dir.resolve("cut.wav");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 5));
    CliRun analyze = CliRun.run("analyze", cut.toString(), "--only", "levels");
    assertThat(analyze.exitCode()).isZero();
    assertThat(analyze.stderr()).contains("truncated");
    CliRun qa = CliRun.run("qa", cut.toString());
    assertThat(qa.exitCode()).isEqualTo(ExitCodes.QA_FAILED);
    assertThat(qa.stderr()).contains("complete failed: the file is cut short");
    assertThat(qa.stdout()).contains("\"name\":\"complete\",\"passed\":false");
    CliRun intact = CliRun.run("qa", whole.toString());
    assertThat(intact.stdout()).contains("\"name\":\"complete\",\"passed\":true");
  }

  @Test
  void aReferenceLouderThanZeroLufsSetsTheLoudestTarget() throws Exception {
    int n = 3 * Abuse.RATE;
    float[][] square = new float[2][n];
    for (int i = 0; i < n; i++) {
      // A full-scale 1 kHz-ish square wave: about +3 LUFS, louder than any target may be.
      square[0][i] = square[1][i] = (i / 22) % 2 == 0 ? 1f : -1f;
    }
    Path ref = dir.resolve("square.wav");
    dev.cadenza.dsp.Audio.write(ref, square, Abuse.RATE);
    Path in = Abuse.tone(dir, "a.wav");
    CliRun run = CliRun.run("mix", in.toString(), "--match", ref.toString(), "-q");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdoutBytes()).isNotEmpty();
  }

  /** A WAV header whose chunk after the 16-byte PCM fmt chunk is {@code id} claiming 1 GiB. */
  private static byte[] headerWithHugeChunk(String id, boolean hugeFmt) {
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate(200).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(192);
    b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(hugeFmt ? 1 << 30 : 16);
    b.putShort((short) 1).putShort((short) 2).putInt(44_100).putInt(44_100 * 4);
    b.putShort((short) 4).putShort((short) 16);
    if (!hugeFmt) {
      b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(1 << 30);
    }
    return b.array();
  }

  @Test
  void aChunkClaimingMoreThanTheFileHoldsIsNamed() throws Exception {
    Path list = dir.resolve("list.wav");
    Files.write(list, headerWithHugeChunk("LIST", false));
    Path fmt = dir.resolve("fmt.wav");
    Files.write(fmt, headerWithHugeChunk("LIST", true));
    CliRun listRun = CliRun.run("analyze", list.toString());
    assertThat(listRun.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Abuse.oneLine(listRun, "analyze"))
        .contains(
            "list.wav: no data chunk: the 'LIST' chunk declares 1073741824 bytes, more than the"
                + " file holds");
    CliRun fmtRun = CliRun.run("analyze", fmt.toString());
    assertThat(fmtRun.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Abuse.oneLine(fmtRun, "analyze")).contains("the 'fmt ' chunk declares 1073741824");
  }

  @Test
  void qaFailsAFileWhoseDataChunkClaimsFourGigabytesWithOneKilobytePresent() throws Exception {
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate(44 + 1024).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(-1);
    b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) 1).putShort((short) 2).putInt(44_100).putInt(44_100 * 4);
    b.putShort((short) 4).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(0xFFFF_FFF0);
    // 256 frames of a full-scale square wave: not silence, so only completeness can fail it.
    for (int i = 0; i < 256; i++) {
      short v = (short) ((i / 8) % 2 == 0 ? 16_000 : -16_000);
      b.putShort(v).putShort(v);
    }
    Path claim = dir.resolve("claim.wav");
    Files.write(claim, b.array());
    Path junit = dir.resolve("qa.xml");
    CliRun qa = CliRun.run("qa", claim.toString(), "--junit", junit.toString());
    assertThat(qa.exitCode()).as(qa.stderr()).isEqualTo(ExitCodes.QA_FAILED);
    assertThat(qa.stderr()).contains("claim.wav: complete failed: the file is cut short");
    assertThat(qa.stderr().chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(qa.stdout()).contains("\"name\":\"complete\",\"passed\":false");
    assertThat(Files.readString(junit)).contains("complete").contains("<failure");
    assertThat(Files.size(claim)).isEqualTo(44 + 1024);
  }

  @Test
  void produceWithAReferenceLouderThanZeroLufsSetsTheLoudestTarget() throws Exception {
    int n = 3 * Abuse.RATE;
    float[][] square = new float[2][n];
    for (int i = 0; i < n; i++) {
      square[0][i] = square[1][i] = (i / 22) % 2 == 0 ? 1f : -1f;
    }
    Path ref = dir.resolve("square.wav");
    dev.cadenza.dsp.Audio.write(ref, square, Abuse.RATE);
    Path out = dir.resolve("master.wav");
    CliRun run =
        CliRun.run(
            "produce",
            "--spec",
            spec(SPEC.replace("\"bars\":4", "\"bars\":2") + "}").toString(),
            "--reference",
            ref.toString(),
            "--retries",
            "0",
            "--keep-failed",
            "-o",
            out.toString(),
            "-q");
    // 3: the QA of a two-bar track may fail; never 70.
    assertThat(run.exitCode()).as(run.stderr()).isIn(ExitCodes.OK, ExitCodes.QA_FAILED);
    assertThat(run.stderr()).doesNotContain("IllegalArgument").doesNotContain("internal error");
    assertThat(dir.toFile().list())
        .containsExactlyInAnyOrder("square.wav", "spec.json", "master.wav");
  }

  @Test
  void mixingSilenceSaysThereIsNoLoudness() throws Exception {
    Path silence = dir.resolve("silence.wav");
    dev.cadenza.dsp.Audio.write(silence, new float[2][2 * Abuse.RATE], Abuse.RATE);
    Path out = dir.resolve("out.wav");
    CliRun run = CliRun.run("mix", silence.toString(), "--preset", "none", "-o", out.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(Abuse.oneLine(run, "mix")).contains("no loudness (silence)").doesNotContain("NaN");
    assertThat(out).exists();
  }
}
