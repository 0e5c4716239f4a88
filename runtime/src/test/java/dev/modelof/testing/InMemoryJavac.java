package dev.modelof.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a printed regression test with javac in this JVM, against the test class path, and runs
 * its test method: the proof that what a report prints compiles and fails or passes as it should.
 */
public final class InMemoryJavac {
  private InMemoryJavac() {}

  /** Compiles {@code source} (class {@code className}) and loads it, or fails with javac's messages. */
  public static Class<?> compile(String className, String source) {
    try {
      Path out = Files.createTempDirectory("modelof-regression");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
        JavaFileObject unit = new SimpleJavaFileObject(
            java.net.URI.create("string:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
        List<String> options = new ArrayList<>(List.of(
            "-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-Xlint:all", "-Werror", "-proc:none"));
        boolean ok = javac.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
        if (!ok) {
          throw new AssertionError("the regression test does not compile:\n" + diagnostics.getDiagnostics()
              + "\n" + source);
        }
      }
      URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, InMemoryJavac.class.getClassLoader());
      return loader.loadClass(className);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs the no-argument method {@code name} of a new instance: what it threw, or null. */
  public static Throwable run(Class<?> testClass, String name) {
    try {
      Constructor<?> constructor = testClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      Method method = testClass.getDeclaredMethod(name);
      method.setAccessible(true);
      method.invoke(constructor.newInstance());
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
