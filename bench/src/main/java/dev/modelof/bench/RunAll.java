package dev.modelof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints the tables of docs/benchmarks.md: {@code bench/run.sh [parts]},
 * where parts are any of {@code throughput engine scaling shrink races javac} (all when none is named), and
 * {@code --quick} shortens the JMH runs for a try-out. JMH's own output goes to
 * {@code bench/target/jmh.log}.
 */
public final class RunAll {
  private RunAll() {}

  public static void main(String[] args) throws RunnerException {
    List<String> parts = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
    boolean quick = List.of(args).contains("--quick");
    boolean all = parts.isEmpty();
    if (all || parts.contains("throughput")) {
      System.out.println("## Throughput: steps per second, generated machine and hand-written loop\n");
      System.out.println(throughput(quick));
    }
    if (all || parts.contains("engine")) {
      System.out.println("## The engine's cost per step, one worker, against a plain loop (CPU time, interleaved)\n");
      System.out.println(engine(quick));
    }
    if (all || parts.contains("scaling")) {
      System.out.println("## Scaling: burn-ins on 1, 2 and all " + Runtime.getRuntime().availableProcessors()
          + " processors' workers\n");
      System.out.println(scaling(quick));
    }
    if (all || parts.contains("shrink")) {
      System.out.println("## Find and shrink: each known bug over " + FindAndShrink.SEEDS + " seeds\n");
      System.out.println(FindAndShrink.run());
    }
    if (all || parts.contains("races")) {
      System.out.println("## Linearizability: runs per second, checker cost, time to find and shrink each race\n");
      System.out.println(RaceBench.run());
    }
    if (all || parts.contains("javac")) {
      System.out.println("## Processor cost: javac in-process, per example spec\n");
      System.out.println(ProcessorCost.run(Paths.get(".")));
    }
  }

  static String throughput(boolean quick) throws RunnerException {
    String log = Paths.get("bench", "target", "jmh.log").toAbsolutePath().toString();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(Throughput.class.getName() + "\\.")
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .output(log);
    if (quick) {
      options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(1));
    } else {
      options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2));
    }
    System.err.println("JMH: the four Throughput benchmarks" + (quick ? ", quick" : "") + "; its log: " + log);
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      byName.put(name.substring(name.lastIndexOf('.') + 1), result);
    }
    Table table = new Table("spec", "runner", "steps/s", "± (99.9%)", "ratio to hand loop", "bytes/step",
        "steps per run", "ratio in CPU time, interleaved");
    for (String spec : List.of("lru", "btree")) {
      String interleaved = interleaved(spec);
      RunResult hand = byName.get(spec + "Hand");
      double handSteps = stepsPerSecond(hand);
      for (String runner : List.of("Generated", "Hand")) {
        RunResult result = byName.get(spec + runner);
        long stepsPerRun = Throughput.stepsPerRun(spec + runner);
        double bytesPerRun = result.getSecondaryResults().get("gc.alloc.rate.norm").getScore();
        org.openjdk.jmh.results.Result<?> steps = result.getSecondaryResults().get("steps");
        table.row(spec.equals("lru") ? "LruCacheSpec" : "BTreeSpec",
            runner.equals("Hand") ? "hand-written loop" : "generated machine",
            String.format("%,.0f", steps.getScore()), String.format("%,.0f", steps.getScoreError()),
            String.format("%.2f", steps.getScore() / handSteps),
            String.format("%.0f", bytesPerRun / stepsPerRun), stepsPerRun,
            runner.equals("Hand") ? "1.00" : interleaved);
      }
    }
    return table.toString();
  }

  /** The ratio {@link Interleaved} finds for {@code spec}, in a JVM of its own. */
  private static String interleaved(String spec) {
    String line = ownJvm(Interleaved.class, spec).get(0);
    return line.substring(line.lastIndexOf(' ') + 1);
  }

  /** {@link EngineCost} of each small system, each in a JVM of its own. */
  static String engine(boolean quick) {
    System.err.println("EngineCost: counter, LRU, sorted-array map" + (quick ? ", quick" : ""));
    Table table = new Table("spec", "modelof steps/CPU s", "plain loop steps/CPU s", "ratio", "target",
        "every try recorded: ratio", "same-calls loop: ratio", "modelof ns/step", "plain ns/step", "same-calls ns/step",
        "engine ns/step (over same calls)", "modelof bytes/step", "plain bytes/step");
    for (String system : List.of("counter", "lru", "sortedmap")) {
      String[] f = ownJvm(EngineCost.class, system, quick ? "--quick" : "").get(0).split(" ");
      double modelofNs = Double.parseDouble(f[4]);
      double sameNs = Double.parseDouble(f[12]);
      boolean counter = system.equals("counter");
      table.row(f[0], String.format("%,.0f", Double.parseDouble(f[1])), String.format("%,.0f", Double.parseDouble(f[2])),
          f[3], counter ? "0.33" : "0.70", f[9], counter ? "(plain)" : f[11], f[4], f[5], counter ? "(plain)" : f[12],
          String.format("%.1f", modelofNs - sameNs), f[6], f[7]);
    }
    return table.toString();
  }

  /** {@link Scaling} of the two examples, each in a JVM of its own. */
  static String scaling(boolean quick) {
    System.err.println("Scaling: LRU, B-tree" + (quick ? ", quick" : ""));
    Table table = new Table("spec", "workers", "steps/s (wall)", "steps/CPU s", "speed-up over 1 worker",
        "per worker (target 0.90)", "bytes/step");
    for (String system : List.of("lru", "btree")) {
      for (String line : ownJvm(Scaling.class, system, quick ? "--quick" : "")) {
        String[] f = line.split(" ");
        int workers = Integer.parseInt(f[1].replace("(all)", ""));
        double speedUp = Double.parseDouble(f[4]);
        table.row(f[0], f[1].replace("(all)", " (all)"), String.format("%,.0f", Double.parseDouble(f[2])),
            String.format("%,.0f", Double.parseDouble(f[3])), f[4], String.format("%.2f", speedUp / workers), f[5]);
      }
    }
    return table.toString();
  }

  /** The lines {@code main} prints, run with {@code args} in a JVM of its own with this one's class path. */
  private static List<String> ownJvm(Class<?> main, String... args) {
    try {
      List<String> command = new java.util.ArrayList<>(List.of(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xms1g", "-Xmx1g",
          "-cp", System.getProperty("java.class.path"), main.getName()));
      for (String arg : args) {
        if (!arg.isEmpty()) {
          command.add(arg);
        }
      }
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " failed");
      }
      return out.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double stepsPerSecond(RunResult result) {
    return result.getSecondaryResults().get("steps").getScore();
  }
}
