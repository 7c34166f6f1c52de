import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackSpec;

/**
 * Lowest and highest MIDI note of the lead of one prompt per genre over five seeds, composed in
 * process (no audio): bench/lead-range.sh runs it against a jar.
 */
public class LeadRanges {
  public static void main(String[] args) {
    String length = args.length > 0 ? ", " + args[0] : ", 3 minutes";
    String[] prompts = {
      "house at 124 bpm in A minor", "techno at 130 bpm in F minor",
      "drum and bass at 174 bpm in F minor", "trap at 140 bpm in C# minor",
      "pop at 118 bpm in G major", "rock at 128 bpm in E major", "metal at 150 bpm in D minor",
      "reggae at 75 bpm in F major", "funk at 108 bpm in E minor", "disco at 120 bpm in D major",
      "jazz at 140 bpm in Bb major", "blues at 96 bpm in A major", "country at 110 bpm in C major",
      "folk at 92 bpm in G minor", "classical at 100 bpm in Eb major",
      "cinematic at 90 bpm in C minor", "synthwave at 100 bpm in A minor",
      "gospel at 80 bpm in Db major", "bossa nova at 130 bpm in F# minor",
      "chiptune at 150 bpm in B minor", "soul at 96 bpm in C major", "ballad at 70 bpm in E major",
      "latin at 100 bpm in A minor", "happy uplifting jazz at 140 bpm in B major",
      "happy country at 110 bpm in E major"
    };
    System.out.printf("%-44s %-16s %4s %4s%n", "prompt (seeds 1-5)", "lead synth", "min", "max");
    for (String p : prompts) {
      int low = Integer.MAX_VALUE;
      int high = Integer.MIN_VALUE;
      String instrument = "-";
      for (long seed = 1; seed <= 5; seed++) {
        TrackSpec spec = PromptParser.standard().parse(p + length, seed, null);
        Arrangement a = Composer.standard().compose(spec, seed);
        for (Part part : a.parts()) {
          if (part.name().equals("lead")) {
            for (Note n : part.notes()) {
              low = Math.min(low, n.event().pitch());
              high = Math.max(high, n.event().pitch());
              instrument = n.instrument();
            }
          }
        }
      }
      System.out.printf("%-44s %-16s %4d %4d%n", p, instrument, low, high);
    }
  }
}
