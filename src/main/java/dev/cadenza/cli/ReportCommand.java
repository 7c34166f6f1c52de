package dev.cadenza.cli;

import dev.cadenza.report.Report;
import dev.cadenza.report.Sources;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Track folders and batch folders → one static HTML page to listen, look and compare. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write one self-contained HTML page (no network, no external scripts or fonts) of track"
          + " folders: for each track its master's player, the analysis picture (as analyze"
          + " --plot draws it), a piano roll of stems/arrangement.mid with the sections and"
          + " chords, the spec as understood with provenance and warnings, the QA verdicts, the"
          + " attempts, and the stems with players and solo buttons.",
      "A track folder holds a cadenza.report/1 report.json, its master WAV and optionally"
          + " stems/ (what produce writes into one folder, and batch --report --stems for each"
          + " job). A batch folder (one with a journal) stands for all its jobs, failed ones"
          + " too. A page of several tracks opens with a table to sort and filter; their"
          + " pictures go to NAME_files/ beside the page. Audio is linked by relative path"
          + " unless --embed."
    },
    footer = {
      "%nExamples:",
      "  cadenza report track/ -o track.html",
      "  cadenza report renders/ -o renders/report.html",
      "  cadenza report a/ b/ c/ -o compare.html --embed"
    })
final class ReportCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Track folders (or their report.json) and batch folders.")
  List<Path> paths;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The HTML page to write.")
  Path output;

  @Option(
      names = "--embed",
      description = "Inline the audio (and pictures) in the page instead of linking them.")
  boolean embed;

  ReportCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    OutputGuard.refuseOutputsOverInputs(
        spec,
        paths.stream().map(Path::toString).toList(),
        new OutputGuard.Output("-o", output.toString()));
    Outputs.probe(output.toString());
    Sources.Found found = Sources.of(paths);
    Report.write(found, output, embed, listener(found.entries().size()));
    return 0;
  }

  private Report.Listener listener(int total) {
    AtomicInteger drawn = new AtomicInteger();
    return name -> {
      if (!common.quiet()) {
        streams
            .err()
            .println(
                Messages.line(
                    "cadenza report: [" + drawn.incrementAndGet() + "/" + total + "] " + name));
      }
    };
  }
}
