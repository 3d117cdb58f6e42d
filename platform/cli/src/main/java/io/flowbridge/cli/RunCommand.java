package io.flowbridge.cli;

import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.experiment.Overrides;
import io.flowbridge.dsl.ScriptLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flowbridge run SCRIPT}: evaluates an experiment script, trains, samples, evaluates, writes a run directory. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the experiment of a *.flow.kts script.")
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SCRIPT", description = "The experiment script (*.flow.kts).")
  Path script;

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<experiment name>).")
  Path out;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting, e.g. train.steps=200 or interpolant.sigma=0.2 (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(script)) {
      throw new io.flowbridge.api.error.FlowbridgeException("script " + script + " not found");
    }
    Path cache = Path.of(System.getProperty("user.home"), ".cache", "flowbridge", "scripts");
    ExperimentSpec spec = Overrides.apply(new ScriptLoader(cache).load(script), overrides);
    Path dir = out != null ? out : Path.of("runs", spec.name());
    try (Flowbridge fb = Flowbridge.start(plugins.settings())) {
      RunResult r = fb.runner().run(spec, new RunOptions(dir, !quiet));
      System.out.println(Summaries.oneLine(spec.name(), r));
    }
    return 0;
  }
}
