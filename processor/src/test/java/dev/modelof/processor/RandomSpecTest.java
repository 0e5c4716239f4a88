package dev.modelof.processor;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.processor.RandomSpecs.Spec;
import dev.modelof.processor.validation.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles a few hundred random specs and checks the promise of docs/diagnostics.md: a spec either
 * compiles with its generated code, or every error is in one of the user's files and carries an id
 * of the catalogue.
 *
 * <p>The build tries the same specs every time, so that it is deterministic; {@code
 * -Dmodelof.random.seed=N} and {@code -Dmodelof.random.count=N} try others. A failure prints the
 * seed, the index and the sources of the spec.
 */
class RandomSpecTest {
  private static final Pattern ID = Pattern.compile("^\\[(\\w+)]");
  private static final Set<String> IDS =
      Arrays.stream(Message.values()).map(Message::id).collect(Collectors.toSet());

  @Test
  void everySpecCompilesOrGetsOnlyCatalogueErrorsInUserFiles() {
    long seed = Long.getLong("modelof.random.seed", 20261203L);
    int count = Integer.getInteger("modelof.random.count", 300);
    int compiled = 0;
    int rejected = 0;
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Spec spec = RandomSpecs.generate(seed, i);
      String problem;
      try {
        List<JavaFileObject> files = files(spec);
        Compilation compilation = compile(files);
        problem = problem(spec, files, compilation);
        if (compilation.status() == Compilation.Status.SUCCESS) {
          compiled++;
        } else {
          rejected++;
        }
      } catch (RuntimeException | Error e) {
        problem = "the compilation threw " + e;
      }
      if (problem != null) {
        String failure =
            "random spec " + i + " (" + (spec.mutation() == null ? "valid" : "mutation: " + spec.mutation()) + "): "
                + problem + "\n" + spec.source();
        System.out.println(failure);
        failures.add(failure);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "random specs: seed %d, %d tried, %d compiled, %d rejected with a catalogue id, %d failed, %d ms%n",
        seed, count, compiled, rejected, failures.size(), millis);
    if (!failures.isEmpty()) {
      fail("seed " + seed + " (-Dmodelof.random.seed=" + seed + "): " + failures.size() + " of " + count
          + " specs broke the promise; the first:\n" + failures.get(0));
    }
  }

  private static List<JavaFileObject> files(Spec spec) {
    return spec.files().stream().map(f -> JavaFileObjects.forSourceString(f.name(), f.code())).toList();
  }

  private static Compilation compile(List<JavaFileObject> files) {
    return Compiler.javac().withProcessors(new ModelOfProcessor()).withOptions("-Xlint:all,-processing").compile(files);
  }

  /** What breaks the promise, or null. */
  private static String problem(Spec spec, List<JavaFileObject> files, Compilation compilation) {
    Set<String> users = files.stream().map(f -> f.toUri().toString()).collect(Collectors.toSet());
    if (compilation.status() == Compilation.Status.SUCCESS) {
      Set<String> generated =
          compilation.generatedSourceFiles().stream().map(f -> f.toUri().toString()).collect(Collectors.toSet());
      if (spec.mustReject()) {
        return "compiled, but docs/annotations.md makes this mutation an error";
      }
      if (generated.stream().noneMatch(uri -> uri.endsWith("Machine.java"))) {
        return "compiled, but no machine was generated";
      }
      for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
        if (warning.getSource() != null && generated.contains(warning.getSource().toUri().toString())) {
          return "a warning in generated code: " + warning;
        }
      }
      return null;
    }
    if (spec.mutation() == null) {
      return "a valid spec was rejected: " + compilation.errors();
    }
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      if (error.getSource() == null) {
        return "an error with no file: " + error;
      }
      if (!users.contains(error.getSource().toUri().toString())) {
        return "an error in generated code: " + error;
      }
      Matcher id = ID.matcher(error.getMessage(null));
      if (id.find() && IDS.contains(id.group(1)) && !id.group(1).equals(Message.INTERNAL_ERROR.id())) {
        continue;
      }
      if (spec.invalidJavaIn() != null && ("/" + error.getSource().toUri().getPath()).endsWith("/" + spec.invalidJavaIn().replace('.', '/') + ".java")) {
        continue;
      }
      return "an error without a catalogue id: " + error;
    }
    return null;
  }
}
