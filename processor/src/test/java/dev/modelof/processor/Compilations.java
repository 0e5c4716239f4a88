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
   * Compiles with every lint warning an error, as generated code must pass. Only {@code
   * processing} is off: javac's "No processor claimed any of these annotations" names the
   * annotations of every source it processes, {@code @Generated} and {@code @Test} of generated
   * code included, whatever the processor.
   */
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

  /** The sources to compile; the runtime comes from the classpath. */
  static List<JavaFileObject> withRuntime(JavaFileObject... sources) {
    return new ArrayList<>(Arrays.asList(sources));
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
