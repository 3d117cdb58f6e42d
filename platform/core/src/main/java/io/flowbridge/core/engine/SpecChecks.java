package io.flowbridge.core.engine;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.experiment.OptimizerSpec;

/** Range checks of the core's own settings; messages name the setting as {@code --set} spells it. */
final class SpecChecks {
  static final java.util.List<String> METRICS = java.util.List.of("w2", "mmd", "npe", "straightness", "nll");

  /** Most coupling workers accepted: each holds a minibatch in flight. */
  static final int MAX_WORKERS = 64;

  private SpecChecks() {}

  static void check(ExperimentSpec s) {
    atLeast("train.steps", s.train().steps(), 0);
    atLeast("train.batchSize", s.train().batchSize(), 1);
    atLeast("train.logEvery", s.train().logEvery(), 1);
    if (s.train().workers() < 0 || s.train().workers() > MAX_WORKERS) {
      throw new FlowbridgeException("train.workers = " + s.train().workers() + " is out of range; accepted: 0 to "
          + MAX_WORKERS + " (0 = one per processor, at most " + io.flowbridge.core.experiment.TrainSpec.MAX_AUTO_WORKERS + ")");
    }
    if (!(s.train().ema() >= 0 && s.train().ema() < 1)) {
      throw new FlowbridgeException("train.ema = " + s.train().ema() + " is out of range; accepted: [0, 1) (0 = no averaging)");
    }
    atLeast("sample.count", s.sample().count(), 1);
    atLeast("evaluate.points", s.evaluate().points(), 2);
    var time = s.train().time();
    if (!java.util.List.of("uniform", "clipped", "logit-normal").contains(time.kind())) {
      throw new FlowbridgeException("train.time.kind = '" + time.kind() + "' is not accepted; accepted: uniform, clipped, logit-normal");
    }
    if (!(time.epsilon() >= 0 && time.epsilon() < 0.5)) {
      throw new FlowbridgeException("train.time.epsilon = " + time.epsilon() + " is out of range; accepted: [0, 0.5)");
    }
    if (!(time.std() > 0)) {
      throw new FlowbridgeException("train.time.std = " + time.std() + " is out of range; accepted: (0, inf)");
    }
    String objective = s.train().objective();
    if (!java.util.List.of("velocity", "velocity-score", "velocity-denoiser").contains(objective)) {
      throw new FlowbridgeException("train.objective = '" + objective
          + "' is not accepted; accepted: velocity, velocity-score, velocity-denoiser");
    }
    if (!objective.equals("velocity") && s.condition().enabled()) {
      throw new FlowbridgeException("train.objective = '" + objective + "' is not supported for conditional runs yet");
    }
    OptimizerSpec o = s.train().optimizer();
    if (!"adam".equals(o.name())) {
      throw new FlowbridgeException("train.optimizer.name = '" + o.name() + "' is not supported; accepted: adam");
    }
    open("train.optimizer.lr", o.lr(), 0, Double.POSITIVE_INFINITY);
    halfOpen("train.optimizer.beta1", o.beta1());
    halfOpen("train.optimizer.beta2", o.beta2());
    open("train.optimizer.eps", o.eps(), 0, Double.POSITIVE_INFINITY);
    for (String m : s.evaluate().metrics()) {
      if (!METRICS.contains(m)) {
        throw new FlowbridgeException("evaluate: unknown metric '" + m + "'"
            + io.flowbridge.api.error.Suggestions.didYouMean(m, METRICS) + "; known metrics: " + String.join(", ", METRICS));
      }
    }
    atLeast("evaluate.probes", s.evaluate().probes(), 1);
    var condition = s.condition();
    if (condition.enabled()) {
      if (!(condition.labelDropout() >= 0 && condition.labelDropout() < 1)) {
        throw new FlowbridgeException("conditional.labelDropout = " + condition.labelDropout() + " is out of range; accepted: [0, 1)");
      }
      if (!(condition.guidance() >= 0)) {
        throw new FlowbridgeException("conditional.guidance = " + condition.guidance() + " is out of range; accepted: [0, inf)");
      }
      if (s.evaluate().metrics().contains("nll")) {
        throw new FlowbridgeException("evaluate nll: the class-conditional likelihood log p(x|y) is not supported yet; "
            + "use w2, mmd, npe or straightness for conditional runs");
      }
    }
    atLeast("evaluate.likelihoodPoints", s.evaluate().likelihoodPoints(), 1);
    Evaluation.divergence(s.evaluate(), 1);
  }

  private static void atLeast(String name, long value, long min) {
    if (value < min) throw new FlowbridgeException(name + " = " + value + " is out of range; accepted: >= " + min);
  }

  private static void open(String name, double v, double lo, double hi) {
    if (!(v > lo && v < hi)) {
      throw new FlowbridgeException(name + " = " + v + " is out of range; accepted: (" + lo + ", " + hi + ")");
    }
  }

  private static void halfOpen(String name, double v) {
    if (!(v >= 0 && v < 1)) throw new FlowbridgeException(name + " = " + v + " is out of range; accepted: [0, 1)");
  }
}
