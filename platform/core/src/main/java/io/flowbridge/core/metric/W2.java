package io.flowbridge.core.metric;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.ot.distance.Wasserstein;

/** 2-Wasserstein distance between two equal-size point sets by exact assignment (MATH.md §6). */
public final class W2 {
  private W2() {}

  public static double between(Points a, Points b) {
    if (a.count() != b.count() || a.dim() != b.dim()) {
      throw new FlowbridgeException("w2: point sets differ in shape: [" + a.count() + ", " + a.dim() + "] vs ["
          + b.count() + ", " + b.dim() + "]");
    }
    return Wasserstein.w2(a.values(), b.values(), a.count(), a.dim());
  }
}
