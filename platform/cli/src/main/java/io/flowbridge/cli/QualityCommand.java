package io.flowbridge.cli;

import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code flowbridge bench quality}: the method × task quality table (W2 with its floor, NPE,
 * straightness, dopri5 NFE; mean ± std over seeds) as Markdown, with each run's directory (and
 * its trajectories.png) kept under the output directory.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
    description = "Quality table of flow-matching methods on 2-D tasks (Markdown), with trajectory pictures per run.")
final class QualityCommand implements Callable<Integer> {
  @Option(names = "--methods", split = ",", defaultValue = "i-cfm,ot-cfm,sb-cfm,fm,rf,vp-cfm,si-linear")
  List<String> methods;

  @Option(names = "--tasks", split = ",", defaultValue = "gaussian:8gaussians,gaussian:moons,moons:8gaussians",
      description = "source:target pairs (default ${DEFAULT-VALUE}).")
  List<String> tasks;

  @Option(names = "--steps", defaultValue = "20000") int steps;

  @Option(names = "--seeds", defaultValue = "3") int seeds;

  @Option(names = "--ema", defaultValue = "0",
      description = "Decay of the weight average evaluated instead of the final iterate (0, the default: final iterate).")
  double ema;

  @Option(names = "--out", defaultValue = "runs/quality", description = "Where run directories and quality.md go. Runs finished there earlier with the same --steps and --ema are reused, so an interrupted table resumes.")
  Path out;

  @Option(names = "--compose-only", description = "Only compose the side-by-side trajectory pictures of existing runs in --out.")
  boolean composeOnly;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() throws Exception {
    if (composeOnly) {
      compose();
      return 0;
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Command: `flowbridge bench quality --steps %d --seeds %d%s --methods %s --tasks %s`%n%n",
        steps, seeds, ema > 0 ? " --ema " + ema : "", String.join(",", methods), String.join(",", tasks)));
    md.append("| task | method | w2 | w2 floor | npe | straightness | dopri5 nfe |\n|---|---|---|---|---|---|---|\n");
    try (Flowbridge fb = Flowbridge.start(plugins.settings())) {
      for (String task : tasks) {
        String[] st = task.split(":");
        for (String method : methods) {
          if (method.equals("fm") && !st[0].equals("gaussian")) continue; // Lipman's path needs a Gaussian source
          List<double[]> rows = new ArrayList<>();
          for (int seed = 0; seed < seeds; seed++) {
            Path dir = out.resolve(st[0] + "-" + st[1] + "/" + method + "/seed" + seed);
            double[] row = finished(dir);
            if (row == null) {
              RunResult r = fb.runner().run(spec(method, st[0], st[1], seed), new RunOptions(dir, false));
              // Path metrics on the fine RK4 grid of the run; the NFE from dopri5 on the saved model.
              RunResult adaptive = fb.runner().evaluate(dir, List.of("sample.solver=dopri5", "sample.solver.rtol=1e-5",
                  "sample.solver.atol=1e-5", "evaluate.metrics=w2"));
              row = new double[] {r.metric("w2"), r.metric("w2_floor"), r.metric("npe"), r.metric("straightness"),
                  adaptive.metric("nfe")};
              Files.writeString(dir.resolve(ROW_FILE), steps + " " + ema + " " + java.util.Arrays.stream(row)
                  .mapToObj(v -> Double.toString(v)).collect(java.util.stream.Collectors.joining(" ")) + "\n");
            }
            rows.add(row);
            System.err.printf(Locale.ROOT, "%s %s seed %d: w2 %.3f npe %.3f dopri5 nfe %d%n", task, method, seed,
                row[0], row[2], (int) row[4]);
          }
          md.append("| ").append(task).append(" | ").append(method);
          for (int k = 0; k < 5; k++) md.append(" | ").append(meanStd(rows, k, k == 4 ? 0 : 3));
          md.append(" |\n");
          Files.createDirectories(out);
          Files.writeString(out.resolve("quality.md"), md.toString()); // partial table survives an interrupted run
        }
      }
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve("quality.md"), md.toString());
    System.out.print(md);
    compose();
    return 0;
  }

  /** One picture per task: the seed-0 trajectories of every method side by side, 400 px each. */
  private void compose() throws java.io.IOException {
    int tile = 400;
    for (String task : tasks) {
      String dir = task.replace(':', '-');
      List<java.awt.image.BufferedImage> tiles = new ArrayList<>();
      for (String method : methods) {
        Path png = out.resolve(dir + "/" + method + "/seed0/trajectories.png");
        if (Files.isRegularFile(png)) tiles.add(javax.imageio.ImageIO.read(png.toFile()));
      }
      if (tiles.isEmpty()) continue;
      var row = new java.awt.image.BufferedImage(tile * tiles.size(), tile, java.awt.image.BufferedImage.TYPE_INT_RGB);
      var g = row.createGraphics();
      g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      for (int i = 0; i < tiles.size(); i++) g.drawImage(tiles.get(i), i * tile, 0, tile, tile, null);
      g.dispose();
      javax.imageio.ImageIO.write(row, "png", out.resolve("trajectories-" + dir + ".png").toFile());
    }
  }

  private io.flowbridge.core.experiment.ExperimentSpec spec(String method, String source, String target, long seed) {
    return ExperimentBuilder.experiment(method + "-" + source + "-" + target)
        .seed(seed)
        .source(source, source.equals("gaussian") ? Map.of("dim", 2) : Map.of())
        .target(target)
        .method(method)
        .model("mlp", Map.of("hidden", List.of(64, 64, 64), "activation", "selu"))
        .train(t -> t.steps(steps).batchSize(256).adam(1e-3).logEvery(1000).ema(ema))
        .sample(s -> s.solver("rk4", Map.of("steps", 100)).count(2000))
        .evaluate(e -> e.w2().npe().straightness().points(2000))
        .build();
  }

  /** Name of the per-run file holding the table row, so an interrupted table resumes where it stopped. */
  static final String ROW_FILE = "quality-row.txt";

  /** The row of a run finished earlier with the same steps and weight averaging, or null if it must (re)run. */
  private double[] finished(Path dir) throws java.io.IOException {
    Path f = dir.resolve(ROW_FILE);
    if (!Files.isRegularFile(f)) return null;
    String[] parts = Files.readString(f).trim().split(" ");
    if (parts.length != 7 || Integer.parseInt(parts[0]) != steps || Double.parseDouble(parts[1]) != ema) return null;
    double[] row = new double[5];
    for (int k = 0; k < 5; k++) row[k] = Double.parseDouble(parts[k + 2]);
    return row;
  }

  private static String meanStd(List<double[]> rows, int k, int digits) {
    double mean = rows.stream().mapToDouble(r -> r[k]).average().orElse(Double.NaN);
    double var = rows.stream().mapToDouble(r -> (r[k] - mean) * (r[k] - mean)).sum() / Math.max(1, rows.size() - 1);
    String f = "%." + digits + "f";
    return rows.size() > 1 ? String.format(Locale.ROOT, f + " ± " + f, mean, Math.sqrt(var)) : String.format(Locale.ROOT, f, mean);
  }
}
