package dev.cadenza.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.SampleArrays;
import dev.cadenza.music.GenreTable;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Manifest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The genre's part of the mix: sends and returns, the tail, section levels, the table. */
class GenreMixTest {
  private static final int RATE = 48_000;

  private static Mixer.Stem stem(String role, float[][] audio) {
    return new Mixer.Stem(role, role, () -> SampleArrays.source(audio, RATE), 0, 0);
  }

  private static float[][] read(AudioSource source) throws IOException {
    try (source) {
      return SampleArrays.read(source);
    }
  }

  private static GenreMix echoOnly(double beats) {
    ChainSpec.Stage delay =
        ChainSpec.Stage.of("delay", Map.of("beats", beats, "feedback", 0.0, "mix", 1.0));
    // Drums: a role whose role chain (mix/roles.json) is empty, so the click reaches the bus as is.
    GenreMix.RoleMix drums = new GenreMix.RoleMix(0.0, Map.of("echo", 0.0), List.of());
    return new GenreMix(Map.of("echo", List.of(delay)), 1.0, Map.of("drums", drums), Map.of(), 0.0);
  }

  @Test
  void aQuarterBeatEchoAt120BpmLands125MillisecondsLate() throws IOException {
    float[][] click = new float[2][RATE];
    click[0][100] = 0.5f;
    click[1][100] = 0.5f;
    Mixer.Track track = new Mixer.Track(120.0, null, echoOnly(0.25), List.of());
    float[][] out = read(Mixer.open(List.of(stem("drums", click)), track));
    // 60 / 120 s per beat, a quarter of it: 125 ms, 6000 frames at 48 kHz.
    assertThat(out[0][100]).isEqualTo(0.5f);
    assertThat(out[0][100 + 6000]).isEqualTo(0.5f);
    assertThat(out[1][100 + 6000]).isEqualTo(0.5f);
    double elsewhere = 0;
    for (int i = 0; i < out[0].length; i++) {
      if (i != 100 && i != 6100) {
        elsewhere += Math.abs(out[0][i]) + Math.abs(out[1][i]);
      }
    }
    assertThat(elsewhere).isZero();
    // The bus runs on for the tail after the stem: one second.
    assertThat(out[0]).hasSize(2 * RATE);
  }

  @Test
  void aRoleWithoutASendIsNotHeardInTheReturn() throws IOException {
    float[][] click = new float[2][RATE];
    click[0][0] = 1f;
    click[1][0] = 1f;
    Mixer.Track track = new Mixer.Track(120.0, null, echoOnly(0.25), List.of());
    float[][] out = read(Mixer.open(List.of(stem("guitar", click)), track));
    assertThat(out[0][0]).isEqualTo(1f);
    assertThat(out[0][6000]).isZero();
    assertThat(out[1][6000]).isZero();
  }

  @Test
  void theRoomRingsOnAfterTheLastNoteAndDecays() throws IOException {
    GenreMix house = GenreMix.of("house");
    float[][] noise = noise(2 * RATE, 5);
    for (int c = 0; c < 2; c++) {
      java.util.Arrays.fill(noise[c], RATE, 2 * RATE, 0f);
    }
    float[][] out =
        read(
            Mixer.open(
                List.of(stem("pad", noise)), new Mixer.Track(124.0, null, house, List.of())));
    assertThat(out[0].length).isEqualTo(2 * RATE + (int) Math.round(house.tailSeconds() * RATE));
    double early = energy(out, RATE + RATE / 10, RATE + RATE / 2);
    double late = energy(out, RATE + RATE, RATE + 3 * RATE / 2);
    assertThat(early).isGreaterThan(0);
    assertThat(late).isGreaterThan(0).isLessThan(early / 100);
  }

  @Test
  void everyBusRunsOnUntilItsRoomHasFallen60Decibels() {
    // RT60 is by definition the time a reverberation takes to fall by 60 dB: a tail shorter than
    // the room's cuts its decay off audibly.
    GenreMixes table = GenreMixes.standard();
    for (String genre : table.genres()) {
      GenreMix mix = table.of(genre);
      for (List<ChainSpec.Stage> chain : mix.returns().values()) {
        for (ChainSpec.Stage stage : chain) {
          if (stage.type().equals("reverb")) {
            assertThat(mix.tailSeconds())
                .as(genre)
                .isGreaterThanOrEqualTo(stage.params().get("rt60Seconds"));
          }
        }
      }
    }
  }

