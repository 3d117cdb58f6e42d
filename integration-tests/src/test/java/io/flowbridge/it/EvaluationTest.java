package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After training: every metric on a saved run through {@code flowbridge eval}, the adaptive and
 * the SDE samplers through {@code --set}, as a user runs them.
 */
class EvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Path run;

  @BeforeAll
  static void trainOnce() {
    run = tmp.resolve("run");
    CliRunTest.Outcome r = CliRunTest.flowbridge("run", CliRunTest.example("quickstart.flow.kts").toString(),
        "--out", run.toString(), "--quiet", "--set", "train.steps=1500", "--set", "sample.count=500",
        "--set", "evaluate.points=500", "--set", "sample.solver.steps=20");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void runDirectoryHoldsACheckpointAndTheExperiment() {
    assertTrue(Files.isRegularFile(run.resolve("checkpoint/model.index")));
    assertTrue(Files.isRegularFile(run.resolve("experiment.json")));
  }

  @Test
  void evalComputesEveryMetricOnTheSavedRun() throws Exception {
    CliRunTest.Outcome r = CliRunTest.flowbridge("eval", run.toString(), "--metrics", "w2,mmd,npe,straightness,nll",
        "--set", "evaluate.likelihoodPoints=300");
    assertEquals(0, r.code(), r.err());
    JsonNode eval = JSON.readTree(run.resolve("eval.json").toFile());
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    // Same seed, same checkpoint: the re-evaluated W2 is the one of the run.
    assertEquals(summary.get("w2").asDouble(), eval.get("w2").asDouble(), 1e-9);
    assertTrue(eval.get("mmd").asDouble() >= 0 && eval.get("mmd").asDouble() < 0.2, eval.toString());
    assertTrue(eval.get("npe").asDouble() < 0.5, "OT-CFM path energy near W2^2: " + eval);
    assertTrue(eval.get("straightness").asDouble() < 1.0, eval.toString());
    double nll = eval.get("nll").asDouble();
    // 8 well-separated Gaussians of variance 0.3162 in 2-D: entropy ln 8 + ln(2 pi e 0.3162) = 3.77 nats,
    // the lowest expected NLL any model can reach; 300 points leave about ±0.1 of noise.
    double entropy = Math.log(8) + Math.log(2 * Math.PI * Math.E * 0.3162);
    assertTrue(nll > entropy - 0.3 && nll < entropy + 1.0, "nll " + nll + " vs entropy " + entropy);
    assertEquals(nll / (2 * Math.log(2)), eval.get("nll_bits_per_dim").asDouble(), 1e-9);
    assertTrue(r.out().contains("nll "), r.out());
  }

  @Test
  void adaptiveSolverReportsStepsAndNfe() throws Exception {
    CliRunTest.Outcome r = CliRunTest.flowbridge("eval", run.toString(), "--set", "sample.solver=dopri5");
    assertEquals(0, r.code(), r.err());
    JsonNode eval = JSON.readTree(run.resolve("eval.json").toFile());
    int trials = eval.get("accepted_steps").asInt() + eval.get("rejected_steps").asInt();
    assertEquals(7 * trials, eval.get("nfe").asInt());
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    assertEquals(summary.get("w2").asDouble(), eval.get("w2").asDouble(), 0.05, "dopri5 and rk4 reach the same samples");
  }

  @Test
  void sdeSamplingWithTheVelocityDerivedScoreStillReachesTheTarget() throws Exception {
    CliRunTest.Outcome r = CliRunTest.flowbridge("eval", run.toString(), "--set", "sample.solver=euler-maruyama",
        "--set", "sample.solver.steps=100", "--set", "sample.solver.epsilon=0.2", "--set", "sample.solver.schedule=linear-decay");
    assertEquals(0, r.code(), r.err());
    JsonNode eval = JSON.readTree(run.resolve("eval.json").toFile());
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    assertTrue(eval.get("w2").asDouble() < summary.get("w2_untrained").asDouble() / 3, eval.toString());
  }

  @Test
  void evalOfAnythingButARunDirectoryIsAClearError() {
    CliRunTest.Outcome r = CliRunTest.flowbridge("eval", tmp.resolve("nothing").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("is not a run directory: experiment.json is missing"), r.err());
  }
}
