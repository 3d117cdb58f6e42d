package io.flowbridge.core.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowbridge.api.model.Network;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Classifier-free guidance: w = 0 is exactly the conditional field; w > 0 follows (1+w)·v_y − w·v_∅. */
class GuidedFieldTest {
  /** v(x, t, y) = x·(y + 1) + t: depends on the label, so guidance is visible. */
  static final Network NET = new Network() {
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
      throw new UnsupportedOperationException();
    }

    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t, Operand<TInt32> labels) {
      Operand<TFloat32> y = tf.reshape(tf.dtypes.cast(labels, TFloat32.class), tf.constant(new int[] {-1, 1}));
      return tf.math.add(tf.math.mul(x, tf.math.add(y, tf.constant(1f))), t);
    }

    public List<Variable<TFloat32>> trainableVariables() {
      return List.of();
    }
  };

  static float[] velocity(double w, float[][] state) {
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> v = new GuidedField(NET, 2, 3, w).velocity(tf, tf.constant(state), tf.constant(0.5f));
      try (Result r = s.runner().fetch(v).run()) {
        float[] out = new float[state.length * 3];
        ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(out);
        return out;
      }
    }
  }

  @Test
  void zeroGuidanceIsTheConditionalFieldAndLabelsStayPut() {
    float[] v = velocity(0, new float[][] {{1f, 2f, 0f}, {1f, 2f, 2f}});
    assertArrayEquals(new float[] {1.5f, 2.5f, 0f, 3.5f, 6.5f, 0f}, v, 1e-6f);
  }

  @Test
  void guidanceExtrapolatesAwayFromTheUnconditionalField() {
    float w = 2f;
    float[] v = velocity(w, new float[][] {{1f, -1f, 1f}});
    // v_y = x*2 + 0.5, v_none = x*(3+1) + 0.5 (the "no label" class is 3).
    float[] vy = {2.5f, -1.5f};
    float[] vn = {4.5f, -3.5f};
    for (int k = 0; k < 2; k++) assertEquals((1 + w) * vy[k] - w * vn[k], v[k], 1e-5f);
    assertEquals(0f, v[2]);
  }
}
