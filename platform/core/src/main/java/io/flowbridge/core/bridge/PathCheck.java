package io.flowbridge.core.bridge;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.interpolant.TimeDerivative;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Checks an interpolant before training, as the testkit's contract checks a plugin (MATH.md §1):
 * α(0) = 1, α(1) = 0, β(0) = 0, β(1) = 1, γ ≥ 0 on a grid, finite values and autodiff derivatives
 * inside the training interval. Errors name the interpolant, the coefficient and the time.
 */
public final class PathCheck {
  private static final float TOLERANCE = 1e-4f;

  private PathCheck() {}

  public static void verify(String name, Interpolant path) {
    int n = 21;
    float margin = (float) Math.max(path.timeMargin(), 1e-3);
    float[][] times = new float[n][1];
    for (int i = 0; i < n; i++) times[i][0] = i / (float) (n - 1);
    float[][] inner = new float[n][1];
    for (int i = 0; i < n; i++) inner[i][0] = margin + (1 - 2 * margin) * i / (n - 1);
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> t = tf.constant(times);
      Operand<TFloat32> ti = tf.constant(inner);
      List<Operand<TFloat32>> outs = new ArrayList<>(List.of(path.alpha(tf, t), path.beta(tf, t), path.gamma(tf, t)));
      Operand<TFloat32> ai = path.alpha(tf, ti);
      Operand<TFloat32> bi = path.beta(tf, ti);
      Operand<TFloat32> gi = path.gamma(tf, ti);
      outs.add(TimeDerivative.ofBuilt(tf, ti, ai));
      outs.add(TimeDerivative.ofBuilt(tf, ti, bi));
      outs.add(TimeDerivative.ofBuilt(tf, ti, gi));
      var runner = s.runner();
      outs.forEach(runner::fetch);
      float[][] v = new float[outs.size()][n];
      try (Result r = runner.run()) {
        for (int k = 0; k < outs.size(); k++) {
          TFloat32 x = (TFloat32) r.get(k);
          if (x.size() != n) {
            throw new FlowbridgeException(name + ": coefficient " + NAMES[k] + " returned " + x.size()
                + " values for a [" + n + ", 1] time tensor; it must keep the shape of t");
          }
          x.asRawTensor().data().asFloats().read(v[k]);
        }
      }
      expect(name, "alpha(0)", v[0][0], 1f);
      expect(name, "alpha(1)", v[0][n - 1], 0f);
      expect(name, "beta(0)", v[1][0], 0f);
      expect(name, "beta(1)", v[1][n - 1], 1f);
      for (int k = 0; k < outs.size(); k++) {
        for (int i = 0; i < n; i++) {
          if (!Float.isFinite(v[k][i])) {
            float at = k < 3 ? times[i][0] : inner[i][0];
            throw new FlowbridgeException(name + ": " + NAMES[k] + " is " + v[k][i] + " at t = " + at);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (v[2][i] < -TOLERANCE) {
          throw new FlowbridgeException(name + ": gamma(" + times[i][0] + ") = " + v[2][i] + " is negative; gamma must be >= 0");
        }
      }
    }
  }

  private static final String[] NAMES = {"alpha", "beta", "gamma", "alpha'", "beta'", "gamma'"};

  private static void expect(String name, String what, float got, float want) {
    if (Math.abs(got - want) > TOLERANCE) {
      throw new FlowbridgeException(name + ": " + what + " = " + got + " but must be " + want
          + " (boundary conditions of MATH.md §1)");
    }
  }
}
