package dev.cadenza.mix;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.Levels;
import dev.cadenza.spec.ChainSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A genre's shared effects (a room, a plate, an echo), as a console's aux returns: every strip adds
 * its post-fader signal, at its role's send level, into the send of each return; each send runs
 * through its return's chain and is added to the bus after all strips, returns in name order. One
 * reverb for the track instead of one per stem is what makes a common space, and costs one reverb.
 */
final class Returns {
  private final List<String> names;
  private final List<Chain> chains = new ArrayList<>();
  private final GenreMix mix;

  /**
   * The returns of {@code mix} at {@code sampleRate}, stereo; synced stages follow {@code bpm}
   * (null: {@link ChainBuilder#FALLBACK_BPM}).
   */
  Returns(GenreMix mix, int sampleRate, Double bpm) {
    this.mix = mix;
    this.names = List.copyOf(mix.returns().keySet());
    for (String name : names) {
      List<ChainSpec.Stage> stages = TempoSync.at(mix.returns().get(name), bpm);
      chains.add(
          ChainBuilder.build(
              new ChainSpec(stages), sampleRate, 2, GenreMixes.RESOURCE + " return " + name));
    }
  }

  /** How many returns there are. */
  int count() {
    return names.size();
  }

  /** The linear send level of {@code role} to each return, in return order (0: no send). */
  float[] sendGains(String role) {
    Map<String, Double> sends = mix.role(role).sends();
    float[] gains = new float[names.size()];
    for (int r = 0; r < gains.length; r++) {
      Double db = sends.get(names.get(r));
      gains[r] = db == null ? 0f : (float) Levels.gain(db);
    }
    return gains;
  }

  /**
   * Runs the first {@code bus.frames()} frames of each send through its return and adds them onto
   * {@code bus}, in return order.
   */
  void addInto(AudioBlock[] sends, AudioBlock bus) {
    int n = bus.frames();
    for (int r = 0; r < sends.length; r++) {
      AudioBlock send = sends[r];
      send.setFrames(n);
      chains.get(r).process(send);
      for (int c = 0; c < bus.channels(); c++) {
        float[] from = send.channel(c);
        float[] to = bus.channel(c);
        for (int i = 0; i < n; i++) {
          to[i] += from[i];
        }
      }
    }
  }

  /**
   * Runs the first {@code length} frames of {@code send} (send {@code r}, whole) through its return
   * in place, {@code blockFrames} at a time; the caller adds it onto the bus.
   */
  void runInPlace(int r, float[][] send, int length, int blockFrames) {
    Chain chain = chains.get(r);
    AudioBlock block = new AudioBlock(send.length, blockFrames);
    for (int at = 0; at < length; at += blockFrames) {
      int n = Math.min(blockFrames, length - at);
      for (int c = 0; c < send.length; c++) {
        System.arraycopy(send[c], at, block.channel(c), 0, n);
      }
      block.setFrames(n);
      chain.process(block);
      for (int c = 0; c < send.length; c++) {
        System.arraycopy(block.channel(c), 0, send[c], at, n);
      }
    }
  }
}
