package dev.cadenza.analyze.tempo;

import dev.cadenza.analyze.Rounding;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.TempoResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tempo, beats, downbeats and metre of a stream: an {@link OnsetEnvelope} fed block by block, then
 * at the end {@link TempoEstimator} (global tempo and octave level), {@link LocalTempo} (the tempo
 * curve), {@link BeatTracker} and {@link MeterDetector}.
 *
 * <p>Without a pulse the result has a null tempo: digital silence (confidence null), or a
 * confidence below {@value #MIN_CONFIDENCE} (white noise reads about 0.05, drum patterns above
 * 0.5).
 */
public final class TempoAnalyzer {

  /** Frames per block when this class reads a source itself. */
  public static final int BLOCK_FRAMES = 4096;

  /** Below this confidence the audio is reported as having no tempo. */
  public static final double MIN_CONFIDENCE = 0.15;

  private final OnsetEnvelope envelope;

  public TempoAnalyzer(int sampleRate) {
    this.envelope = new OnsetEnvelope(sampleRate);
  }

  /** Reads {@code source} to its end and analyses it. */
  public static TempoResult analyze(AudioSource source) throws IOException {
    TempoAnalyzer analyzer = new TempoAnalyzer(source.format().sampleRate());
    AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
    while (source.read(block) > 0) {
      analyzer.accept(block);
    }
    return analyzer.result();
  }

  public void accept(AudioBlock block) {
    envelope.accept(block);
  }

  double frameRate() {
    return envelope.frameRate();
  }

  /** The novelty curves: whole spectrum, low, mid and high register (null where silent). */
  double[][] curves() {
    double frameRate = envelope.frameRate();
    float[][] envelopes = envelope.trimmed();
    return new double[][] {
      Novelty.of(envelopes[0], frameRate),
      Novelty.of(envelopes[1], frameRate),
      Novelty.of(envelopes[2], frameRate),
      Novelty.of(envelopes[3], frameRate)
    };
  }

  /** Tempo, beats and metre of everything fed so far. */
  public TempoResult result() {
    double frameRate = envelope.frameRate();
    double[][] curves = curves();
    double[] novelty = curves[0];
    if (novelty == null) {
      return TempoResult.none(null);
    }
    TempoEstimator.Estimate estimate =
        new TempoEstimator(novelty, curves[1], curves[2], curves[3], frameRate).estimate();
    if (estimate == null) {
      return TempoResult.none(0.0);
    }
    double confidence = Rounding.round(estimate.confidence(), 3);
    if (confidence < MIN_CONFIDENCE) {
      return TempoResult.none(confidence);
    }
    LocalTempo.Curve curve = LocalTempo.of(novelty, frameRate, estimate.period());
    int[] beats = BeatPhase.correct(BeatTracker.track(novelty, curve), curves[1]);
    MeterDetector.Meter meter =
        MeterDetector.detect(beats, novelty, curves[1], curves[2], curves[3]);
    List<Double> beatTimes = new ArrayList<>(beats.length);
    List<Double> downbeats = new ArrayList<>();
    for (int i = 0; i < beats.length; i++) {
      double time = Rounding.round(Math.max(0, envelope.timeOfFrame(beats[i])), 3);
      beatTimes.add(time);
      if (meter != null && i % meter.beatsPerBar() == meter.phase()) {
        downbeats.add(time);
      }
    }
    List<TempoResult.TempoPoint> points = new ArrayList<>(curve.centres().length);
    for (int i = 0; i < curve.centres().length; i++) {
      points.add(
          new TempoResult.TempoPoint(
              Rounding.round(envelope.timeOfFrame((int) curve.centres()[i]), 2),
              Rounding.round(60 * frameRate / curve.periods()[i], 2)));
    }
    double bpm = Rounding.round(60 * frameRate / estimate.period(), 2);
    return new TempoResult(
        new TempoResult.Tempo(bpm, confidence, estimate.candidates()),
        beatTimes,
        downbeats,
        meter == null ? null : meter.timeSignature(),
        points);
  }
}
