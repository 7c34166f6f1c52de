package dev.cadenza.report;

import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.io.FileSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A static HTML page of track folders, to listen, look and compare. A page of one track is that
 * track; a page of many (a batch folder, or several paths) is a sortable, filterable table of them
 * with each track's section, closed, below it. The page is written with its picture files (if any)
 * as one set: all or nothing. The same inputs give the same bytes: no clock reaches the page.
 */
public final class Report {

  /** Hears which track's pictures are drawn; called from worker threads. */
  public interface Listener {
    void drawn(String name);
  }

  private Report() {}

  /**
   * Writes the page of {@code entries} to {@code output}.
   *
   * @param embed inline the audio (and the pictures) instead of linking them
   */
  public static void write(Sources.Found found, Path output, boolean embed, Listener listener)
      throws IOException {
    List<Entry> entries = found.entries();
    boolean single = found.single();
    Media media = new Media(output, embed, !single);
    media.refuseTrackFolder();
    List<Drawn> drawn = draw(entries, listener);
    String page =
        single ? single(entries.get(0), drawn.get(0), media) : many(entries, drawn, media);
    Map<Path, byte[]> files = new LinkedHashMap<>(media.pictureFiles());
    files.put(output, page.getBytes(StandardCharsets.UTF_8));
    writeAll(files);
  }

  /** A track's pictures as PNG bytes (null where there is nothing to draw). */
  private record Drawn(byte[] analysis, PianoRoll.Drawing pianoRoll) {}

  /** Every track's pictures, drawn on as many threads as there are cores, kept in order. */
  private static List<Drawn> draw(List<Entry> entries, Listener listener) throws IOException {
    try {
      return entries.parallelStream().map(e -> draw(e, listener)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Drawn draw(Entry entry, Listener listener) {
    TrackFolder track = entry.track();
    if (track == null) {
      return new Drawn(null, null);
    }
    try {
      byte[] analysis = AnalysisPicture.png(track);
      PianoRoll.Drawing roll =
          track.midi() == null
              ? null
              : PianoRoll.draw(
                  track.midi(),
                  track.report().manifest() == null ? null : track.report().manifest().truth());
      listener.drawn(track.name());
      return new Drawn(analysis, roll);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String single(Entry entry, Drawn drawn, Media media) throws IOException {
    String id = Html.id(0, entry.name());
    String body = TrackSection.html(entry.track(), id, pictures(drawn, id, media), media, false);
    return Page.html("cadenza report: " + entry.name(), body);
  }

  private static String many(List<Entry> entries, List<Drawn> drawn, Media media)
      throws IOException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ids.add(Html.id(i, entries.get(i).name()));
    }
    StringBuilder body = new StringBuilder(entries.size() * 8192);
    body.append("<h1>cadenza report</h1>\n<p class=\"summary\">")
        .append(Html.text(summary(entries)))
        .append("</p>\n");
    Overview.html(body, entries, ids);
    body.append("<h2 class=\"tracks-heading\">Tracks</h2>\n");
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.track() != null) {
        TrackSection.Pictures srcs = pictures(drawn.get(i), ids.get(i), media);
        body.append(TrackSection.html(entry.track(), ids.get(i), srcs, media, true));
      }
    }
    return Page.html("cadenza report: " + entries.size() + " tracks", body.toString());
  }

  private static TrackSection.Pictures pictures(Drawn drawn, String id, Media media) {
    PianoRoll.Drawing roll = drawn.pianoRoll();
    return new TrackSection.Pictures(
        media.picture(id + "-analysis.png", drawn.analysis()),
        roll == null ? null : media.picture(id + "-piano-roll.png", roll.png()),
        roll == null ? 0 : roll.height(),
        roll == null ? List.of() : roll.drums());
  }

  /** "12 tracks: 10 passed QA, 2 failed", with the jobs that have no track to show. */
  private static String summary(List<Entry> entries) {
    int passed = 0;
    int failed = 0;
    int other = 0;
    for (Entry e : entries) {
      if (e.track() != null) {
        if (e.track().report().passed()) {
          passed++;
        } else {
          failed++;
        }
      } else if ("failed".equals(e.state())) {
        failed++;
      } else {
        other++;
      }
    }
    String text = entries.size() + " tracks: " + passed + " passed QA, " + failed + " failed";
    return other == 0
        ? text
        : text + ", " + other + " not done (running, pending or without a report)";
  }

  private static void writeAll(Map<Path, byte[]> files) {
    try (FileSet set = new FileSet()) {
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        set.add(prepared(file.getKey(), file.getValue()));
      }
      set.commitAll();
    }
  }

  private static AtomicFile prepared(Path target, byte[] contents) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFile file = AtomicFile.create(target);
      ByteBuffer buffer = ByteBuffer.wrap(contents);
      while (buffer.hasRemaining()) {
        file.channel().write(buffer);
      }
      return file;
    } catch (IOException e) {
      throw new OutputException(
          target.toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }
}
