package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.TrackSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Long descriptive captions (captions.tsv) parse without error, and none gets a tempo or key marked
 * as parsed unless the caption states one; those that state one get exactly that. No correctly
 * spelled word is "corrected".
 */
class CaptionRobustnessTest {

  record Caption(int line, Map<String, String> stated, String text) {}

  static List<Caption> load() throws IOException {
    List<Caption> out = new ArrayList<>();
    try (InputStream in = CaptionRobustnessTest.class.getResourceAsStream("captions.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        Map<String, String> stated = new TreeMap<>();
        if (!parts[0].equals("-")) {
          for (String kv : parts[0].split(";")) {
            String[] p = kv.split("=", 2);
            stated.put(p[0], p[1]);
          }
        }
        out.add(new Caption(n, stated, parts[1]));
      }
    }
    return out;
  }

  @Test
  void threeHundredCaptionsParseAndInventNoTempoOrKey() throws IOException {
    List<Caption> captions = load();
    assertThat(captions).hasSizeGreaterThanOrEqualTo(300);
    List<String> failures = new ArrayList<>();
    for (Caption c : captions) {
      TrackSpec s = PromptParser.standard().parse(c.text());
      String bpmSource = s.provenance().get("bpm").source();
      String keySource = s.provenance().get("key").source();
      String statedBpm = c.stated().get("bpm");
      String statedKey = c.stated().get("key");
      if (statedBpm == null && bpmSource.equals("prompt")) {
        failures.add(c.line() + ": bpm " + s.bpm() + " from " + s.provenance().get("bpm").text());
      }
      if (statedBpm != null
          && (!bpmSource.equals("prompt") || s.bpm() != Double.parseDouble(statedBpm))) {
        failures.add(c.line() + ": stated bpm " + statedBpm + " read as " + s.bpm());
      }
      if (statedKey == null && keySource.equals("prompt")) {
        failures.add(c.line() + ": key from " + s.provenance().get("key").text());
      }
      String key = s.key().tonic() + " " + s.key().mode();
      if (statedKey != null && (!keySource.equals("prompt") || !key.equals(statedKey))) {
        failures.add(c.line() + ": stated key " + statedKey + " read as " + key);
      }
      // the captions are spelled correctly: any correction is a false one
      for (TrackSpec.Correction k : s.corrections()) {
        failures.add(c.line() + ": \"" + k.text() + "\" corrected to " + k.correctedTo());
      }
      for (String excluded : s.excludedInstruments()) {
        if (s.instruments().contains(excluded)) {
          failures.add(c.line() + ": " + excluded + " both wanted and excluded");
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
