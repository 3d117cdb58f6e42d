package io.flowbridge.cli;

import io.flowbridge.api.error.FlowbridgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code flowbridge} command. */
@Command(name = "flowbridge", mixinStandardHelpOptions = true, version = "flowbridge 0.1.0",
    description = "Flow matching, optimal-transport couplings and stochastic interpolants on the JVM.",
    subcommands = {RunCommand.class, EvalCommand.class, PluginsCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad input). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      boolean debug = parsed.hasMatchedOption("--debug");
      if (e instanceof FlowbridgeException) {
        cmd.getErr().println("flowbridge: " + e.getMessage());
        if (debug) e.printStackTrace(cmd.getErr());
        return 2;
      }
      cmd.getErr().println("flowbridge: internal error: " + e);
      if (debug) e.printStackTrace(cmd.getErr());
      else cmd.getErr().println("(run again with --debug for the stack trace)");
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
