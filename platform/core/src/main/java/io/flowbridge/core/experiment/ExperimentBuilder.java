package io.flowbridge.core.experiment;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds an {@link ExperimentSpec} from plain Java; the Kotlin DSL wraps this class.
 *
 * <pre>{@code
 * ExperimentSpec spec = ExperimentBuilder.experiment("moons-otcfm")
 *     .seed(7)
 *     .source("gaussian", Map.of("dim", 2))
 *     .target("moons")
 *     .interpolant("linear", Map.of("sigma", 0.1))
 *     .coupling("exact-ot")
 *     .model("mlp", Map.of("hidden", List.of(64, 64, 64), "activation", "selu"))
 *     .train(t -> t.steps(20_000).batchSize(256).adam(1e-3))
 *     .sample(s -> s.solver("rk4", Map.of("steps", 100)).count(2_000))
 *     .evaluate(e -> e.w2())
 *     .build();
 * }</pre>
 *
 * Defaults: seed 0, source {@code gaussian}, interpolant {@code linear}, coupling
 * {@code independent}, model {@code mlp}, 1000 steps of batch 256 with Adam(1e-3), sampling 2000
 * points with {@code rk4}, metric {@code w2}, CPU with one intra- and one inter-op thread.
 */
public final class ExperimentBuilder {
  private final String name;
  private long seed = 0;
  private ComponentSpec source = ComponentSpec.of("gaussian");
  private ComponentSpec target;
  private ComponentSpec interpolant = ComponentSpec.of("linear");
  private ComponentSpec coupling = ComponentSpec.of("independent");
  private ComponentSpec model = ComponentSpec.of("mlp");
  private String method = "custom";
  private ConditionSpec condition = ConditionSpec.none();
  private ReflowSpec reflow;
  private final Train train = new Train();
  private final Sample sample = new Sample();
  private final Evaluate evaluate = new Evaluate();
  private final Runtime runtime = new Runtime();

  private ExperimentBuilder(String name) {
    if (name == null || name.isBlank()) throw new FlowbridgeException("experiment: name must not be blank");
    this.name = name;
  }

  /** Starts an experiment called {@code name} (also the default run directory name). */
  public static ExperimentBuilder experiment(String name) {
    return new ExperimentBuilder(name);
  }

  public ExperimentBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  public ExperimentBuilder source(String key) {
    return source(key, Map.of());
  }

  public ExperimentBuilder source(String key, Map<String, ?> options) {
    this.source = ComponentSpec.of(key, options);
    return this;
  }

  public ExperimentBuilder target(String key) {
    return target(key, Map.of());
  }

  public ExperimentBuilder target(String key, Map<String, ?> options) {
    this.target = ComponentSpec.of(key, options);
    return this;
  }

  public ExperimentBuilder interpolant(String key) {
    return interpolant(key, Map.of());
  }

  public ExperimentBuilder interpolant(String key, Map<String, ?> options) {
    this.interpolant = ComponentSpec.of(key, options);
    return this;
  }

  public ExperimentBuilder coupling(String key) {
    return coupling(key, Map.of());
  }

  public ExperimentBuilder coupling(String key, Map<String, ?> options) {
    this.coupling = ComponentSpec.of(key, options);
    return this;
  }

  public ExperimentBuilder model(String key) {
    return model(key, Map.of());
  }

  public ExperimentBuilder model(String key, Map<String, ?> options) {
    this.model = ComponentSpec.of(key, options);
    return this;
  }

  /**
   * A named method (see {@link Method}): sets the interpolant and the coupling, e.g.
   * {@code method("ot-cfm", 0.1)} is {@code interpolant("linear", sigma 0.1)} + {@code coupling("exact-ot")}.
   * Later interpolant or coupling calls override the preset's.
   */
  public ExperimentBuilder method(String name, double sigma) {
    Method.apply(this, name, sigma);
    this.method = name;
    return this;
  }

  public ExperimentBuilder method(String name) {
    return method(name, name.equals("sb-cfm") ? 1.0 : name.equals("fm") ? 1e-4 : 0.1);
  }

