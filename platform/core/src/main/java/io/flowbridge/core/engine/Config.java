package io.flowbridge.core.engine;

import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.runtime.SessionSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fully resolved configuration written to config.json: every option with its default, plugin ids and versions. */
final class Config {
  private Config() {}

  /**
   * Whether TensorFlow's oneDNN kernels are off ({@code TF_ENABLE_ONEDNN_OPTS=0}): with them on,
   * two runs with the same seed differ in the last digits. The launcher and the tests turn them off.
   */
  static boolean bitReproducible() {
    return "0".equals(System.getenv("TF_ENABLE_ONEDNN_OPTS"));
  }

  static Map<String, Object> of(ExperimentSpec spec, ExperimentRunner.Components c, SessionSettings settings) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", spec.name());
    out.put("seed", spec.seed());
    out.put("method", spec.method() == null ? "custom" : spec.method());
    out.put("condition", spec.condition());
    if (spec.reflow() != null) out.put("reflow", spec.reflow());
    out.put("flowbridgeVersion", Config.class.getPackage().getImplementationVersion() == null
        ? "dev" : Config.class.getPackage().getImplementationVersion());
    out.put("source", c.source().describe());
    out.put("target", c.target().describe());
    out.put("interpolant", c.interpolant().describe());
    out.put("coupling", c.coupling().describe());
    out.put("model", c.model().describe());
    Map<String, Object> train = new LinkedHashMap<>();
    train.put("steps", spec.train().steps());
    train.put("batchSize", spec.train().batchSize());
    train.put("optimizer", spec.train().optimizer());
    train.put("logEvery", spec.train().logEvery());
    train.put("pipeline", spec.train().pipeline());
    train.put("workers", spec.train().workers());
    out.put("train", train);
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("solver", c.sampler().describe());
    sample.put("count", spec.sample().count());
    out.put("sample", sample);
    out.put("evaluate", spec.evaluate());
    Map<String, Object> runtime = new LinkedHashMap<>();
    runtime.put("device", spec.runtime().device());
    runtime.put("tensorflowDevice", settings.device().toString());
    runtime.put("intraOpThreads", spec.runtime().intraOpThreads());
    runtime.put("interOpThreads", spec.runtime().interOpThreads());
    runtime.put("gpuMemoryGrowth", spec.runtime().gpuMemoryGrowth());
    runtime.put("bitReproducible", bitReproducible());
    out.put("runtime", runtime);
    return out;
  }
}
