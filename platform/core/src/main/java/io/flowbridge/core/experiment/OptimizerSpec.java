package io.flowbridge.core.experiment;

/** Adam's settings (the only optimizer of this release): learning rate, betas and epsilon. */
public record OptimizerSpec(String name, double lr, double beta1, double beta2, double eps) {
  public static OptimizerSpec adam(double lr) {
    return new OptimizerSpec("adam", lr, 0.9, 0.999, 1e-8);
  }
}
