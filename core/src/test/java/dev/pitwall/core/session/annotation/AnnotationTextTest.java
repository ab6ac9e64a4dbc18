package dev.pitwall.core.session.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotationTextTest {

  @Test
  void roundTripsTextWithCommasPercentAndNewlines() {
    Annotation a =
        new Annotation(
            AnnotationKind.SETUP,
            754_500_000_000L,
            754_500_000_000L,
            "rear wing +1, front 50%\nsecond line",
            "anna, engineer",
            Optional.of(Instant.parse("2026-11-23T19:30:00.123Z")));
    String line = AnnotationText.format(a);
    assertTrue(!line.contains("\n"), line);
    assertEquals(a, AnnotationText.parse(line));
  }

  @Test
  void roundTripsGapWithoutCreationTime() {
    Annotation gap =
        new Annotation(AnnotationKind.GAP, 1_000, 5_000, "interrupted", "", Optional.empty());
    assertEquals(gap, AnnotationText.parse(AnnotationText.format(gap)));
  }

  @Test
  void rejectsUnknownKindNamingTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AnnotationText.parse("bogus,1,1,,me,text"));
    assertTrue(e.getMessage().contains("bogus"), e.getMessage());
    assertTrue(e.getMessage().contains("note, marker, pit, flag, setup"), e.getMessage());
  }

  @Test
  void rejectsWrongFieldCountAndTruncatedEscape() {
    assertThrows(IllegalArgumentException.class, () -> AnnotationText.parse("note,1,1"));
    assertThrows(IllegalArgumentException.class, () -> AnnotationText.parse("note,1,1,,me,50%"));
  }
}
