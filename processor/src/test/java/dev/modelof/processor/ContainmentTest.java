package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.processor.validation.Message;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A crash while processing one spec is one error on that spec; the other specs still generate. */
class ContainmentTest {
  static final JavaFileObject BROKEN =
      JavaFileObjects.forSourceString(
          "test.BrokenSpec",
          """
          package test;

          @dev.modelof.ModelOf(Counter.class)
          interface BrokenSpec {
            static BrokenSpec model() {
              return null;
            }

            void add(int n);
          }
          """);

  /** Compiles BrokenSpec, which {@code crash} fails, next to the valid CounterSpec. */
  private static void assertContained(Supplier<Throwable> crash, String described) {
    FilerRecorder processor =
        new FilerRecorder(
            new ModelOfProcessor(
                spec -> {
                  if (spec.getSimpleName().contentEquals("BrokenSpec")) {
                    throw sneaky(crash.get());
                  }
                }));
    JavaFileObject fine = DiagnosticsTest.spec("void add(int n);");
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(BROKEN, fine, DiagnosticsTest.COUNTER);
    assertThat(compilation)
        .hadErrorContaining(
            "[" + Message.INTERNAL_ERROR.id() + "] modelof internal error while processing test.BrokenSpec, please"
                + " report it with this spec attached: " + described)
        .inFile(BROKEN)
        .onLineContaining("interface BrokenSpec");
    assertThat(compilation).hadErrorCount(1);
    assertEquals(
        List.of("test.CounterSpecOp", "test.CounterSpecMachine", "test.CounterSpecModelTest"),
        processor.created().stream().map(FilerRecorder.Created::name).toList());
  }

  @Test
  void runtimeException() {
    assertContained(() -> new IllegalStateException("boom"), "java.lang.IllegalStateException: boom at ");
  }

  @Test
  void stackOverflow() {
    assertContained(StackOverflowError::new, "java.lang.StackOverflowError");
  }

  @Test
  void assertionError() {
    assertContained(() -> new AssertionError("javac"), "java.lang.AssertionError: javac at ");
  }

  /** Throws any throwable from a Consumer, which declares none. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
