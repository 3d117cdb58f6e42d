package io.flowbridge.core.experiment;

/**
 * Class-conditional generation (MATH.md §2): the network sees the target's class labels, each
 * dropped to "no label" with probability {@code labelDropout} during training, and sampling uses
 * classifier-free guidance {@code v = (1+w)·v(x,t,y) − w·v(x,t,∅)} with weight {@code guidance}.
 */
public record ConditionSpec(boolean enabled, double labelDropout, double guidance) {
  public static ConditionSpec none() {
    return new ConditionSpec(false, 0, 0);
  }
}
