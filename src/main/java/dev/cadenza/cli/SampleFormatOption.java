package dev.cadenza.cli;

import dev.cadenza.audio.WavEncoding;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --bits}: the sample format of the audio a command writes, declared once so that it is
 * spelled, checked and completed the same in {@code generate}, {@code mix} and {@code produce}.
 */
public final class SampleFormatOption {

  @Option(
      names = "--bits",
      paramLabel = "16|24|32f",
      defaultValue = "24",
      converter = Bits.class,
      completionCandidates = Bits.class,
      description =
          "Sample format of the WAV audio written: 16- or 24-bit PCM (TPDF-dithered) or 32f"
              + " float (default ${DEFAULT-VALUE}).")
  WavEncoding encoding;

  WavEncoding encoding() {
    return encoding;
  }

  /** The values {@code --bits} takes, for conversion and for completion. */
  static final class Bits implements ITypeConverter<WavEncoding>, Iterable<String> {
    @Override
    public WavEncoding convert(String value) {
      return switch (value) {
        case "16" -> WavEncoding.PCM_16;
        case "24" -> WavEncoding.PCM_24;
        // 32 alone can only mean float: cadenza writes no 32-bit integer PCM.
        case "32f", "32" -> WavEncoding.FLOAT_32;
        default -> throw new TypeConversionException("must be 16, 24 or 32f: " + value);
      };
    }

    @Override
    public Iterator<String> iterator() {
      return List.of("16", "24", "32f").iterator();
    }
  }
}
