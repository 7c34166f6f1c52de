package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.audio.WavEncoding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class SampleFormatOptionTest {

  @ParameterizedTest(name = "--bits {0}")
  @CsvSource({"16, PCM_16", "24, PCM_24", "32f, FLOAT_32", "32, FLOAT_32"})
  void bitsNameASampleFormat(String value, WavEncoding expected) {
    assertThat(new SampleFormatOption.Bits().convert(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "--bits {0}")
  @ValueSource(strings = {"8", "12", "24f", "32i", "", "pcm16"})
  void otherValuesAreRefusedNamingTheChoices(String value) {
    assertThatThrownBy(() -> new SampleFormatOption.Bits().convert(value))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("16, 24 or 32f");
  }

  @Test
  void completionOffersOneNameForEachFormat() {
    List<String> offered = new ArrayList<>();
    new SampleFormatOption.Bits().forEach(offered::add);
    assertThat(offered).containsExactly("16", "24", "32f");
    assertThat(offered.stream().map(new SampleFormatOption.Bits()::convert))
        .containsExactlyInAnyOrder(WavEncoding.values());
  }
}
