package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.spec.TrackSpec.SectionTiming;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sections placed and sized by the spec. At 120 bpm in 4/4 a bar lasts 2 s, so a start at t seconds
 * is bar t / 2 and every expected bar line below is that arithmetic.
 */
class TimedFormTest {
  private static final Styles STYLES = Styles.standard();
  private static final double BAR = 2.0;
  private static final List<String> EDM =
      List.of("intro", "build", "drop", "breakdown", "drop", "outro");

  private static TimedForm.Laid lay(int bars, SectionTiming... timings) {
    return TimedForm.lay(EDM, bars, BAR, STYLES, List.of(timings));
  }

  @Test
  void aTimedStartPutsTheFirstSectionOfItsLabelOnThatBar() {
    TimedForm.Laid form = lay(90, new SectionTiming("drop", null, 60.0));
    FormSection drop = form.sections().get(2);
    assertThat(drop.label()).isEqualTo("drop");
    assertThat(drop.firstBar()).isEqualTo(30);
    assertThat(drop.start()).isEqualTo(60.0);
    assertThat(form.warnings()).isEmpty();
    assertContiguous(form.sections(), 90);
  }

  @Test
  void aStartBetweenBarLinesGoesToTheNearest() {
    assertThat(lay(90, new SectionTiming("drop", null, 61.2)).sections().get(2).firstBar())
        .isEqualTo(31);
    assertThat(lay(90, new SectionTiming("drop", null, 60.8)).sections().get(2).firstBar())
        .isEqualTo(30);
  }

  @Test
  void sizedSectionsKeepTheirBarsAtEitherEnd() {
    TimedForm.Laid form =
        lay(90, new SectionTiming("intro", 32, null), new SectionTiming("outro", 16, null));
    assertThat(form.sections().get(0).bars()).isEqualTo(32);
    FormSection outro = form.sections().get(5);
    assertThat(outro.bars()).isEqualTo(16);
    assertThat(outro.firstBar()).isEqualTo(90 - 16);
    assertContiguous(form.sections(), 90);
  }

  @Test
  void aSizedSectionBeforeATimedOneEndsWhereTheTimedOneStarts() {
    TimedForm.Laid form =
        lay(90, new SectionTiming("build", 8, null), new SectionTiming("drop", null, 64.0));
    assertThat(form.sections().get(1).firstBar()).isEqualTo(32 - 8);
    assertThat(form.sections().get(2).firstBar()).isEqualTo(32);
    assertThat(form.sections().get(0).bars()).isEqualTo(24);
  }

  @Test
  void aTimingThatCannotFitIsDroppedLatestFirstWithAWarning() {
    // A 32-bar intro ends at bar 32; a drop at 60 s (bar 30) would start inside it.
    TimedForm.Laid form =
        lay(90, new SectionTiming("intro", 32, null), new SectionTiming("drop", null, 60.0));
    assertThat(form.sections().get(0).bars()).isEqualTo(32);
    assertThat(form.warnings()).singleElement().asString().contains("drop").contains("1:00");
    assertContiguous(form.sections(), 90);
  }

  @Test
  void aStartPastTheEndIsNotHonoured() {
    TimedForm.Laid form = lay(30, new SectionTiming("drop", null, 300.0));
    assertThat(form.warnings()).singleElement().asString().contains("5:00");
    assertThat(form.sections()).isEqualTo(Form.lay(EDM, 30, BAR, STYLES));
  }

  @Test
  void aLabelTheFormLacksIsSaidNotDropped() {
    TimedForm.Laid form = lay(90, new SectionTiming("chorus", 8, null));
    assertThat(form.warnings()).singleElement().asString().contains("no such section");
  }

  @Test
  void aSecondTimingOfALabelTimesItsSecondSection() {
    TimedForm.Laid form =
        lay(90, new SectionTiming("drop", null, 40.0), new SectionTiming("drop", null, 120.0));
    assertThat(form.sections().get(2).firstBar()).isEqualTo(20);
    assertThat(form.sections().get(4).firstBar()).isEqualTo(60);
  }

  @Test
  void timingsThatAreNotTimingsAreErrorsNamingTheField() {
    assertThatThrownBy(() -> lay(90, new SectionTiming("intro", 0, null)))
        .hasMessageContaining("sectionTimings");
    assertThatThrownBy(() -> lay(90, new SectionTiming("drop", null, -1.0)))
        .hasMessageContaining("sectionTimings");
    assertThatThrownBy(() -> lay(90, new SectionTiming(" ", 4, null)))
        .hasMessageContaining("sectionTimings");
  }

  @Test
  void withoutTimingsTheFormIsLaidAsBefore() {
    assertThat(lay(90).sections()).isEqualTo(Form.lay(EDM, 90, BAR, STYLES));
  }

  private static void assertContiguous(List<FormSection> sections, int totalBars) {
    int bar = 0;
    for (FormSection s : sections) {
      assertThat(s.firstBar()).isEqualTo(bar);
      assertThat(s.bars()).isPositive();
      assertThat(s.start()).isEqualTo(bar * BAR);
      bar += s.bars();
    }
    assertThat(bar).isEqualTo(totalBars);
  }
}
