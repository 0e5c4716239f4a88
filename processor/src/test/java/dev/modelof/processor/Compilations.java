package dev.modelof.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles sources with the processor, the way the tests need it. */
final class Compilations {
  private Compilations() {}

  /**
   * Until the runtime ships {@code ModelCheck}, generated tests compile against this stand-in with
   * the same signature.
   */
  private static final JavaFileObject MODEL_CHECK_STAND_IN =
      JavaFileObjects.forSourceString(
          "dev.modelof.ModelCheck",
          """
          package dev.modelof;

          public final class ModelCheck {
            private ModelCheck() {}

            public static void run(Machine<?, ?, ?> machine) {}
          }
          """);

  /** Compiles with every lint warning an error, as generated code must pass. */
  static Compilation strict(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new ModelOfProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(withRuntime(sources));
  }

  /** Compiles for a negative test: errors are expected, warnings do not matter. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new ModelOfProcessor()).compile(withRuntime(sources));
  }

  static List<JavaFileObject> withRuntime(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(Arrays.asList(sources));
    if (Compilations.class.getClassLoader().getResource("dev/modelof/ModelCheck.class") == null) {
      all.add(MODEL_CHECK_STAND_IN);
    }
    return all;
  }

  /** A source file from test resources, such as {@code lru/dev/modelof/example/lru/LruCache.java}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** The text of a generated source file. */
  static String generated(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The runtime classes alone, without JUnit: where the runtime jar or directory is. */
  static List<java.io.File> runtimeOnlyClasspath() throws java.net.URISyntaxException {
    java.net.URL runtime = Compilations.class.getClassLoader().getResource("dev/modelof/Machine.class");
    String url = runtime.toString();
    if (url.startsWith("jar:")) {
      return List.of(new java.io.File(new java.net.URI(url.substring(4, url.indexOf("!/")))));
    }
    return List.of(new java.io.File(new java.net.URI(url)).getParentFile().getParentFile().getParentFile());
  }
}
