package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import dev.cadenza.audio.Spool;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.ManifestFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a mix is made of, read from what the user named: one manifest (its stems with their roles,
 * gains and pans, its seed and tempo), several WAVs to sum, or one WAV to master. One input that
 * starts with {@code {} is a manifest; anything else is a WAV.
 *
 * @param stems the stems, in order
 * @param seed the manifest's seed (the dither's, unless the user gives one), or 0
 * @param track what the manifest tells the mix: its tempo ({@code truth.bpm}), which the
 *     tempo-synced stages follow, its length, and its genre's mix; {@link Mixer.Track#UNKNOWN} for
 *     WAVs
 */
public record MixInputs(List<Mixer.Stem> stems, long seed, Mixer.Track track) {

  /** The name that means standard input. */
  public static final String STDIN = "-";

  /** How standard input is named in messages. */
  static String display(String name) {
    return STDIN.equals(name) ? "stdin" : name;
  }

  /**
   * Reads {@code names} ({@link #STDIN} for {@code stdin}, at most once). Standard input is spooled
   * to a temporary file, which is added to {@code held} to be closed after the mix.
   */
  public static MixInputs read(
      List<String> names, InputStream stdin, List<AutoCloseable> held, boolean anyPath)
      throws IOException {
    if (names.size() == 1) {
      String name = names.get(0);
      BufferedInputStream in = new BufferedInputStream(open(name, stdin), 1 << 16);
      in.mark(64);
      int first = firstNonBlank(in);
      in.reset();
      if (first == '{') {
        Manifest manifest;
        try (in) {
          manifest = Json.read(in, display(name), Contract.MANIFEST, Manifest.class);
        }
        ManifestFiles files = ManifestFiles.of(STDIN.equals(name) ? null : Path.of(name), anyPath);
        return new MixInputs(stems(manifest, files), manifest.seed(), track(manifest, name));
      }
      if (!STDIN.equals(name)) {
        in.close();
      }
      return new MixInputs(List.of(wav(name, in, held)), 0, Mixer.Track.UNKNOWN);
    }
    List<Mixer.Stem> stems = new ArrayList<>();
    for (String name : names) {
      stems.add(wav(name, stdin, held));
    }
    return new MixInputs(stems, 0, Mixer.Track.UNKNOWN);
  }

  /** The tempo the synced stages follow, or null when no manifest gives one. */
  public Double bpm() {
    return track.bpm();
  }

  /**
   * A WAV input: a file is opened (and checked) by path, standard input is spooled from {@code
   * stdin}.
   */
  private static Mixer.Stem wav(String name, InputStream stdin, List<AutoCloseable> held)
      throws IOException {
    if (STDIN.equals(name)) {
      Spool spool = Spool.of(WavReader.open(stdin, "stdin"));
      held.add(spool);
      return Mixer.Stem.plain("stdin", spool::open);
    }
    Path path = Path.of(name);
    WavReader.open(path).close();
    return Mixer.Stem.plain(name, () -> WavReader.open(path));
  }

  private static List<Mixer.Stem> stems(Manifest manifest, ManifestFiles files) {
    String manifestName = files.onStdin() ? STDIN : files.manifest();
    if (manifest.stems() == null || manifest.stems().isEmpty()) {
      throw new BadInputException(
          display(manifestName), "stems: the manifest lists no stems", null);
    }
    List<Mixer.Stem> stems = new ArrayList<>();
    for (int i = 0; i < manifest.stems().size(); i++) {
      Manifest.Stem s = manifest.stems().get(i);
      String where = "stems[" + i + "]";
      if (s.file() == null) {
        throw new BadInputException(display(manifestName), where + ".file: missing", null);
      }
      if (!Double.isFinite(s.gainDb()) || !(s.pan() >= -1 && s.pan() <= 1)) {
        throw new BadInputException(
            display(manifestName), where + ": gainDb must be finite and pan in -1..1", null);
      }
      if (!(Math.abs(s.gainDb()) <= ChainBuilder.MAX_GAIN_DB)) {
        throw new BadInputException(
            display(manifestName),
            where + " (" + s.name() + "): gainDb " + s.gainDb() + " is outside -120..120 dB",
            null);
      }
      Path path = files.locate(s.file(), where + ".file");
      if (!Files.isReadable(path)) {
        throw new MissingInputException(
            s.file(), "stem listed in " + display(manifestName) + " not found", null, null);
      }
      stems.add(
          new Mixer.Stem(s.file(), s.role(), () -> WavReader.open(path), s.gainDb(), s.pan()));
    }
    return stems;
  }

  /**
   * What the manifest tells the mix: its genre's mix, and its tempo and length unless it carries no
   * truth (a manifest written by hand).
   */
  private static Mixer.Track track(Manifest manifest, String manifestName) {
    GenreMix genre = GenreMix.of(manifest.genre(), manifest.productionHints());
    if (manifest.truth() == null) {
      return new Mixer.Track(null, null, genre, List.of());
    }
    Manifest.Truth truth = manifest.truth();
    return new Mixer.Track(
        tempo(manifest, manifestName), truth.durationSeconds(), genre, truth.sections());
  }

  /** The manifest's tempo. */
  private static double tempo(Manifest manifest, String manifestName) {
    double bpm = manifest.truth().bpm();
    if (!(Double.isFinite(bpm) && bpm > 0)) {
      throw new BadInputException(
          display(manifestName), "truth.bpm: must be a positive tempo, not " + bpm, null);
    }
    return bpm;
  }

  private static InputStream open(String name, InputStream stdin) throws IOException {
    if (STDIN.equals(name)) {
      return stdin;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new MissingInputException(name, "is a directory", "name a WAV or manifest file", null);
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new MissingInputException(name, "no such file", null, e);
    } catch (IOException e) {
      throw new MissingInputException(name, "cannot read: " + e.getMessage(), null, e);
    }
  }

  private static int firstNonBlank(InputStream in) throws IOException {
    for (int i = 0; i < 64; i++) {
      int b = in.read();
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b;
      }
    }
    return -1;
  }
}
