package dev.cadenza.report;

import dev.cadenza.OutputException;
import dev.cadenza.io.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a page finds its audio and pictures. Audio is linked by its path relative to the page, so
 * the page stays small and works wherever the page and the track folders move together; with {@code
 * embed} it is inlined as a data URL instead. Pictures are inlined, except on a page of many
 * tracks, where each is a file in a folder beside the page ({@code NAME_files/}, loaded only when
 * its track is opened), so that the page of a large batch stays light.
 */
final class Media {

  private final Path pageFolder;
  private final boolean embed;
  private final Path pictureFolder;
  private final Map<Path, byte[]> pictures = new LinkedHashMap<>();

  /**
   * @param page the page's file
   * @param embed inline the audio and the pictures
   * @param picturesBeside put pictures in files beside the page (ignored with {@code embed})
   */
  Media(Path page, boolean embed, boolean picturesBeside) {
    Path absolute = page.toAbsolutePath().normalize();
    this.pageFolder = absolute.getParent();
    this.embed = embed;
    String name = absolute.getFileName().toString();
    int dot = name.lastIndexOf('.');
    this.pictureFolder =
        embed || !picturesBeside
            ? null
            : pageFolder.resolve((dot > 0 ? name.substring(0, dot) : name) + "_files");
  }

  /**
   * Refuses to put pictures into a track folder (a batch job may be named {@code report_files}):
   * its files are one run's output.
   */
  void refuseTrackFolder() {
    if (pictureFolder != null && TrackFolder.is(pictureFolder)) {
      throw new OutputException(
          pictureFolder.toString(),
          "is a track folder; the page's pictures would go into it",
          "give the page another name (-o)",
          null);
    }
  }

  /** The src of an audio file. */
  String audio(Path file) throws IOException {
    if (!embed) {
      return relative(file);
    }
    try (InputStream in = InputFile.open(file)) {
      return "data:audio/wav;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
    }
  }

  /** A link to a file (the master, for download), relative to the page. */
  String link(Path file) {
    return relative(file);
  }

  /** The src of a PNG picture named {@code name} (unique on the page). */
  String picture(String name, byte[] png) {
    if (pictureFolder == null) {
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
    Path file = pictureFolder.resolve(name);
    pictures.put(file, png);
    return relative(file);
  }

  /** The picture files to write beside the page, in the order they were named. */
  Map<Path, byte[]> pictureFiles() {
    return pictures;
  }

  /** The path from the page's folder to {@code file}, each segment percent-encoded for a URL. */
  private String relative(Path file) {
    Path path = pageFolder.relativize(file.toAbsolutePath().normalize());
    StringBuilder url = new StringBuilder();
    for (Path segment : path) {
      if (url.length() > 0) {
        url.append('/');
      }
      url.append(encode(segment.toString()));
    }
    return url.toString();
  }

  /** Percent-encodes all but the characters RFC 3986 leaves unreserved. */
  static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }
}
