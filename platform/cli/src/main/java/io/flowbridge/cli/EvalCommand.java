package io.flowbridge.cli;

import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flowbridge eval RUN_DIR}: evaluates a saved run again, e.g. with more metrics or another solver. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Re-evaluate a saved run from its checkpoint; writes eval.json into the run directory.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RUN_DIR", description = "A directory written by 'flowbridge run'.")
  Path runDir;

  @Option(names = "--metrics", split = ",", paramLabel = "M",
      description = "Metrics to compute: w2, mmd, npe, straightness, nll (default: those of the run).")
  List<String> metrics = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a setting, e.g. sample.solver=dopri5 or evaluate.probes=4 (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(overrides);
    if (!metrics.isEmpty()) all.add("evaluate.metrics=" + String.join(",", metrics));
    try (Flowbridge fb = Flowbridge.start(plugins.settings())) {
      RunResult r = fb.runner().evaluate(runDir, all);
      System.out.println(Summaries.metrics(r.summary()) + " | " + runDir.resolve("eval.json"));
    }
    return 0;
  }
}