  /**
   * Class-conditional generation on the target's labels: labels dropped with probability
   * {@code labelDropout} in training, classifier-free guidance weight {@code guidance} in sampling.
   */
  public ExperimentBuilder conditional(double labelDropout, double guidance) {
    this.condition = new ConditionSpec(true, labelDropout, guidance);
    return this;
  }

  /**
   * Reflow (the {@code reflow} method): straightens a trained flow by training on pairs
   * (x0, ODE_teacher(x0)), the teacher being the run saved in {@code teacherRunDir}, integrated
   * with RK4 in {@code steps} steps; sets the rectified interpolant and independent pairing.
   */
  public ExperimentBuilder reflow(String teacherRunDir, int steps) {
    this.reflow = new ReflowSpec(teacherRunDir, steps);
    this.interpolant = ComponentSpec.of("rectified");
    this.coupling = ComponentSpec.of("independent");
    this.method = "reflow";
    return this;
  }

  public ExperimentBuilder train(Consumer<Train> settings) {
    settings.accept(train);
    return this;
  }

  public ExperimentBuilder sample(Consumer<Sample> settings) {
    settings.accept(sample);
    return this;
  }

  public ExperimentBuilder evaluate(Consumer<Evaluate> settings) {
    settings.accept(evaluate);
    return this;
  }

  public ExperimentBuilder runtime(Consumer<Runtime> settings) {
    settings.accept(runtime);
    return this;
  }

  /** The finished experiment; fails if no target was set. */
  public ExperimentSpec build() {
    if (target == null) {
      throw new FlowbridgeException("experiment '" + name + "': no target dataset set (e.g. target(\"8gaussians\"))");
    }
    return new ExperimentSpec(name, seed, source, target, interpolant, coupling, model,
        new TrainSpec(train.steps, train.batchSize, train.optimizer, train.logEvery, train.pipeline, train.time,
            train.objective, train.ema, train.workers),
        new SampleSpec(sample.solver, sample.count),
        new EvaluateSpec(evaluate.metrics.isEmpty() ? List.of("w2") : evaluate.metrics, evaluate.points,
            evaluate.mmdBandwidths, evaluate.divergence, evaluate.probes, evaluate.likelihoodSolver, evaluate.likelihoodPoints),
        new RuntimeSpec(runtime.device, runtime.intraOpThreads, runtime.interOpThreads, runtime.gpuMemoryGrowth),
        method, condition, reflow);
  }

  /** Training settings. */
  public static final class Train {
    private int steps = 1000;
    private int batchSize = 256;
    private OptimizerSpec optimizer = OptimizerSpec.adam(1e-3);
    private int logEvery = 100;
    private boolean pipeline = true;
    private TimeSampling time = TimeSampling.uniform();
    private String objective = "velocity";
    private double ema = 0;
    private int workers = 0;

    /**
     * Keeps an exponential moving average of the weights with this decay (e.g. 0.999) and
     * evaluates, samples and saves the averaged weights; 0 (default) keeps the final iterate.
     */
    public Train ema(double decay) {
      this.ema = decay;
      return this;
    }

    /**
     * What the networks learn: {@code velocity} (default), {@code velocity-score} or
     * {@code velocity-denoiser} (a second network for the score, for SDE sampling; needs γ > 0).
     */
    public Train objective(String objective) {
      this.objective = objective;
      return this;
    }

    /** Training times uniform on [0, 1] (within the interpolant's margin); the default. */
    public Train uniformTime() {
      this.time = TimeSampling.uniform();
      return this;
    }

    /** Training times uniform on [epsilon, 1 − epsilon]. */
    public Train clippedTime(double epsilon) {
      this.time = new TimeSampling("clipped", epsilon, 0, 1);
      return this;
    }

    /** Training times t = sigmoid(mean + std·n), n ~ N(0, 1): more weight in the middle of the path. */
    public Train logitNormalTime(double mean, double std) {
      this.time = new TimeSampling("logit-normal", 0, mean, std);
      return this;
    }

    public Train steps(int steps) {
      this.steps = steps;
      return this;
    }

    public Train batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    public Train adam(double lr) {
      this.optimizer = OptimizerSpec.adam(lr);
      return this;
    }

    public Train optimizer(OptimizerSpec optimizer) {
      this.optimizer = optimizer;
      return this;
    }

    public Train logEvery(int logEvery) {
      this.logEvery = logEvery;
      return this;
    }