  @Test
  void theJazzRoomDecaysAtSixtyDecibelsPerReverberationTime() throws IOException {
    // A 400 Hz tone (well under the damping, which acts near Nyquist) sent to the room; after it
    // stops, the return falls at 60 / RT60 dB a second, RT60 read from the table.
    GenreMix jazz = GenreMix.of("jazz");
    double rt60 = 0;
    for (ChainSpec.Stage stage : jazz.returns().get("room")) {
      if (stage.type().equals("reverb")) {
        rt60 = stage.params().get("rt60Seconds");
      }
    }
    float[][] tone = new float[2][3 * RATE];
    for (int i = 0; i < 2 * RATE; i++) {
      tone[0][i] = (float) (0.3 * Math.sin(2 * Math.PI * 400 * i / RATE));
      tone[1][i] = tone[0][i];
    }
    Mixer.Track track = new Mixer.Track(120.0, null, jazz, List.of());
    float[][] out = read(Mixer.open(List.of(stem("pad", tone)), track));
    int end = 2 * RATE;
    double early = energy(out, end + RATE / 5, end + 2 * RATE / 5);
    double late = energy(out, end + 6 * RATE / 5, end + 7 * RATE / 5);
    double dbPerSecond = 10 * Math.log10(early / late);
    assertThat(dbPerSecond).isCloseTo(60 / rt60, within(0.15 * 60 / rt60));
  }

  @Test
  void aLoopGetsNoTail() {
    GenreMix house = GenreMix.of("house");
    assertThat(house.tailFrames(RATE, 4 * RATE, 4.0)).isZero();
    assertThat(house.tailFrames(RATE, 4 * RATE + 100, 4.0)).isPositive();
  }

  /**
   * The bus runs on its tail after the stems while they end within 1 s of the track's end; when a
   * stem rings further (a last crash), the tail counts from 1 s past the end, and the bus never
   * stops before the stems do.
   */
  @Test
  void theTailCountsFromOneSecondPastTheEndAtMost() {
    GenreMix jazz = GenreMix.of("jazz");
    int tail = (int) Math.round(jazz.tailSeconds() * RATE);
    assertThat(jazz.tailFrames(RATE, 41 * RATE, 40.0)).isEqualTo(tail);
    assertThat(jazz.tailFrames(RATE, 43 * RATE, 40.0)).isEqualTo(tail - 2 * RATE);
    assertThat(jazz.tailFrames(RATE, 40 * RATE + 40 * RATE, 40.0)).isZero();
    assertThat(jazz.tailFrames(RATE, 43 * RATE, null)).isEqualTo(tail);
  }

  @Test
  void aLoopsEchoRingsRoundOntoItsStart() throws IOException {
    // A one-second loop (48000 frames) with a click 1000 frames before its end: the quarter-beat
    // echo at 120 bpm lands 6000 frames later, 5000 frames into the next pass of the loop.
    float[][] click = new float[2][RATE];
    click[0][RATE - 1000] = 0.5f;
    click[1][RATE - 1000] = 0.5f;
    Mixer.Track track = new Mixer.Track(120.0, 1.0, echoOnly(0.25), List.of());
    float[][] out = read(Mixer.open(List.of(stem("drums", click)), track));
    assertThat(out[0]).hasSize(RATE);
    assertThat(out[0][RATE - 1000]).isEqualTo(0.5f);
    assertThat(out[0][5000]).isEqualTo(0.5f);
    assertThat(out[1][5000]).isEqualTo(0.5f);
    double elsewhere = 0;
    for (int i = 0; i < RATE; i++) {
      if (i != 5000 && i != RATE - 1000) {
        elsewhere += Math.abs(out[0][i]) + Math.abs(out[1][i]);
      }
    }
    assertThat(elsewhere).isZero();
    MemoryBus bus = new MemoryBus(2, RATE, 1, RATE, track);
    float[][] buffer = bus.buffer();
    bus.strip(0, stem("drums", click), SampleArrays.source(click, RATE), buffer);
    float[][] memory = bus.sum();
    assertThat(memory[0]).isEqualTo(out[0]);
    assertThat(memory[1]).isEqualTo(out[1]);
  }

