package dev.cadenza.synth;

/**
 * Scratch space for one note, reused from note to note within a render call. A voice fills {@code
 * left} (and {@code right} if its instrument is stereo) for {@code frames} samples.
 */
final class NoteBuffer {
  final int sampleRate;
  float[] left = new float[0];
  float[] right = new float[0];
  float[] envelope = new float[0];

  /** Working space in double precision for a voice's own use (not cleared between notes). */
  double[] work = new double[0];

  /** Samples to render now (the note may be cut by the end of the output buffer). */
  int frames;

  /** The note's full length in samples (frames ≤ totalFrames). */
  int totalFrames;

  /** Samples the key is held. */
  int gateFrames;

  /** Seed of this note. */
  long seed;

  NoteBuffer(int sampleRate) {
    this.sampleRate = sampleRate;
  }

  void prepare(int frames, int totalFrames, int gateFrames, long seed) {
    if (left.length < frames) {
      int size = Math.max(frames, left.length * 2);
      left = new float[size];
      right = new float[size];
      envelope = new float[size];
      work = new double[size];
    }
    java.util.Arrays.fill(left, 0, frames, 0f);
    java.util.Arrays.fill(right, 0, frames, 0f);
    this.frames = frames;
    this.totalFrames = totalFrames;
    this.gateFrames = gateFrames;
    this.seed = seed;
  }
}
