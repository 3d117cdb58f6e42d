package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reflow straightens a flow: a student trained on pairs (x0, ODE_teacher(x0)) of a rectified-flow
 * teacher has much straighter paths than the teacher, and still reaches the target.
 */
class ReflowTest {
  static ExperimentBuilder base(String name) {
    return ExperimentBuilder.experiment(name)
        .seed(9)
        .target("moons")
        .model("mlp", Map.of("hidden", List.of(64, 64, 64)))
        .train(t -> t.steps(1500).batchSize(256).adam(2e-3).logEvery(500))
        .sample(s -> s.solver("rk4", Map.of("steps", 20)).count(800))
        .evaluate(e -> e.w2().straightness().points(800));
  }

  @Test
  void reflowStraightensTheTeachersPaths(@TempDir Path tmp) {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      Path teacherDir = tmp.resolve("rf");
      RunResult teacher = fb.runner().run(base("rf").method("rf").build(), new RunOptions(teacherDir, false));
      RunResult student = fb.runner().run(base("reflow").reflow(teacherDir.toString(), 10).build(), RunOptions.inMemory());
      assertEquals("reflow", student.config().get("method"));
      double before = teacher.metric("straightness");
      double after = student.metric("straightness");
      assertTrue(after < before / 2, "straightness " + before + " -> " + after);
      assertTrue(student.metric("w2") * 2 < student.metric("w2_untrained"), student.summary().toString());
    }
  }

  @Test
  void aTeacherThatIsNotARunDirectoryIsAClearError(@TempDir Path tmp) {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> fb.runner().run(
          base("reflow").reflow(tmp.toString(), 10).build(), RunOptions.inMemory()));
      assertTrue(e.getMessage().contains("is not a run directory"), e.getMessage());
    }
  }
}
