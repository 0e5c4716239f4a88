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
   * Compiles with every lint warning an error, as generated code must pass, and then checks the
   * same sources and the generated ones once more without annotation processing, under every lint
   * category, {@code processing} included.
   *
   * <p>The first compilation leaves out {@code -Xlint:processing}: in every round javac warns "No
   * processor claimed any of these annotations" for the annotations no processor claims, and the
   * generated code carries {@code @Generated} and {@code @Test}, which modelof has no business
   * claiming (see docs/diagnostics.md). The second compilation shows that this warning is all
   * that {@code -Xlint:processing} would add.
   */
  static Compilation strict(JavaFileObject... sources) {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new ModelOfProcessor())
            .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
            .compile(withRuntime(sources));
    if (compilation.status() == Compilation.Status.SUCCESS) {
      assertLintClean(compilation, sources);
    }
    return compilation;
  }

  /** Compiles {@code sources} and what {@code compilation} generated from them, without processors, under every lint. */
  static void assertLintClean(Compilation compilation, JavaFileObject... sources) {
    if (compilation.generatedSourceFiles().isEmpty()) {
      throw new AssertionError("nothing was generated: " + compilation.diagnostics());
    }
    List<JavaFileObject> all = withRuntime(sources);
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        String name = file.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", "").replaceFirst("\\.java$", "").replace('/', '.');
        all.add(JavaFileObjects.forSourceString(name, file.getCharContent(false).toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Compilation again = Compiler.javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(all);
    if (again.status() != Compilation.Status.SUCCESS || !again.diagnostics().isEmpty()) {
      throw new AssertionError("generated code is not clean under -Xlint:all -Werror: " + again.diagnostics());
    }
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

  /** A new instance of class {@code name}, loaded from the class files of {@code compilation}. */
  static Object load(Compilation compilation, String name) throws ReflectiveOperationException {
    return loadClass(compilation, name).getConstructor().newInstance();
  }

  /** Class {@code name}, loaded from the class files of {@code compilation}. */
  static Class<?> loadClass(Compilation compilation, String name) throws ClassNotFoundException {
    ClassLoader loader =
        new ClassLoader(Compilations.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String className) throws ClassNotFoundException {
            String path = className.replace('.', '/') + ".class";
            JavaFileObject file =
                compilation
                    .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, path)
                    .orElseThrow(() -> new ClassNotFoundException(className));
            try (java.io.InputStream in = file.openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(className, bytes, 0, bytes.length);
            } catch (IOException e) {
              throw new ClassNotFoundException(className, e);
            }
          }
        };
    return loader.loadClass(name);
  }

  /**
   * Compiles {@code library} without processors into class files under {@code classes}, and returns
   * a class path of those and the test's own: the library is then known only from its class files.
   */
  static List<java.io.File> compiledLibrary(java.nio.file.Path classes, JavaFileObject... library) throws IOException {
    Compilation compilation = Compiler.javac().withOptions("-proc:none").compile(library);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError("the library does not compile: " + compilation.diagnostics());
    }
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        java.nio.file.Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
        java.nio.file.Files.createDirectories(target.getParent());
        try (var in = file.openInputStream()) {
          java.nio.file.Files.copy(in, target);
        }
      }
    }
    List<java.io.File> classpath = new ArrayList<>(List.of(classes.toFile()));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    return classpath;
  }

  /** The runtime classes alone, without JUnit: where the runtime jar or directory is. */
  static List<java.io.File> runtimeOnlyClasspath() throws java.net.URISyntaxException {
    java.net.URL runtime = Compilations.class.getClassLoader().getResource("dev/modelof/ModelCheck.class");
    String url = runtime.toString();
    if (url.startsWith("jar:")) {
      return List.of(new java.io.File(new java.net.URI(url.substring(4, url.indexOf("!/")))));
    }
    return List.of(new java.io.File(new java.net.URI(url)).getParentFile().getParentFile().getParentFile());
  }
}
