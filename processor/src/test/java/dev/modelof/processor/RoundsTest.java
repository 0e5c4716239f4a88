package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.processor.validation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Specs across rounds and next to each other. */
class RoundsTest {
  /** Writes {@code test.Counter} in the first round, as another processor might. */
  static final class CounterWriter extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.modelof.ModelOf");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Counter").openWriter()) {
          out.write(
              "package test; public class Counter { public void add(int n) {} public int value() { return 0; } }");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** Writes one source file in each round, as a chain of processors might: round 1 writes the first. */
  static final class RoundByRoundWriter extends AbstractProcessor {
    private final List<String> sources;
    private int round;

    RoundByRoundWriter(String... sources) {
      this.sources = List.of(sources);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (round < sources.size()) {
        String source = sources.get(round++);
        String name = source.replaceFirst("(?s)^package (\\w+);.*? (?:class|enum|interface) (\\w+).*$", "$1.$2");
        try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          out.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** Notes, once all rounds are over, which of the given types exist. */
  static final class TypeSpy extends AbstractProcessor {
    private final String[] names;

    TypeSpy(String... names) {
      this.names = names;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.modelof.ModelOf");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver()) {
        for (String name : names) {
          if (processingEnv.getElementUtils().getTypeElement(name) != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "present: " + name);
          }
        }
      }
      return false;
    }
  }

  @Test
  void implementationGeneratedInALaterRound() {
    JavaFileObject spec = DiagnosticsTest.spec("void add(int n);\n\nint value();");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CounterWriter(), new ModelOfProcessor())
            .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
            .compile(Compilations.withRuntime(spec));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.CounterSpecMachine");
  }

  /** The parameter type appears in round 2, so the spec waits for round 3. */
  @Test
  void parameterTypeGeneratedTwoRoundsLater() {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.ShelfSpec",
            """
            package test;

            @dev.modelof.ModelOf(Shelf.class)
            interface ShelfSpec {
              static ShelfSpec model() {
                return null;
              }

              void put(Kind kind);
            }
            """);
    JavaFileObject shelf =
        JavaFileObjects.forSourceString("test.Shelf", "package test; public class Shelf { public void put(Kind kind) {} }");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new RoundByRoundWriter("package test; class First {}", "package test; public enum Kind { A, B }"),
                new ModelOfProcessor())
            .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
            .compile(spec, shelf);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ShelfSpecMachine");
  }

  /**
   * The spec mentions nothing generated, but the implementation's superclass is: until it exists
   * the implementation seems to lack {@code add}, so the spec waits for it too.
   */
  @Test
  void implementationSuperclassGeneratedInALaterRound() {
    JavaFileObject counter =
        JavaFileObjects.forSourceString("test.Counter", "package test; public class Counter extends CounterBase {}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new RoundByRoundWriter(
                    "package test; class First {}",
                    "package test; public class CounterBase { public void add(int n) {} }"),
                new ModelOfProcessor())
            .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
            .compile(DiagnosticsTest.spec("void add(int n);"), counter);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.CounterSpecMachine");
  }

  @Test
  void aSpecWithErrorsDoesNotStopTheOthers() {
    JavaFileObject broken =
        JavaFileObjects.forSourceString(
            "test.BrokenSpec",
            """
            package test;

            @dev.modelof.ModelOf(Counter.class)
            interface BrokenSpec {
              static BrokenSpec model() {
                return null;
              }

              void missing();
            }
            """);
    JavaFileObject fine = DiagnosticsTest.spec("void add(int n);");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new ModelOfProcessor(), new TypeSpy("test.CounterSpecMachine", "test.BrokenSpecMachine"))
            .compile(Compilations.withRuntime(broken, fine, DiagnosticsTest.COUNTER));
    assertThat(compilation)
        .hadErrorContaining("[" + Message.IMPL_MISSING_OPERATION.id() + "]")
        .inFile(broken)
        .onLineContaining("void missing();");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadNoteContaining("present: test.CounterSpecMachine");
    assertFalse(
        compilation.notes().stream().anyMatch(n -> n.getMessage(null).contains("present: test.BrokenSpecMachine")));
  }

  @Test
  void twoSpecsWithTheSameGeneratedNames() {
    JavaFileObject nested =
        JavaFileObjects.forSourceString(
            "test.Outer",
            """
            package test;

            class Outer {
              @dev.modelof.ModelOf(Counter.class)
              interface Spec {
                static Spec model() {
                  return null;
                }

                void add(int n);
              }
            }
            """);
    JavaFileObject topLevel =
        JavaFileObjects.forSourceString(
            "test.Outer_Spec",
            """
            package test;

            @dev.modelof.ModelOf(Counter.class)
            interface Outer_Spec {
              static Outer_Spec model() {
                return null;
              }

              void add(int n);
            }
            """);
    Compilation compilation = Compilations.compile(nested, topLevel, DiagnosticsTest.COUNTER);
    assertThat(compilation)
        .hadErrorContaining("[" + Message.CANNOT_WRITE.id() + "] cannot write the generated classes of Outer_Spec")
        .inFile(topLevel)
        .onLineContaining("interface Outer_Spec {");
    assertThat(compilation).hadErrorCount(1);
  }
}
