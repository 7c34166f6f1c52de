package dev.cadenza.analyze.key;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.KeyResult;
import java.io.IOException;

/**
 * The key section of {@code cadenza analyze}: a mono downmix decimated to about 11 kHz ({@link
 * MonoDecimator}) feeds a {@link Chromagram}; at the end the tuning is estimated ({@link
 * TuningEstimator}), the chroma folded with it, and the key chosen ({@link KeyEstimator}). Memory
 * is one analysis frame, whatever the length of the stream.
 *
 * <p>The key is undefined (null) for silence, and for audio whose frames put on average less than
 * {@link #MIN_TONALITY} of their energy into spectral peaks: noise and drums alone.
 */
public final class KeyAnalyzer {

  /** Frames per block when this class reads a source itself. */
  public static final int BLOCK_FRAMES = 8192;

  /** Mean frame tonality below which the audio is treated as unpitched. */
  public static final double MIN_TONALITY = 0.1;

  private final MonoDecimator decimator;
  private final Chromagram chromagram;

  public KeyAnalyzer(AudioFormat format) {
    int rate = format.sampleRate();
    double decimatedRate = (double) rate / Math.max(1, (int) (rate / MonoDecimator.TARGET_RATE));
    this.chromagram = new Chromagram(decimatedRate);
    this.decimator = new MonoDecimator(rate, chromagram::accept);
  }

  /** Reads {@code source} to its end and estimates its key. */
  public static KeyResult analyze(AudioSource source) throws IOException {
    KeyAnalyzer analyzer = new KeyAnalyzer(source.format());
    AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
    while (source.read(block) > 0) {
      analyzer.accept(block);
    }
    return analyzer.result();
  }

  public void accept(AudioBlock block) {
    decimator.accept(block);
  }

  /** The key of everything fed so far. Ends the stream: call once, after the last block. */
  public KeyResult result() {
    chromagram.finish();
    Double tuning = chromagram.tuning().cents();
    double[] chroma = chromagram.fold(tuning == null ? 0 : tuning);
    KeyResult estimate = KeyEstimator.estimate(chroma, tuning);
    if (estimate.tonic() != null && chromagram.tonality() < MIN_TONALITY) {
      return KeyResult.undefined(tuning, estimate.chroma());
    }
    return estimate;
  }

  /** Mean share of frame energy in spectral peaks, 0..1 (see {@link Chromagram#tonality()}). */
  double tonality() {
    return chromagram.tonality();
  }
}
