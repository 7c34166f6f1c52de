package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavReader;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.generate.Generator;
import dev.cadenza.generate.Mixdown;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TempoResult;
import dev.cadenza.spec.TrackSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tracks made the way a user makes them (prompt, parse, compose, render, mixdown), analysed in
 * process: the truth is the tempo the prompt states.
 */
final class GeneratedTracks {

  static final int RATE = 44_100;

  /** A prompt and the tempo it states. */
  record Prompt(String text, double bpm) {}

  /**
   * Every genre the composer knows a groove for (one per line: the genre, two tempi used in tuning
   * {@link MetricalLevel}, a third held out), at tempi typical of the genre.
   */
  private static final String[][] GENRES = {
    {"house", "118", "124", "128"},
    {"techno", "126", "130", "138"},
    {"trance", "132", "138", "140"},
    {"disco", "110", "115", "122"},
    {"synthwave", "88", "100", "110"},
    {"uk garage", "130", "134", "132"},
    {"breakbeat", "128", "135", "140"},
    {"hardstyle", "150", "155", "145"},
    {"drum and bass", "170", "174", "176"},
    {"jungle", "160", "165", "170"},
    {"dubstep", "140", "142", "138"},
    {"trap", "130", "140", "145"},
    {"drill", "140", "142", "144"},
    {"phonk", "125", "130", "135"},
    {"reggaeton", "92", "96", "100"},
    {"hip hop", "86", "92", "96"},
    {"lofi hip hop", "72", "80", "85"},
    {"r&b", "68", "70", "90"},
    {"downtempo", "85", "95", "100"},
    {"soul", "75", "90", "96"},
    {"funk", "100", "105", "112"},
    {"afrobeats", "102", "108", "112"},
    {"grime", "140", "142", "139"},
    {"pop", "104", "118", "124"},
    {"rock", "110", "150", "130"},
    {"punk", "170", "190", "180"},
    {"metal", "120", "180", "160"},
    {"ballad", "66", "72", "76"},
    {"country", "96", "100", "110"},
    {"folk", "88", "100", "108"},
    {"reggae", "70", "75", "80"},
    {"jazz", "120", "160", "140"},
    {"blues", "80", "90", "100"},
  };

  private GeneratedTracks() {}

  static List<Prompt> tuningPrompts() {
    List<Prompt> prompts = new ArrayList<>();
    for (String[] genre : GENRES) {
      for (int i = 1; i <= 2; i++) {
        prompts.add(
            new Prompt(
                genre[0] + " at " + genre[i] + " bpm, 30 seconds", Double.parseDouble(genre[i])));
      }
    }
    return prompts;
  }

  static List<Prompt> heldOutPrompts() {
    List<Prompt> prompts = new ArrayList<>();
    for (String[] genre : GENRES) {
      prompts.add(
          new Prompt(
              genre[0] + " at " + genre[3] + " bpm in A minor, 30 seconds",
              Double.parseDouble(genre[3])));
    }
    return prompts;
  }

  /** Genres asked for in 6/8 and 3/4, where the composer plays its metre grooves. */
  private static final List<String> METRE_GENRES =
      List.of("rock", "pop", "folk", "ballad", "country", "jazz");

  /**
   * Tracks in 6/8 and 3/4 at 70, 100 and 130 BPM, none of them used in fitting {@link
   * MetricalLevel}.
   */
  static List<Prompt> metrePrompts() {
    List<Prompt> prompts = new ArrayList<>();
    for (String genre : METRE_GENRES) {
      for (String metre : List.of("6/8", "3/4")) {
        for (int bpm : new int[] {70, 100, 130}) {
          prompts.add(new Prompt(genre + " in " + metre + " at " + bpm + " bpm, 30 seconds", bpm));
        }
      }
    }
    return prompts;
  }

  /** The prompts users try first. */
  static List<Prompt> examplePrompts() {
    return List.of(
        new Prompt("drum and bass at 174 bpm in F minor, 30 seconds", 174),
        new Prompt("house at 124 bpm, 30 seconds", 124),
        new Prompt("trap at 140 bpm, 30 seconds", 140),
        new Prompt("lofi hip hop at 80 bpm, 30 seconds", 80),
        new Prompt("dubstep at 140 bpm, 30 seconds", 140),
        new Prompt("techno at 130 bpm, 30 seconds", 130));
  }

  /** The spec a prompt parses to. */
  static TrackSpec spec(String prompt) {
    return PromptParser.standard().parse(prompt);
  }

  /** The arrangement composed for a prompt: the truth its mixdown's analysis is scored against. */
  static Arrangement composed(String prompt) {
    return composed(prompt, spec(prompt).seed());
  }

  /** The arrangement composed for a prompt with another seed, as {@code --seed} asks. */
  static Arrangement composed(String prompt, long seed) {
    return Composer.standard().compose(spec(prompt), seed);
  }

  /** Event times as an array, the form {@link BeatMatch} takes its reference in. */
  static double[] times(List<Double> times) {
    return times.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The tempo analysis of the mixdown of a prompt's track. */
  static TempoResult analyse(String prompt) {
    try (WavReader reader = mixdown(prompt)) {
      return TempoAnalyzer.analyze(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tempo analysis of the mixdown of a prompt's track made with another seed. */
  static TempoResult analyse(String prompt, long seed) {
    try (WavReader reader = mixdown(composed(prompt, seed))) {
      return TempoAnalyzer.analyze(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mixdown of a prompt's track, as 24-bit WAV read back. */
  static WavReader mixdown(String prompt) {
    return mixdown(composed(prompt));
  }

  /** The mixdown of an arrangement, as 24-bit WAV read back. */
  static WavReader mixdown(Arrangement a) {
    try {
      Generator.Options options = new Generator.Options(RATE, WavEncoding.PCM_24, 1);
      Generator.Result r = Generator.render(a, null, options, true);
      ByteArrayOutputStream wav = new ByteArrayOutputStream();
      Mixdown.write(r, options, a.seed(), wav);
      return WavReader.open(new ByteArrayInputStream(wav.toByteArray()), "mixdown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