  @Test
  void sectionsSitAtTheirLevelsRampingBetweenThem() throws IOException {
    GenreMix mix =
        new GenreMix(Map.of(), 0.0, Map.of(), Map.of("intro", -6.0, "outro", -12.0), 0.0);
    float[][] ones = constant(3 * RATE, 0.5f);
    List<Manifest.Span> sections =
        List.of(
            new Manifest.Span(0, 1, "intro"),
            new Manifest.Span(1, 2, "chorus"),
            new Manifest.Span(2, 3, "outro"));
    float[][] out =
        read(Mixer.open(List.of(stem("drums", ones)), new Mixer.Track(null, 3.0, mix, sections)));
    assertThat(out[0][RATE / 2])
        .isCloseTo(0.5f * (float) StrictMath.pow(10, -6 / 20.0), within(1e-7f));
    // Half way through the ramp into the chorus: -3 dB.
    int ramp = (int) Math.round(SectionLevels.RAMP_SECONDS * RATE);
    assertThat(out[1][RATE + ramp / 2])
        .isCloseTo(0.5f * (float) StrictMath.pow(10, -3 / 20.0), within(1e-6f));
    assertThat(out[0][RATE + ramp + 10]).isEqualTo(0.5f);
    assertThat(out[0][3 * RATE - 1])
        .isCloseTo(0.5f * (float) StrictMath.pow(10, -12 / 20.0), within(1e-7f));
  }

  @Test
  void theFadeIsARaisedCosineEndingAtTheMusicsEnd() throws IOException {
    GenreMix mix = new GenreMix(Map.of(), 0.0, Map.of(), Map.of(), 1.0);
    float[][] ones = constant(3 * RATE, 0.5f);
    List<Manifest.Span> one = List.of(new Manifest.Span(0, 2.5, "verse"));
    float[][] out =
        read(Mixer.open(List.of(stem("drums", ones)), new Mixer.Track(null, 2.5, mix, one)));
    assertThat(out[0][RATE]).isEqualTo(0.5f);
    // Half way through the fade (1.5 .. 2.5 s): (1 + cos(pi / 2)) / 2 = 0.5.
    assertThat(out[0][2 * RATE]).isCloseTo(0.25f, within(1e-6f));
    assertThat(out[1][5 * RATE / 2 + 5]).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"house", "ambient", "jazz", "trap", "chiptune", "no such genre"})
  void theMemoryBusSumsBitForBitAsTheStreamingBus(String genre) throws IOException {
    GenreMix mix = GenreMix.of(genre);
    List<Manifest.Span> sections =
        List.of(
            new Manifest.Span(0, 0.7, "intro"),
            new Manifest.Span(0.7, 1.6, "breakdown"),
            new Manifest.Span(1.6, 2.2, "outro"));
    Mixer.Track track = new Mixer.Track(128.0, 2.2, mix, sections);
    String[] roles = {"drums", "bass", "chords", "pad", "lead", "fx"};
    List<Mixer.Stem> stems = new ArrayList<>();
    int frames = (int) (2.5 * RATE);
    for (int s = 0; s < roles.length; s++) {
      float[][] audio = noise(frames, 11 + s);
      stems.add(
          new Mixer.Stem(
              roles[s], roles[s], () -> SampleArrays.source(audio, RATE), -3, 0.1 * s - 0.2));
    }
    float[][] streamed = read(Mixer.open(stems, track));
    MemoryBus bus = new MemoryBus(2, frames, stems.size(), RATE, track);
    for (int s = stems.size() - 1; s >= 0; s--) {
      float[][] buffer = bus.buffer();
      bus.strip(s, stems.get(s), stems.get(s).audio().open(), buffer);
    }
    float[][] inMemory = bus.sum();
    assertThat(inMemory[0]).isEqualTo(streamed[0]);
    assertThat(inMemory[1]).isEqualTo(streamed[1]);
  }

  @Test
  void everyGenreTheTableNamesExistsAndEveryChainBuilds() {
    GenreMixes table = GenreMixes.standard();
    for (String genre : table.genres()) {
      assertThat(GenreTable.standard().genre(genre)).as(genre).isPresent();
    }
    for (String genre : table.genres()) {
      GenreMix mix = table.of(genre);
      new Returns(mix, RATE, 120.0);
      mix.roles()
          .forEach(
              (role, r) -> {
                ChainBuilder.build(new ChainSpec(TempoSync.at(r.stages(), 120.0)), RATE, 2, role);
                assertThat(mix.returns().keySet()).containsAll(r.sends().keySet());
              });
    }
  }

  private static float[][] noise(int frames, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] x = new float[2][frames];
    for (int i = 0; i < frames; i++) {
      float v = (float) (0.3 * (2 * random.nextDouble() - 1));
      x[0][i] = v;
      x[1][i] = (float) (0.5 * v + 0.1 * (2 * random.nextDouble() - 1));
    }
    return x;
  }

  private static float[][] constant(int frames, float v) {
    float[][] x = new float[2][frames];
    for (float[] c : x) {
      java.util.Arrays.fill(c, v);
    }
    return x;
  }

  private static double energy(float[][] x, int from, int to) {
    double e = 0;
    for (float[] c : x) {
      for (int i = from; i < to; i++) {
        e += (double) c[i] * c[i];
      }
    }
    return e;
  }
}
