package io.flowbridge.dsl

import io.flowbridge.api.option.TimeFunction
import org.tensorflow.Operand
import org.tensorflow.op.Ops
import org.tensorflow.types.TFloat32

/** The receiver of `interpolant { ... }`: an inline bridge's coefficient functions and settings. */
@FlowDsl
class InlineBridge internal constructor() {
  private val options = LinkedHashMap<String, Any>()

  /** α(t), the weight of the source sample; α(0) = 1, α(1) = 0. */
  fun alpha(f: (Ops, Operand<TFloat32>) -> Operand<TFloat32>) {
    options["alpha"] = TimeFunction { tf, t -> f(tf, t) }
  }

  /** β(t), the weight of the target sample; β(0) = 0, β(1) = 1. */
  fun beta(f: (Ops, Operand<TFloat32>) -> Operand<TFloat32>) {
    options["beta"] = TimeFunction { tf, t -> f(tf, t) }
  }

  /** γ(t) ≥ 0, the scale of the latent noise z; zero when not given. */
  fun gamma(f: (Ops, Operand<TFloat32>) -> Operand<TFloat32>) {
    options["gamma"] = TimeFunction { tf, t -> f(tf, t) }
  }

  /** Whether the path is only valid from a standard Gaussian source. */
  var gaussianSource: Boolean
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      options["gaussianSource"] = value
    }

  /** Training times are drawn from [ε, 1 − ε]; use ε > 0 when γ' is unbounded at the ends. */
  var timeMargin: Double
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      options["timeMargin"] = value
    }

  internal fun options(): Map<String, Any> = options
}
