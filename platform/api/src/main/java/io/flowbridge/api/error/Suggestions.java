package io.flowbridge.api.error;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known name to a misspelt one (Levenshtein distance), for error messages. */
public final class Suggestions {
  private Suggestions() {}

  /** The known name nearest to {@code wrong}, if any is within half its length in edits. */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(wrong.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.max(2, wrong.length() / 2);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** " (did you mean 'x'?)" or the empty string. */
  public static String didYouMean(String wrong, Collection<String> known) {
    return closest(wrong, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[b.length()];
  }
}
