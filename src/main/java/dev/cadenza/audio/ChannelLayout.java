package dev.cadenza.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Which speaker each channel feeds, from a WAVE_FORMAT_EXTENSIBLE channel mask or the default
 * layout for the channel count. Loudness weighting (LFE excluded, surrounds +1.5 dB) reads it.
 *
 * @param mask the speaker bits (Microsoft's dwChannelMask order), 0 when unknown
 * @param names one speaker name per channel, e.g. FL, FR, FC, LFE, BL, BR
 * @param name the usual name of the layout: mono, stereo, 5.1, … or "N channels"
 */
public record ChannelLayout(int mask, List<String> names, String name) {

  /** Speaker names in the bit order of dwChannelMask (Microsoft KSAUDIO_SPEAKER_* bits). */
  private static final String[] SPEAKERS = {
    "FL", "FR", "FC", "LFE", "BL", "BR", "FLC", "FRC", "BC", "SL", "SR", "TC", "TFL", "TFC", "TFR",
    "TBL", "TBC", "TBR"
  };

  /** The masks a WAV reader assumes when a file gives none (as ffmpeg and sox do). */
  private static final int[] DEFAULT_MASKS = {
    0, 0x4, 0x3, 0x7, 0x33, 0x37, 0x3F, 0x70F, 0x63F,
  };

  public ChannelLayout {
    names = List.copyOf(names);
  }

  public int channels() {
    return names.size();
  }

  /** The usual layout for a channel count: mono, stereo, 3.0, quad, 5.0, 5.1, 6.1, 7.1. */
  public static ChannelLayout defaultFor(int channels) {
    int mask = channels < DEFAULT_MASKS.length ? DEFAULT_MASKS[channels] : 0;
    return fromMask(mask, channels);
  }

  /**
   * The layout a channel mask describes. Channels beyond the mask's speakers are named AUX1, AUX2,
   * …; speakers beyond the channel count are ignored, as the WAVE format specifies.
   */
  public static ChannelLayout fromMask(int mask, int channels) {
    List<String> names = new ArrayList<>(channels);
    int used = 0;
    for (int bit = 0; bit < SPEAKERS.length && names.size() < channels; bit++) {
      if ((mask & (1 << bit)) != 0) {
        names.add(SPEAKERS[bit]);
        used |= 1 << bit;
      }
    }
    for (int aux = 1; names.size() < channels; aux++) {
      names.add("AUX" + aux);
    }
    return new ChannelLayout(used, names, nameOf(used, channels));
  }

  private static String nameOf(int mask, int channels) {
    return switch (mask) {
      case 0x4 -> "mono";
      case 0x3 -> "stereo";
      case 0xB -> "2.1";
      case 0x7 -> "3.0";
      case 0x33 -> "quad";
      case 0x37, 0x607 -> "5.0";
      case 0x3F, 0x60F -> "5.1";
      case 0x70F -> "6.1";
      case 0x63F -> "7.1";
      default -> channels == 1 ? "1 channel" : channels + " channels";
    };
  }
}
