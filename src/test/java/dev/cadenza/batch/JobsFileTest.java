package dev.cadenza.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A jobs file read line by line: each bad line named by its number, the good ones kept. */
class JobsFileTest {

  private static List<JobLine> read(String text) throws Exception {
    return JobsFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachLineIsAJobWithItsLineNumberAndBlankLinesAreSkipped() throws Exception {
    List<JobLine> lines =
        read(
            "{\"id\":\"a\",\"prompt\":\"house\"}\n\n"
                + "{\"id\":\"b\",\"spec\":{\"genre\":\"techno\"},\"seed\":4}\n");
    assertThat(lines).extracting(JobLine::line).containsExactly(1, 3);
    assertThat(lines).extracting(JobLine::id).containsExactly("a", "b");
    assertThat(lines).noneMatch(JobLine::bad);
    assertThat(lines.get(1).job().spec().given()).containsExactly("genre");
    assertThat(lines.get(1).job().document().seed()).isEqualTo(4L);
    assertThat(lines.get(0).job().output()).isEqualTo("master.wav");
  }

  @Test
  void aSecondUseOfAnIdIsBadAndNamesTheFirstLine() throws Exception {
    List<JobLine> lines =
        read(
            "{\"id\":\"a\",\"prompt\":\"house\"}\n"
                + "{\"id\":\"b\",\"prompt\":\"jazz\"}\n"
                + "{\"id\":\"a\",\"prompt\":\"techno\"}\n");
    assertThat(lines.get(0).bad()).isFalse();
    assertThat(lines.get(2).bad()).isTrue();
    assertThat(lines.get(2).line()).isEqualTo(3);
    assertThat(lines.get(2).problem()).isEqualTo("duplicate id \"a\" (first on line 1)");
  }

  @Test
  void aMalformedLineFailsAloneAndTheLinesAfterItAreRead() throws Exception {
    List<JobLine> lines =
        read("{\"id\":\"a\",\"prompt\":\"house\"\nnot json\n{\"id\":\"c\",\"prompt\":\"jazz\"}\n");
    assertThat(lines).extracting(JobLine::bad).containsExactly(true, true, false);
    assertThat(lines.get(0).problem()).startsWith("not valid JSON");
    assertThat(lines.get(1).line()).isEqualTo(2);
    assertThat(lines.get(2).id()).isEqualTo("c");
  }

  @Test
  void fieldsProduceWouldRefuseMakeTheLineBad() throws Exception {
    List<JobLine> lines =
        read(
            String.join(
                "\n",
                "{\"prompt\":\"house\"}",
                "{\"id\":\"../up\",\"prompt\":\"house\"}",
                "{\"id\":\"a\"}",
                "{\"id\":\"b\",\"prompt\":\"x\",\"spec\":{}}",
                "{\"id\":\"c\",\"spec\":{},\"set\":{\"bpm\":\"90\"}}",
                "{\"id\":\"d\",\"prompt\":\"x\",\"bits\":\"12\"}",
                "{\"id\":\"e\",\"prompt\":\"x\",\"retries\":21}",
                "{\"id\":\"f\",\"prompt\":\"x\",\"output\":\"../m.wav\"}",
                "{\"id\":\"g\",\"prompt\":\"x\",\"preset\":\"loud\"}",
                "{\"id\":\"h\",\"prompt\":\"x\",\"seed\":\"one\"}",
                "{\"id\":\"i\",\"prompt\":\"x\",\"sampleRate\":22050}",
                "{\"schema\":\"cadenza.job/2\",\"id\":\"j\",\"prompt\":\"x\"}",
                "{\"id\":\"k\",\"spec\":{\"bpm\":\"fast\"}}"));
    assertThat(lines).allMatch(JobLine::bad);
    assertThat(lines)
        .extracting(JobLine::line)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    assertThat(lines.get(0).problem()).contains("no \"id\"");
    assertThat(lines.get(1).problem()).contains("not a folder name");
    assertThat(lines.get(2).problem()).contains("either \"prompt\" or \"spec\"");
    assertThat(lines.get(4).problem()).contains("\"set\" goes with a prompt");
    assertThat(lines.get(5).problem()).contains("\"bits\"");
    assertThat(lines.get(6).problem()).contains("\"retries\"");
    assertThat(lines.get(7).problem()).contains("\"output\"");
    assertThat(lines.get(8).problem()).contains("unknown preset 'loud'");
    assertThat(lines.get(9).problem()).contains("field 'seed' has the wrong type");
    assertThat(lines.get(10).problem()).contains("\"sampleRate\"");
    assertThat(lines.get(11).problem()).contains("cadenza.job/2");
    assertThat(lines.get(12).problem()).contains("field 'bpm' has the wrong type");
  }

  @Test
  void theJobSchemaRequiresTheIdAloneAndSaysWhatEachOtherFieldBecomes() {
    var schema = dev.cadenza.spec.JsonSchema.of(dev.cadenza.spec.Contract.JOB);
    assertThat(schema.get("title").asText()).isEqualTo("cadenza.job/1");
    assertThat(schema.get("required").toString()).isEqualTo("[\"id\"]");
    assertThat(schema.at("/properties/output/description").asText())
        .isEqualTo("optional: when left out, master.wav");
  }

  @Test
  void theCanonicalJobIgnoresFieldOrderSpacingAndNullFields() throws Exception {
    List<JobLine> lines =
        read(
            "{\"id\":\"a\",\"prompt\":\"house\",\"seed\":3,\"spec\":null}\n"
                + "{ \"seed\" : 3 , \"prompt\" : \"house\" , \"id\" : \"b\" }\n");
    assertThat(lines.get(0).job().canonical())
        .isEqualTo("{\"id\":\"a\",\"prompt\":\"house\",\"seed\":3}");
    assertThat(lines.get(1).job().canonical())
        .isEqualTo("{\"id\":\"b\",\"prompt\":\"house\",\"seed\":3}");
  }
}
