package dev.modelof.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelof.processor.DiagnosticsTest.COUNTER;
import static dev.modelof.processor.DiagnosticsTest.assertOnlyError;
import static dev.modelof.processor.DiagnosticsTest.compile;
import static dev.modelof.processor.DiagnosticsTest.source;
import static dev.modelof.processor.DiagnosticsTest.spec;

import com.google.testing.compile.Compilation;
import dev.modelof.processor.validation.Message;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Linearizable} and {@code @NonAtomic}: what is generated, and each misuse's compile error. */
class ConcurrencyTest {
  private static final JavaFileObject SHARED =
      source(
          "test.SharedCounterSpec",
          """
          package test;

          import dev.modelof.*;

          @ModelOf(Counter.class)
          @Linearizable(threads = 3, calls = 2)
          interface SharedCounterSpec {
            static CounterModel model() {
              return new CounterModel();
            }

            void add(int n);

            @NonAtomic
            int value();
          }
          """);

  private static final JavaFileObject MODEL =
      source(
          "test.CounterModel",
          """
          package test;

          record CounterModel(int[] total) implements SharedCounterSpec {
            CounterModel() {
              this(new int[1]);
            }

            public void add(int n) {
              total[0] += n;
            }

            public int value() {
              return total[0];
            }
          }
          """);

  @Test
  void aLinearizableSpecAlsoGetsALinearizabilityTest() throws IOException {
    Compilation compilation = Compilations.strict(SHARED, MODEL, COUNTER);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.SharedCounterSpecLinearizabilityTest");
    String test = compilation.generatedSourceFile("test.SharedCounterSpecLinearizabilityTest").orElseThrow()
        .getCharContent(false).toString();
    assertThat(test).contains("@Tag(\"concurrency\")");
    assertThat(test).contains("LinearizabilityCheck.run(new SharedCounterSpecMachine());");
    String machine = compilation.generatedSourceFile("test.SharedCounterSpecMachine").orElseThrow()
        .getCharContent(false).toString();
    assertThat(machine).contains("return LinearizabilitySettings.defaults().withThreads(3).withCalls(2);");
    assertThat(machine).contains("public boolean atomic(int index) {\n    return index != 1;\n  }");
    assertThat(machine).contains("public boolean modelHasValueEquality() {\n    return true;\n  }");
  }

  @Test
  void aSpecWithoutLinearizableGetsNoneOfIt() throws IOException {
    Compilation compilation = Compilations.strict(spec("void add(int n);\nint value();"), COUNTER);
    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFile("test.CounterSpecLinearizabilityTest").isPresent()).isFalse();
    String machine = compilation.generatedSourceFile("test.CounterSpecMachine").orElseThrow()
        .getCharContent(false).toString();
    assertThat(machine).doesNotContain("atomic");
    assertThat(machine).doesNotContain("Linearizab");
  }

  @Test
  void fewerThanTwoThreads() {
    JavaFileObject spec = source("test.CounterSpec", """
        package test;

        import dev.modelof.*;

        @ModelOf(Counter.class)
        @Linearizable(threads = 1)
        interface CounterSpec {
          static CounterSpec model() {
            return null;
          }

          void add(int n);
        }
        """);
    assertOnlyError(compile(spec, COUNTER), Message.LINEARIZABLE_SETTING_INVALID, spec, "@Linearizable(threads = 1)");
  }

  @Test
  void linearizableWithoutModelOf() {
    JavaFileObject spec = source("test.CounterSpec", """
        package test;

        import dev.modelof.*;

        @Linearizable
        interface CounterSpec {
          void add(int n);
        }
        """);
    assertOnlyError(compile(spec, COUNTER), Message.LINEARIZABLE_WITHOUT_MODEL_OF, spec, "interface CounterSpec");
  }

  @Test
  void nonAtomicWithoutLinearizable() {
    JavaFileObject spec = spec("void add(int n);\n@NonAtomic\nint value();");
    assertOnlyError(compile(spec, COUNTER), Message.NON_ATOMIC_WITHOUT_LINEARIZABLE, spec, "@NonAtomic");
  }

  @Test
  void nonAtomicOnAStaticMethod() {
    JavaFileObject spec = source("test.CounterSpec", """
        package test;

        import dev.modelof.*;

        @ModelOf(Counter.class)
        @Linearizable
        interface CounterSpec {
          @NonAtomic
          static CounterSpec model() {
            return null;
          }

          void add(int n);
        }
        """);
    assertOnlyError(compile(spec, COUNTER), Message.NON_ATOMIC_NOT_OPERATION, spec, "@NonAtomic");
  }

  @Test
  void nothingCanRunInParallel() {
    JavaFileObject spec = source("test.CounterSpec", """
        package test;

        import dev.modelof.*;

        @ModelOf(Counter.class)
        @Linearizable
        interface CounterSpec {
          static CounterSpec model() {
            return null;
          }

          @NonAtomic
          void add(int n);

          @NonAtomic
          int value();
        }
        """);
    assertOnlyError(compile(spec, COUNTER), Message.NOTHING_PARALLEL, spec, "@Linearizable");
  }
}
