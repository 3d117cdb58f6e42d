package io.flowbridge.cli;

import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import io.flowbridge.core.experiment.ExperimentSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code flowbridge bench}: throughput benchmarks of the platform itself. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
    subcommands = {BenchCommand.Train.class, BenchCommand.Sample.class, QualityCommand.class})
final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Training steps/s for the quickstart shape, per coupling, with where the time goes. */
  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Training steps/s on the quickstart shape (N(0,I) -> 8gaussians, batch 256, MLP 3x64 selu, Adam) per coupling.")
  static final class Train implements Callable<Integer> {
    @Option(names = "--steps", defaultValue = "5000", description = "Steps per measurement (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "500",
        description = "Untimed steps of each coupling before its first round (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3",
        description = "Rounds over the couplings, alternating them; the summary gives medians, and the share of "
            + "independent as the median of the rounds' shares (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--couplings", split = ",", defaultValue = "independent,exact-ot",
        description = "Couplings to measure, in order; those after independent also get their steps/s as a share of it.")
    List<String> couplings;

    @Option(names = "--threads", defaultValue = "1", description = "TensorFlow intra-op threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--inter-op-threads", defaultValue = "-1",
        description = "TensorFlow inter-op threads: -1 runs ops on the calling thread, 0 lets "
            + "TensorFlow choose, n >= 1 is a pool (default ${DEFAULT-VALUE}).")
    int interOpThreads;

    @Option(names = "--no-pipeline", description = "Draw and couple minibatches on the training thread.")
    boolean noPipeline;

    @Option(names = "--workers", defaultValue = "0",
        description = "Minibatches coupled in parallel ahead of the step (default ${DEFAULT-VALUE}: one per processor, at most 4).")
    int workers;

    @Mixin PluginOptions plugins;

    @Override
    public Integer call() {
      if (rounds < 1) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
            "--rounds = " + rounds + " is out of range; accepted: 1 or more");
      }
      try (Flowbridge fb = Flowbridge.start(plugins.settings())) {
        TrainBenchTable table = new TrainBenchTable(System.out);
        for (int round = 1; round <= rounds; round++) {
          for (String coupling : couplings) {
            if (round == 1) fb.runner().run(spec(coupling, warmup), RunOptions.inMemory());
            RunResult r = fb.runner().run(spec(coupling, steps), RunOptions.inMemory());
            table.add(round, coupling, r.training());
          }
        }
        table.summary();
        int resolved = spec("independent", 1).train().resolvedWorkers(Runtime.getRuntime().availableProcessors());
        System.out.println(noPipeline
            ? "(per-step milliseconds; draw and couple on the training thread)"
            : "(per-step milliseconds; draw and couple overlap the TensorFlow step, on " + resolved
                + " coupling worker(s) with " + Runtime.getRuntime().availableProcessors()
                + " processors; wait = time the step waited for its batch)");
      }
      return 0;
    }

    private ExperimentSpec spec(String coupling, int n) {
      return ExperimentBuilder.experiment("bench-" + coupling)
          .seed(1)
          .source("gaussian", Map.of("dim", 2))
          .target("8gaussians")
          .interpolant("linear", Map.of("sigma", 0.1))
          .coupling(coupling)
          .model("mlp", Map.of("hidden", List.of(64, 64, 64), "activation", "selu"))
          .train(t -> t.steps(n).batchSize(256).adam(1e-3).logEvery(1000).pipeline(!noPipeline).workers(workers))
          .sample(s -> s.solver("euler", Map.of("steps", 1)).count(64))
          .evaluate(e -> e.w2().points(64))
          .runtime(r -> r.intraOpThreads(threads).interOpThreads(interOpThreads))
          .build();
    }
  }

  /** Sampling throughput (fixed-step, in-graph blocks) and dopri5 NFE for I-CFM versus OT-CFM. */
  @Command(name = "sample", mixinStandardHelpOptions = true,
      description = "Sampling throughput of the quickstart MLP (Euler, in-graph blocks) and dopri5 NFE of I-CFM vs OT-CFM.")
  static final class Sample implements Callable<Integer> {
    @Option(names = "--points", defaultValue = "10000", description = "Points for the Euler measurement (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--steps", defaultValue = "100", description = "Euler steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--train-steps", defaultValue = "5000", description = "Training steps of each flow before dopri5 (default ${DEFAULT-VALUE}).")
    int trainSteps;

    @Option(names = "--rtol", defaultValue = "1e-5", description = "dopri5 rtol = atol (default ${DEFAULT-VALUE}).")
    double rtol;

    @Mixin PluginOptions plugins;

    @Override
    public Integer call() {
      try (Flowbridge fb = Flowbridge.start(plugins.settings())) {
        RunResult euler = fb.runner().run(base("bench-euler", "independent", 0)
            .sample(s -> s.solver("euler", Map.of("steps", steps)).count(points)).build(), RunOptions.inMemory());
        double seconds = euler.metric("sample_seconds");
        System.out.printf(Locale.ROOT, "euler: %d points x %d steps in %.3f s = %.3g point-steps/s%n",
            points, steps, seconds, points * (double) steps / seconds);
        System.out.printf(Locale.ROOT, "%-12s %8s %9s %9s %10s %8s%n", "flow", "nfe", "accepted", "rejected", "seconds", "w2");
        for (String coupling : List.of("independent", "exact-ot")) {
          RunResult r = fb.runner().run(base("bench-" + coupling, coupling, trainSteps)
              .sample(s -> s.solver("dopri5", Map.of("rtol", rtol, "atol", rtol)).count(2000)).build(), RunOptions.inMemory());
          System.out.printf(Locale.ROOT, "%-12s %8d %9d %9d %10.3f %8.3f%n", coupling.equals("independent") ? "I-CFM" : "OT-CFM",
              (int) r.metric("nfe"), (int) r.metric("accepted_steps"), (int) r.metric("rejected_steps"),
              r.metric("sample_seconds"), r.metric("w2"));
        }
      }
      return 0;
    }

    private ExperimentBuilder base(String name, String coupling, int trainSteps) {
      return ExperimentBuilder.experiment(name)
          .seed(1)
          .source("gaussian", Map.of("dim", 2))
          .target("8gaussians")
          .interpolant("linear", Map.of("sigma", 0.0))
          .coupling(coupling)
          .model("mlp", Map.of("hidden", List.of(64, 64, 64), "activation", "selu"))
          .train(t -> t.steps(trainSteps).batchSize(256).adam(1e-3).logEvery(1000))
          .evaluate(e -> e.w2().points(2000))
          .runtime(r -> r.intraOpThreads(1));
    }
  }
}
