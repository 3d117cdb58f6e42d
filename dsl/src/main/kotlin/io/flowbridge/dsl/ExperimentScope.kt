package io.flowbridge.dsl

import io.flowbridge.core.experiment.ComponentSpec
import io.flowbridge.core.experiment.ExperimentBuilder
import io.flowbridge.core.experiment.ExperimentSpec
import io.flowbridge.core.experiment.OptimizerSpec

/**
 * The receiver of `experiment("name") { ... }`: a Kotlin face on [ExperimentBuilder], which stays
 * the one place that knows the defaults and the validation. Properties are write-only.
 */
@FlowDsl
class ExperimentScope internal constructor(name: String) {
  private val builder = ExperimentBuilder.experiment(name)

  /** Seed of every random stream of the run. */
  var seed: Long
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      builder.seed(value)
    }

  /** Distribution the flow starts from, e.g. `gaussian(dim = 2)`. */
  var source: ComponentSpec
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      builder.source(value.key(), value.options())
    }

  /** Distribution the flow learns to reach, e.g. `dataset("8gaussians")`. */
  var target: ComponentSpec
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      builder.target(value.key(), value.options())
    }

  /** Velocity network, e.g. `mlp(hidden = listOf(64, 64), activation = "selu")`. */
  var model: ComponentSpec
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      builder.model(value.key(), value.options())
    }

  /** The interpolant (probability path) plugin [key]: `interpolant("linear") { sigma = 0.1 }`. */
  fun interpolant(key: String, vararg options: Pair<String, Any>, block: Options.() -> Unit = {}) {
    builder.interpolant(key, optionMap(options, block))
  }

  /**
   * An inline bridge (MATH.md §1): α, β and γ written here as TensorFlow ops of the time tensor
   * t (`[batch, 1]`); derivatives come from autodiff, as for a plugin, and the boundary conditions
   * are checked before training.
   *
   * ```
   * interpolant {
   *     alpha { tf, t -> tf.math.sub(tf.constant(1f), t) }
   *     beta { tf, t -> t }
   *     gamma { tf, t -> tf.math.mul(tf.constant(0.1f), tf.math.sin(tf.math.mul(tf.constant(Math.PI.toFloat()), t))) }
   * }
   * ```
   */
  fun interpolant(block: InlineBridge.() -> Unit) {
    builder.interpolant("inline", InlineBridge().apply(block).options())
  }

  /**
   * A named method as a preset of interpolant + coupling: `method("ot-cfm", sigma = 0.1)`. One of
   * i-cfm, ot-cfm, sb-cfm, fm, rf, vp-cfm, si-linear, si-trig; recorded in config.json.
   */
  fun method(name: String, sigma: Double? = null) {
    if (sigma == null) builder.method(name) else builder.method(name, sigma)
  }

  /**
   * Class-conditional generation on the target's labels (MATH.md §2): labels are dropped with
   * probability [labelDropout] during training, and sampling uses classifier-free guidance with
   * weight [guidance] (0 = plain conditional sampling).
   */
  fun conditional(labelDropout: Double = 0.1, guidance: Double = 0.0) {
    builder.conditional(labelDropout, guidance)
  }

  /**
   * Reflow (k-rectified flow): train on pairs (x0, ODE_teacher(x0)) through the flow saved in the
   * run directory [from], integrated with RK4 in [steps] steps; straightens the teacher's paths.
   */
  fun reflow(from: String, steps: Int = 20) {
    builder.reflow(from, steps)
  }

  /** The coupling plugin [key] pairing source and target minibatches: `coupling("exact-ot")`. */
  fun coupling(key: String, vararg options: Pair<String, Any>, block: Options.() -> Unit = {}) {
    builder.coupling(key, optionMap(options, block))
  }

  /** Training settings: `train { steps = 20_000; batchSize = 256; optimizer = adam(lr = 1e-3) }`. */
  fun train(block: TrainScope.() -> Unit) {
    builder.train { TrainScope(it).block() }
  }

  /** Sampling settings: `sample { solver("rk4") { steps = 100 }; count = 2_000 }`. */
  fun sample(block: SampleScope.() -> Unit) {
    builder.sample { SampleScope(it).block() }
  }

  /** Metrics computed after sampling: `evaluate { w2() }`. */
  fun evaluate(block: EvaluateScope.() -> Unit) {
    builder.evaluate { EvaluateScope(it).block() }
  }

  /** TensorFlow runtime settings: `runtime { device = "cpu"; intraOpThreads = 1 }`. */
  fun runtime(block: RuntimeScope.() -> Unit) {
    builder.runtime { RuntimeScope(it).block() }
  }

  internal fun build(): ExperimentSpec = builder.build()
}

