package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code cadenza.qa/1} document: each check with what was measured, what was expected, the
 * tolerance and the verdict; {@code passed} is true when every check passed.
 */
public record QaReport(String schema, String file, boolean passed, List<Check> checks) {

  public QaReport {
    checks = List.copyOf(checks);
  }

  public static QaReport of(String file, List<Check> checks) {
    return new QaReport(Contract.QA.tag(), file, checks.stream().allMatch(Check::passed), checks);
  }

  /**
   * One check.
   *
   * @param name what is checked: integratedLoudness, truePeak, clipping, …
   * @param measured the value found (a number, a string such as a key, or null when undefined)
   * @param expected the target or limit, in words where a number does not say it ("<= -1.0")
   * @param tolerance the allowed deviation, in {@code unit}, or null
   * @param unit LUFS, dBTP, s, BPM, …
   * @param detail one sentence for a person when the check fails, or null
   * @param margin the key check only: how far the asked key's fit (the correlation of the chroma
   *     with its profile) stands above the best of its neighbours (relative, parallel, IV and V);
   *     absent for other checks and when no key was measured
   * @param runnerUp the key check only: that best neighbour ("C major"); absent with {@code margin}
   */
  public record Check(
      String name,
      boolean passed,
      Object measured,
      Object expected,
      Double tolerance,
      String unit,
      String detail,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double margin,
      @JsonInclude(JsonInclude.Include.NON_NULL) String runnerUp) {

    /** A check that reports no margin. */
    public Check(
        String name,
        boolean passed,
        Object measured,
        Object expected,
        Double tolerance,
        String unit,
        String detail) {
      this(name, passed, measured, expected, tolerance, unit, detail, null, null);
    }
  }
}
