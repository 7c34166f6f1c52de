package dev.cadenza.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupInTextIsEscaped() {
    assertThat(Html.text("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void controlCharactersBecomeSpacesAndNullIsEmpty() {
    assertThat(Html.text("a\u0000b\u001bc\nd")).isEqualTo("a b c\nd");
    assertThat(Html.text(null)).isEmpty();
  }

  @Test
  void idsAreUniqueByIndexAndKeepOnlySafeCharacters() {
    assertThat(Html.id(0, "a.b")).isEqualTo("t1-a_b");
    assertThat(Html.id(1, "a_b")).isEqualTo("t2-a_b");
    assertThat(Html.id(2, "lofi hip-hop\"><x")).isEqualTo("t3-lofi_hip-hop___x");
  }

  @Test
  void missingNumbersAreADashAndSortLast() {
    assertThat(Html.number(null, 1)).isEqualTo("–");
    assertThat(Html.number(Double.NaN, 1)).isEqualTo("–");
    assertThat(Html.number(-14.04, 1)).isEqualTo("-14.0");
    assertThat(Html.sortKey(null)).isEmpty();
    assertThat(Html.sortKey(80.0)).isEqualTo("80.0000");
  }
}
