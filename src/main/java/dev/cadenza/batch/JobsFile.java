package dev.cadenza.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A jobs file: one {@code cadenza.job/1} object a line (JSON Lines). Blank lines are skipped; a bad
 * line, or a second line with an id already used, becomes a bad {@link JobLine} and fails alone.
 */
public final class JobsFile {

  private JobsFile() {}

  /** Every non-blank line, in order, each a job or a bad line. */
  public static List<JobLine> read(InputStream in) throws IOException {
    List<JobLine> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      number++;
      if (!text.isBlank()) {
        lines.add(JobParser.parse(text, number));
      }
    }
    return withoutDuplicates(lines);
  }

  /** The lines with every repeat of an id after its first made bad, naming the first. */
  static List<JobLine> withoutDuplicates(List<JobLine> lines) {
    Map<String, Integer> first = new HashMap<>();
    List<JobLine> out = new ArrayList<>(lines.size());
    for (JobLine line : lines) {
      if (line.id() == null) {
        out.add(line);
        continue;
      }
      Integer earlier = first.putIfAbsent(line.id(), line.line());
      out.add(
          earlier == null
              ? line
              : JobLine.bad(
                  line.line(),
                  line.id(),
                  "duplicate id \"" + line.id() + "\" (first on line " + earlier + ")"));
    }
    return out;
  }
}