    /** Whether the next minibatch is drawn and coupled on a worker thread during the current step. */
    public Train pipeline(boolean pipeline) {
      this.pipeline = pipeline;
      return this;
    }

    /**
     * How many minibatches are coupled in parallel ahead of the step (with the pipeline on and a
     * coupling that allows it); 0 (default) picks one per processor, at most 4. Batches and
     * results do not depend on it.
     */
    public Train workers(int workers) {
      this.workers = workers;
      return this;
    }
  }

  /** Sampling settings. */
  public static final class Sample {
    private ComponentSpec solver = ComponentSpec.of("rk4");
    private int count = 2000;

    public Sample solver(String key) {
      return solver(key, Map.of());
    }

    public Sample solver(String key, Map<String, ?> options) {
      this.solver = ComponentSpec.of(key, options);
      return this;
    }

    public Sample count(int count) {
      this.count = count;
      return this;
    }
  }

  /** Evaluation settings (MATH.md §6). */
  public static final class Evaluate {
    private final List<String> metrics = new ArrayList<>();
    private int points = 2000;
    private List<Double> mmdBandwidths = List.of(0.5, 1.0, 2.0, 5.0);
    private String divergence = "auto";
    private int probes = 1;
    private ComponentSpec likelihoodSolver = ComponentSpec.of("dopri5", Map.of("rtol", 1e-5, "atol", 1e-5));
    private int likelihoodPoints = 1000;

    private Evaluate add(String metric) {
      if (!metrics.contains(metric)) metrics.add(metric);
      return this;
    }

    /** 2-Wasserstein distance to fresh target samples, with its noise floor. */
    public Evaluate w2() {
      return add("w2");
    }

    /** Maximum mean discrepancy with RBF kernels of the given bandwidths (averaged). */
    public Evaluate mmd() {
      return add("mmd");
    }

    public Evaluate mmd(List<Double> bandwidths) {
      this.mmdBandwidths = List.copyOf(bandwidths);
      return add("mmd");
    }

    /** Path energy of the learned flow and its normalised gap to the squared W2 between source and target. */
    public Evaluate npe() {
      return add("npe");
    }

    /** Straightness: mean squared deviation of the velocity from the end-to-end displacement. */
    public Evaluate straightness() {
      return add("straightness");
    }

    /** Negative log-likelihood of target samples in nats and bits/dim (needs a standard Gaussian source). */
    public Evaluate nll() {
      return add("nll");
    }

    /** NLL with an explicit divergence estimator ({@code auto}, {@code exact}, {@code hutchinson-rademacher}, {@code hutchinson-gaussian}) and probe count. */
    public Evaluate nll(String divergence, int probes) {
      this.divergence = divergence;
      this.probes = probes;
      return add("nll");
    }

    /** The solver of the likelihood ODE (default dopri5, rtol = atol = 1e-5). */
    public Evaluate likelihoodSolver(String key, Map<String, ?> options) {
      this.likelihoodSolver = ComponentSpec.of(key, options);
      return this;
    }

    /** Number of target points whose log-density is averaged. */
    public Evaluate likelihoodPoints(int n) {
      this.likelihoodPoints = n;
      return this;
    }

    /** Number of generated and target points the sample metrics compare. */
    public Evaluate points(int points) {
      this.points = points;
      return this;
    }
  }

  /** TensorFlow runtime settings. */
  public static final class Runtime {
    private String device = "cpu";
    private int intraOpThreads = 1;
    private int interOpThreads = RuntimeSpec.CALLER_THREAD;
    private boolean gpuMemoryGrowth = true;

    public Runtime device(String device) {
      this.device = device;
      return this;
    }

    public Runtime intraOpThreads(int n) {
      this.intraOpThreads = n;
      return this;
    }

    /**
     * Inter-op threads: {@link RuntimeSpec#CALLER_THREAD} (−1, the default) runs ops on the
     * calling thread, 0 lets TensorFlow choose, n ≥ 1 is a pool of n threads.
     */
    public Runtime interOpThreads(int n) {
      this.interOpThreads = n;
      return this;
    }

    public Runtime gpuMemoryGrowth(boolean grow) {
      this.gpuMemoryGrowth = grow;
      return this;
    }
  }
}
