package dev.modelof.bench;

import dev.modelof.processor.ModelOfProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor adds to javac: each example's spec and model (as the example has them, in its
 * test sources) compiled in-process with javax.tools, with and without the processor, repeated in
 * one warm JVM; the median of each, in wall time and in this thread's CPU time (javac runs on the
 * calling thread; its CPU time holds when other processes share the machine). The class path is
 * this JVM's, without this module's own classes (which hold the benchmarks' copies of the same
 * specs, already processed).
 */
public final class ProcessorCost {
  private static final int WARM_UP = 40;
  private static final int ROUNDS = 31;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ProcessorCost() {}

  public static void main(String[] args) {
    System.out.print(run(Paths.get(args.length > 0 ? args[0] : ".")));
  }

  /** Compiles each example spec below {@code root} (the repository) and returns the table. */
  static String run(Path root) {
    record Spec(String name, List<Path> files) {}
    Path lru = root.resolve("example-lru/src/test/java/dev/modelof/example/lru");
    Path btree = root.resolve("example-btree/src/test/java/dev/modelof/example/btree");
    List<Spec> specs = List.of(
        new Spec("LruCacheSpec", List.of(lru.resolve("LruCacheSpec.java"), lru.resolve("NaiveLru.java"))),
        new Spec("BTreeSpec", List.of(btree.resolve("BTreeSpec.java"), btree.resolve("TreeMapModel.java"))));
    String classPath = classPath();
    Table table = new Table("spec", "without processor ms", "with processor ms", "processor adds ms",
        "CPU without ms", "CPU with ms", "CPU processor adds ms", "generated lines");
    // javac itself warms up over the first compilations: warm it on every spec in both modes, then
    // measure in interleaved rounds so that any drift touches every column alike
    for (int i = 0; i < WARM_UP; i++) {
      for (Spec spec : specs) {
        compile(spec.files(), classPath, false);
        compile(spec.files(), classPath, true);
      }
    }
    long[][] without = new long[specs.size()][ROUNDS];
    long[][] with = new long[specs.size()][ROUNDS];
    long[][] withoutCpu = new long[specs.size()][ROUNDS];
    long[][] withCpu = new long[specs.size()][ROUNDS];
    int[] generatedLines = new int[specs.size()];
    for (int i = 0; i < ROUNDS; i++) {
      for (int s = 0; s < specs.size(); s++) {
        Compiled plain = compile(specs.get(s).files(), classPath, false);
        without[s][i] = plain.nanos;
        withoutCpu[s][i] = plain.cpuNanos;
        Compiled compiled = compile(specs.get(s).files(), classPath, true);
        with[s][i] = compiled.nanos;
        withCpu[s][i] = compiled.cpuNanos;
        generatedLines[s] = compiled.generatedLines;
      }
    }
    for (int s = 0; s < specs.size(); s++) {
      long medianWithout = FindAndShrink.median(without[s]);
      long medianWith = FindAndShrink.median(with[s]);
      long cpuWithout = FindAndShrink.median(withoutCpu[s]);
      long cpuWith = FindAndShrink.median(withCpu[s]);
      table.row(specs.get(s).name(), Table.millis(medianWithout), Table.millis(medianWith),
          Table.millis(medianWith - medianWithout), Table.millis(cpuWithout), Table.millis(cpuWith),
          Table.millis(cpuWith - cpuWithout), generatedLines[s]);
    }
    return table.toString();
  }

  private record Compiled(long nanos, long cpuNanos, int generatedLines) {}

  private static Compiled compile(List<Path> files, String classPath, boolean process) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = temporary("classes");
    Path generated = temporary("generated");
    try {
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      boolean ok;
      try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, null)) {
        List<String> options = new ArrayList<>(
            List.of("-classpath", classPath, "-d", out.toString(), "-s", generated.toString()));
        if (!process) {
          options.add("-proc:none");
        }
        JavaCompiler.CompilationTask task = javac.getTask(Writer.nullWriter(), fileManager, diagnostics, options, null,
            fileManager.getJavaFileObjectsFromPaths(files));
        if (process) {
          task.setProcessors(List.of(new ModelOfProcessor()));
        }
        ok = task.call();
      }
      long nanos = System.nanoTime() - start;
      long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
      if (!ok) {
        throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
      }
      return new Compiled(nanos, cpuNanos, lines(generated));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(out);
      delete(generated);
    }
  }

  /** This JVM's class path without the directory or jar holding this class. */
  private static String classPath() {
    String own;
    try {
      own = Paths.get(ProcessorCost.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Paths.get(entry).toAbsolutePath().toString().equals(own))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int lines(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      int lines = 0;
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        lines += Files.readAllLines(file).size();
      }
      return lines;
    }
  }

  private static Path temporary(String name) {
    try {
      return Files.createTempDirectory("modelof-bench-" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