/** The receiver of `train { ... }`. */
@FlowDsl
class TrainScope internal constructor(private val train: ExperimentBuilder.Train) {
  /** What is learned: `velocity` (default), `velocity-score` or `velocity-denoiser` (MATH.md §2). */
  var objective: String
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.objective(value)
    }

  /** Training times t ~ U[0, 1] (the default). */
  fun uniformTime() {
    train.uniformTime()
  }

  /** Training times uniform on [epsilon, 1 − epsilon]. */
  fun clippedTime(epsilon: Double) {
    train.clippedTime(epsilon)
  }

  /** Training times t = sigmoid(mean + std·n), n ~ N(0, 1). */
  fun logitNormalTime(mean: Double = 0.0, std: Double = 1.0) {
    train.logitNormalTime(mean, std)
  }

  /** Number of optimizer steps. */
  var steps: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.steps(value)
    }

  /** Minibatch size (source and target points per step). */
  var batchSize: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.batchSize(value)
    }

  /** The optimizer, e.g. `adam(lr = 1e-3)`. */
  var optimizer: OptimizerSpec
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.optimizer(value)
    }

  /**
   * Decay of an exponential moving average of the weights (e.g. 0.999) that replaces them after
   * training; 0 (default) keeps the final iterate.
   */
  var ema: Double
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.ema(value)
    }

  /** How many steps between two fetches (and log lines) of the loss. */
  var logEvery: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.logEvery(value)
    }

  /** Whether the next minibatch is drawn and coupled on a worker thread during the current step. */
  var pipeline: Boolean
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.pipeline(value)
    }

  /**
   * How many minibatches are coupled in parallel ahead of the step (when the coupling allows it);
   * 0 (default) picks one per processor, at most 4. Results do not depend on it.
   */
  var workers: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      train.workers(value)
    }
}

/** The receiver of `sample { ... }`. */
@FlowDsl
class SampleScope internal constructor(private val sample: ExperimentBuilder.Sample) {
  /** The ODE solver plugin [key]: `solver("rk4") { steps = 100 }`. */
  fun solver(key: String, vararg options: Pair<String, Any>, block: Options.() -> Unit = {}) {
    sample.solver(key, optionMap(options, block))
  }

  /** Number of points generated. */
  var count: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      sample.count(value)
    }
}

/** The receiver of `evaluate { ... }`. */
@FlowDsl
class EvaluateScope internal constructor(private val evaluate: ExperimentBuilder.Evaluate) {
  /** Adds the 2-Wasserstein distance to fresh target samples (MATH.md §6). */
  fun w2() {
    evaluate.w2()
  }

  /** Adds the maximum mean discrepancy with RBF kernels of the given bandwidths, averaged (MATH.md §6). */
  fun mmd(bandwidths: List<Double>? = null) {
    if (bandwidths == null) evaluate.mmd() else evaluate.mmd(bandwidths)
  }

  /** Adds the path energy and its normalised gap to W2²(source, target) (MATH.md §6). */
  fun npe() {
    evaluate.npe()
  }

  /** Adds the straightness of the learned flow (MATH.md §6). */
  fun straightness() {
    evaluate.straightness()
  }

  /**
   * Adds the negative log-likelihood of target samples (MATH.md §5); [divergence] is `auto`,
   * `exact`, `hutchinson-rademacher` or `hutchinson-gaussian`, with [probes] Hutchinson probes.
   */
  fun nll(divergence: String = "auto", probes: Int = 1) {
    evaluate.nll(divergence, probes)
  }

  /** The solver integrating the likelihood ODE (default dopri5 with rtol = atol = 1e-5). */
  fun likelihoodSolver(key: String, vararg options: Pair<String, Any>) {
    evaluate.likelihoodSolver(key, mapOf(*options))
  }

  /** Number of target points whose log-density is averaged for the NLL. */
  var likelihoodPoints: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      evaluate.likelihoodPoints(value)
    }

  /** Number of generated and target points the metrics compare. */
  var points: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      evaluate.points(value)
    }
}

/** The receiver of `runtime { ... }`: where and how TensorFlow runs. */
@FlowDsl
class RuntimeScope internal constructor(private val runtime: ExperimentBuilder.Runtime) {
  /** `cpu`, `gpu:0`, ... */
  var device: String
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      runtime.device(value)
    }

  /** Threads inside one TensorFlow op (0 lets TensorFlow choose). */
  var intraOpThreads: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      runtime.intraOpThreads(value)
    }

  /**
   * Threads running independent TensorFlow ops: -1 (the default) runs them on the calling thread,
   * 0 lets TensorFlow choose, n >= 1 is a pool of n threads.
   */
  var interOpThreads: Int
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      runtime.interOpThreads(value)
    }

  /** Whether GPU memory is allocated on demand rather than all at start. */
  var gpuMemoryGrowth: Boolean
    @Deprecated(WRITE_ONLY, level = DeprecationLevel.ERROR) get() = throw UnsupportedOperationException(WRITE_ONLY)
    set(value) {
      runtime.gpuMemoryGrowth(value)
    }
}
