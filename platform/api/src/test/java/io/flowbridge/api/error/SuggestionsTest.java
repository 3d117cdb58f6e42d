package io.flowbridge.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void levenshteinDistance() {
    assertEquals(0, Suggestions.distance("rk4", "rk4"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(5, Suggestions.distance("", "euler"));
  }

  @Test
  void closestWithinHalfTheLength() {
    List<String> keys = List.of("exact-ot", "independent", "sinkhorn");
    assertEquals(Optional.of("exact-ot"), Suggestions.closest("exact-of", keys));
    assertEquals(Optional.of("independent"), Suggestions.closest("Independant", keys));
    assertEquals(Optional.empty(), Suggestions.closest("zzzzzzzzzz", keys));
    assertEquals("", Suggestions.didYouMean("qq", List.of()));
  }
}
