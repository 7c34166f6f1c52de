package dev.cadenza.produce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ForwardingSource;
import dev.cadenza.mix.MasteringPlan;
import dev.cadenza.mix.Target;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProducerFaultTest {

  @Test
  void aDamagedRenderFailsQaAndTheRetryWithANewSeedPasses() throws IOException {
    TrackSpec spec =
        PromptParser.standard()
            .parse("house at 124 bpm in A minor, 16 seconds", 9L, dev.cadenza.parse.Overrides.NONE);
    Producer.Options defaults = Producer.Options.defaults();
    // The first attempt's stems lose four seconds in the middle, as a broken render would.
    Producer.StemHook damage =
        (attempt, part, stem) -> attempt == 1 ? new Silenced(stem, 44_100 * 5, 44_100 * 9) : stem;
    Producer.Options options =
        new Producer.Options(
            defaults.sampleRate(),
            defaults.stemEncoding(),
            defaults.outputEncoding(),
            defaults.mastering(),
            defaults.tolerances().with("tempo=100%"),
            2,
            null,
            1,
            damage,
            null,
            null);
    List<String> log = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    Producer.Listener listener =
        new Producer.Listener() {
          @Override
          public void line(String text) {
            log.add(text);
          }

          @Override
          public void progress(int attempt, String stage, double fraction) {
            steps.add(new Step(attempt, stage, fraction));
          }
        };
    Producer.Result result = Producer.produce(spec, 9, options, new LinkedHashMap<>(), listener);
    List<ProduceReport.Attempt> attempts = result.report().attempts();
    assertThat(attempts.get(0).failed()).contains("dropouts");
    assertThat(attempts.get(1).changes()).contains("seed 9 -> 10");
    assertThat(attempts.get(1).failed()).doesNotContain("dropouts");
    assertThat(log)
        .anyMatch(line -> line.contains("attempt 1 failed: ") && line.contains("dropouts"));
    // Each attempt's progress starts at 0 in generate, only grows, passes through mix and qa in
    // that order and ends at 1.
    for (int attempt = 1; attempt <= attempts.size(); attempt++) {
      int a = attempt;
      List<Step> of = steps.stream().filter(s -> s.attempt() == a).toList();
      assertThat(of.get(0)).isEqualTo(new Step(attempt, "generate", 0));
      assertThat(of.get(of.size() - 1)).isEqualTo(new Step(attempt, "qa", 1));
      List<String> stages = new ArrayList<>(List.of(of.get(0).stage()));
      for (int i = 1; i < of.size(); i++) {
        assertThat(of.get(i).fraction()).isGreaterThanOrEqualTo(of.get(i - 1).fraction());
        if (!of.get(i).stage().equals(of.get(i - 1).stage())) {
          stages.add(of.get(i).stage());
        }
      }
      assertThat(stages).containsExactly("generate", "mix", "qa");
    }
  }

  private record Step(int attempt, String stage, double fraction) {}

  private static QaReport failing(String name, Object measured) {
    return QaReport.of(
        "x.wav", List.of(new QaReport.Check(name, false, measured, null, null, null, "failed")));
  }

  private static MasteringPlan plan(boolean reached) {
    return new MasteringPlan(
        Target.preset("streaming"), -20, 2, 4, -14, 3, reached, null, 3, new ChainSpec(List.of()));
  }

  private static Retry.Settings start() {
    return new Retry.Settings(100, Target.preset("streaming"), 8, Map.of(), List.of());
  }

  @Test
  void truePeakOverTheCeilingLowersItByTheOvershootAndAMargin() {
    Retry.Settings next = Retry.next(start(), failing("truePeak", -0.7), plan(true));
    assertThat(next.target().truePeakDbtp())
        .isCloseTo(-1.0 - 0.3 - 0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(next.seed()).isEqualTo(100);
  }

  @Test
  void unreachedLoudnessAllowsMoreLimitingAndReachedButMissedCorrectsTheAim() {
    Retry.Settings more = Retry.next(start(), failing("integratedLoudness", -15.0), plan(false));
    assertThat(more.maxLimitingLu()).isEqualTo(12);
    Retry.Settings aim = Retry.next(start(), failing("integratedLoudness", -14.7), plan(true));
    assertThat(aim.target().lufs()).isCloseTo(-13.3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void keyFailureRaisesTheHarmonyAndLowersTheDrums() {
    Retry.Settings next = Retry.next(start(), failing("key", "C major"), plan(true));
    assertThat(next.stemGainDb())
        .containsEntry("chords", 3.0)
        .containsEntry("pad", 3.0)
        .containsEntry("bass", -2.0)
        .containsEntry("drums", -2.0);
    assertThat(next.seed()).isEqualTo(101);
  }

  @Test
  void aTempoReadAtDoubleOnlyChangesTheSeed() {
    QaReport doubled =
        QaReport.of(
            "x.wav",
            List.of(new QaReport.Check("tempo", false, 152.0, 76.0, 1.52, "BPM", "double")));
    Retry.Settings next = Retry.next(start(), doubled, plan(true));
    assertThat(next.stemGainDb()).doesNotContainKey("drums");
    assertThat(next.seed()).isEqualTo(101);
  }

  @Test
  void changesAccumulateOverRetries() {
    Retry.Settings once = Retry.next(start(), failing("tempo", 62.0), plan(true));
    Retry.Settings twice = Retry.next(once, failing("tempo", 62.0), plan(true));
    assertThat(twice.stemGainDb()).containsEntry("drums", 6.0);
    assertThat(twice.seed()).isEqualTo(102);
    assertThat(twice.changes()).containsExactly("drums +3 dB", "seed 101 -> 102");
  }

  /** A source with frames {@code [from, to)} silenced, as a render with a dropout would be. */
  private static final class Silenced extends ForwardingSource {
    private final long from;
    private final long to;
    private long position;

    Silenced(AudioSource source, long from, long to) {
      super(source);
      this.from = from;
      this.to = to;
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      int n = source.read(block);
      int a = (int) Math.max(0, Math.min(n, from - position));
      int b = (int) Math.max(0, Math.min(n, to - position));
      for (int c = 0; c < block.channels(); c++) {
        java.util.Arrays.fill(block.channel(c), a, b, 0f);
      }
      position += n;
      return n;
    }
  }
}
