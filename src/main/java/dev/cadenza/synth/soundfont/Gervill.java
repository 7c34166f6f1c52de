package dev.cadenza.synth.soundfont;

import dev.cadenza.CadenzaException;
import dev.cadenza.ExitCodes;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * The JDK's software synthesizer (Gervill) rendering offline. Its offline entry point, {@code
 * AudioSynthesizer.openStream}, lives in {@code com.sun.media.sound}, a package java.desktop does
 * not export: the launcher's jar manifest exports it ({@code Add-Exports}), and any other way of
 * running cadenza needs {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}.
 */
final class Gervill {
  static final String EXPORT = "java.desktop/com.sun.media.sound=ALL-UNNAMED";
  private static final String INTERFACE = "com.sun.media.sound.AudioSynthesizer";

  /** Frames per control block: MIDI events other than note-on act on block boundaries. */
  static final int CONTROL_BLOCK = 64;

  /** Voices at once; a sustained pad with long releases needs more than the default 64. */
  static final int POLYPHONY = 256;

  /**
   * The synthesizer looks up stored preferences for its properties (all of them are given here, so
   * none is used); the first look-up for a user creates their preferences folder and announces it
   * at INFO on stderr, which says nothing to a user of cadenza. Warnings still get through. Held
   * here so the setting outlives the collector.
   */
  private static final Logger PREFERENCES_LOG = Logger.getLogger("java.util.prefs");

  static {
    PREFERENCES_LOG.setLevel(Level.WARNING);
  }

  private Gervill() {}

  /** Fails with a one-line message when the synthesizer's offline entry point is out of reach. */
  static void check() {
    openStream();
  }

  /**
   * A new synthesizer rendering 32-bit float stereo at {@code sampleRate} into the returned stream.
   * Every property is given, so nothing comes from the user's stored synthesizer preferences; the
   * effects are off (the mix adds reverb and chorus) and so is the output limiter.
   */
  static Opened open(int sampleRate) {
    AudioFormat format =
        new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, sampleRate, 32, 2, 8, sampleRate, false);
    Map<String, Object> info = new TreeMap<>();
    info.put("interpolation", "cubic");
    info.put("control rate", (float) sampleRate / CONTROL_BLOCK);
    info.put("format", format);
    info.put("latency", 0L);
    info.put("device id", 0);
    info.put("max polyphony", POLYPHONY);
    info.put("reverb", false);
    info.put("chorus", false);
    info.put("auto gain control", false);
    info.put("large mode", false);
    info.put("midi channels", 16);
    info.put("jitter correction", false);
    info.put("light reverb", false);
    info.put("load default soundbank", false);
    try {
      MethodHandle open = openStream();
      Synthesizer synth = MidiSystem.getSynthesizer();
      if (!Class.forName(INTERFACE, false, Synthesizer.class.getClassLoader()).isInstance(synth)) {
        throw unavailable("the default synthesizer is " + synth.getClass().getName(), null);
      }
      AudioInputStream stream = (AudioInputStream) open.invoke(synth, format, info);
      return new Opened(synth, stream);
    } catch (MidiUnavailableException e) {
      throw unavailable(e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw unavailable(e.toString(), e);
    }
  }

  /** A synthesizer and the stream it renders into. */
  record Opened(Synthesizer synth, AudioInputStream stream) {}

  private static MethodHandle openStream() {
    try {
      Class<?> type = Class.forName(INTERFACE, false, Synthesizer.class.getClassLoader());
      return MethodHandles.lookup()
          .findVirtual(
              type,
              "openStream",
              MethodType.methodType(AudioInputStream.class, AudioFormat.class, Map.class))
          .asType(
              MethodType.methodType(
                  AudioInputStream.class, Synthesizer.class, AudioFormat.class, Map.class));
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw unavailable("this JDK has no software synthesizer with offline rendering", e);
    } catch (IllegalAccessException e) {
      throw new CadenzaException(
          ExitCodes.INTERNAL,
          null,
          "the JDK's software synthesizer is not accessible",
          "run cadenza through bin/cadenza or java -jar, or add the JVM option --add-exports "
              + EXPORT,
          e);
    }
  }

  private static CadenzaException unavailable(String problem, Throwable cause) {
    return new CadenzaException(
        ExitCodes.INTERNAL, null, "software synthesizer unavailable: " + problem, null, cause);
  }
}
