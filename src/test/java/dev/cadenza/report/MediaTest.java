package dev.cadenza.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTest {

  @TempDir Path dir;

  @Test
  void audioIsLinkedRelativeToThePageAndPercentEncoded() throws Exception {
    Path wav = dir.resolve("my track/stems/lead vocal é.wav");
    Media media = new Media(dir.resolve("pages/report.html"), false, false);
    assertThat(media.audio(wav)).isEqualTo("../my%20track/stems/lead%20vocal%20%C3%A9.wav");
    assertThat(media.link(dir.resolve("pages/x.wav"))).isEqualTo("x.wav");
  }

  @Test
  void embeddedAudioIsADataUrlOfTheFile() throws Exception {
    byte[] bytes = {'R', 'I', 'F', 'F', 0, 1, 2, (byte) 0xFF};
    Path wav = Files.write(dir.resolve("m.wav"), bytes);
    String src = new Media(dir.resolve("report.html"), true, true).audio(wav);
    assertThat(src).startsWith("data:audio/wav;base64,");
    assertThat(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))).isEqualTo(bytes);
  }

  @Test
  void picturesAreInlineOrFilesBesideThePage() {
    byte[] png = {1, 2, 3};
    Media inline = new Media(dir.resolve("one.html"), false, false);
    assertThat(inline.picture("t1-a-analysis.png", png)).isEqualTo("data:image/png;base64,AQID");
    assertThat(inline.pictureFiles()).isEmpty();

    Media beside = new Media(dir.resolve("many.html"), false, true);
    assertThat(beside.picture("t1-a-analysis.png", png)).isEqualTo("many_files/t1-a-analysis.png");
    assertThat(beside.pictureFiles()).containsOnlyKeys(dir.resolve("many_files/t1-a-analysis.png"));
  }
}
