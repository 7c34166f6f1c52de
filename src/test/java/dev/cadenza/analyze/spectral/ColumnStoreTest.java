package dev.cadenza.analyze.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnStoreTest {

  @ParameterizedTest(name = "{0} hops into {1} columns")
  @CsvSource({"3, 8", "8, 8", "9, 8", "100, 8", "1000, 16", "1025, 64"})
  void mergingKeepsSumsMinimaAndMaximaAndNeverExceedsCapacity(int hops, int capacity) {
    ColumnStore store =
        new ColumnStore(
            new ColumnStore.Merge[] {
              ColumnStore.Merge.SUM, ColumnStore.Merge.MIN, ColumnStore.Merge.MAX
            },
            capacity,
            1);
    for (int h = 0; h < hops; h++) {
      store.add(new double[] {1, -h, h});
    }
    store.finish();
    assertThat(store.columns()).isLessThanOrEqualTo(capacity);
    double total = 0;
    for (int c = 0; c < store.columns(); c++) {
      total += store.get(c, 0);
      int first = c * store.hopsPerColumn();
      int last = Math.min(hops, first + store.hopsPerColumn()) - 1;
      // Each column covers hops first..last: its sum counts them, min and max are their ends.
      assertThat(store.get(c, 0)).isEqualTo(last - first + 1);
      assertThat(store.get(c, 1)).isEqualTo(-last);
      assertThat(store.get(c, 2)).isEqualTo(last);
    }
    assertThat(total).isEqualTo(hops);
  }
}
