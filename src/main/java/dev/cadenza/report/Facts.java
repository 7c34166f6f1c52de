package dev.cadenza.report;

import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackSpec;
import java.util.List;
import java.util.Map;

/**
 * What a person compares tracks by, read from a report: what was asked and what was heard.
 *
 * @param genre the spec's genre (its subgenre after it when there is one), or null
 * @param bpmAsked the spec's tempo
 * @param bpmHeard the tempo the analysis read
 * @param keyAsked the spec's key, "D major"
 * @param keyHeard the key the analysis read
 * @param lufs integrated loudness of the master
 * @param truePeak true peak of the master, dBTP
 * @param seconds the master's length
 * @param passed whether the last attempt passed QA
 * @param failed the names of its failed checks
 * @param work seconds the stages took, summed (the report's timings)
 */
record Facts(
    String genre,
    Double bpmAsked,
    Double bpmHeard,
    String keyAsked,
    String keyHeard,
    Double lufs,
    Double truePeak,
    Double seconds,
    boolean passed,
    List<String> failed,
    Double work) {

  static Facts of(ProduceReport report) {
    TrackSpec spec = report.spec();
    Analysis analysis = report.analysis();
    QaReport qa = report.qa();
    return new Facts(
        spec == null ? null : genre(spec),
        spec == null ? null : spec.bpm(),
        analysis == null || analysis.tempo() == null ? null : analysis.tempo().bpm(),
        spec == null || spec.key() == null ? null : key(spec.key().tonic(), spec.key().mode()),
        analysis == null || analysis.key() == null
            ? null
            : key(analysis.key().tonic(), analysis.key().mode()),
        analysis == null || analysis.loudness() == null
            ? null
            : analysis.loudness().integratedLufs(),
        analysis == null || analysis.loudness() == null ? null : analysis.loudness().truePeakDbtp(),
        analysis == null ? null : analysis.format().durationSeconds(),
        report.passed(),
        qa == null
            ? List.of()
            : qa.checks().stream().filter(c -> !c.passed()).map(QaReport.Check::name).toList(),
        work(report.timings()));
  }

  private static String genre(TrackSpec spec) {
    if (spec.subgenre() == null || spec.subgenre().equals(spec.genre())) {
      return spec.genre();
    }
    return spec.genre() + " (" + spec.subgenre() + ")";
  }

  private static String key(String tonic, String mode) {
    return tonic == null ? null : tonic + (mode == null ? "" : " " + mode);
  }

  private static Double work(Map<String, Double> timings) {
    if (timings == null || timings.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (double s : timings.values()) {
      sum += s;
    }
    return sum;
  }
}
