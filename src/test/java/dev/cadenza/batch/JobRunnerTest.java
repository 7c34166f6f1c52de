package dev.cadenza.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.BatchJob;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a job's unexpected failures are told. */
class JobRunnerTest {

  @Test
  void runningOutOfMemoryAnywhereInTheCausesSaysWhatToDo() {
    // A render thread's failure comes wrapped, as the generator's pool reports it.
    String reason =
        JobRunner.internal(new IllegalStateException(new OutOfMemoryError("Java heap space")));
    assertThat(reason).startsWith("out of memory: run fewer jobs at once (-j)");
  }

  @Test
  void eachJobHoldsItsTrackInMemoryWithinItsShareOfTheJobsRunAtOnce() throws Exception {
    BatchJob doc =
        new BatchJob(
            null, "a", "house", null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);
    for (int parallel : new int[] {1, 3}) {
      BatchSettings settings =
          new BatchSettings(Path.of("out"), parallel, Shard.ALL, 2, false, false, false, "1");
      assertThat(JobRunner.options(doc, settings, null, null, null).alongside())
          .isEqualTo(parallel);
    }
  }

  @Test
  void anythingElseIsABug() {
    assertThat(JobRunner.internal(new NullPointerException("x")))
        .isEqualTo("internal error: java.lang.NullPointerException: x (a bug: please report it)");
  }
}
