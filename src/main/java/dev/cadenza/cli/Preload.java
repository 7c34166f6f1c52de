package dev.cadenza.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.compose.Composer;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackSpec;
import java.util.List;

/**
 * Gets ready, on a second thread, what a command will need once it has read its command line: the
 * JSON mapper with the (de)serialisers of the documents the command reads and writes, and the music
 * tables it loads from resources. That set-up is start-up code the JVM mostly interprets; it runs
 * before the audio work, when the second core has little else to do, and so overlaps the parsing of
 * the command line instead of following it (about 50-100 ms of a run).
 *
 * <p>Nothing here writes anything or decides anything: the JVM initialises a class once, whichever
 * thread asks first, and a mapper's serialiser cache is filled the same either way, so no output
 * depends on which thread gets there first. A failure is left for the command itself to meet and
 * report.
 */
final class Preload {
  private Preload() {}

  /** Starts getting ready for {@code command} (the first argument), if it is one that gains. */
  static void start(String command) {
    Runnable work =
        switch (command) {
          case "analyze" -> () -> documents(List.of(), List.of(Analysis.class));
          case "qa" -> () -> documents(List.of(TrackSpec.class), List.of(QaReport.class));
          // parse writes its document without the mapper (spec/RecordJson).
          case "parse" ->
              () -> {
                PromptParser.standard();
                Json.prepareSpecWriting();
              };
          case "generate" ->
              () -> {
                documents(List.of(TrackSpec.class), List.of(Manifest.class));
                Composer.standard();
              };
          case "produce" ->
              () -> {
                PromptParser.standard();
                Composer.standard();
                documents(List.of(TrackSpec.class), List.of(ProduceReport.class));
              };
          default -> null;
        };
    if (work == null) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException | LinkageError e) {
                // The command meets the same problem on its own thread and reports it there.
              }
            },
            "cadenza-preload");
    thread.setDaemon(true);
    thread.start();
  }

  private static void documents(List<Class<?>> read, List<Class<?>> written) {
    ObjectMapper mapper = Json.mapper();
    for (Class<?> type : read) {
      mapper.canDeserialize(mapper.constructType(type));
    }
    for (Class<?> type : written) {
      mapper.canSerialize(type);
    }
  }
}
