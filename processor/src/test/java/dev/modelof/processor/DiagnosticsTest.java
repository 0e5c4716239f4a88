package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.processor.validation.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per message of the catalogue: the mistake, the error on the element at fault, and no
 * follow-on errors.
 */
class DiagnosticsTest {
  /** The implementation most specs below test. */
  static final JavaFileObject COUNTER =
      source(
          "test.Counter",
          """
          package test;

          public class Counter {
            public Counter() {}

            public void add(int n) {}

            public int value() {
              return 0;
            }

            public static int twice(int n) {
              return 2 * n;
            }
          }
          """);

  static JavaFileObject source(String name, String code) {
    return JavaFileObjects.forSourceString(name, code);
  }

  /** {@code test.CounterSpec} testing Counter, its model the spec itself, with {@code members}. */
  static JavaFileObject spec(String members) {
    return source(
        "test.CounterSpec",
        """
        package test;

        import dev.modelof.*;

        @ModelOf(Counter.class)
        interface CounterSpec {
          static CounterSpec model() {
            return null;
          }

        %s
        }
        """
            .formatted(members.indent(2)));
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compilations.compile(sources);
  }

  /** Exactly one error, {@code message}, in {@code file} on the line containing {@code line}. */
  static void assertOnlyError(Compilation compilation, Message message, JavaFileObject file, String line) {
    assertThat(compilation).hadErrorContaining("[" + message.id() + "]").inFile(file).onLineContaining(line);
    // code generated for a spec with errors would add errors of its own
    assertThat(compilation).hadErrorCount(1);
  }

  /** {@code test.CounterSpec} inheriting the operations of {@code lib.Puts}. */
  static final JavaFileObject INHERITING_SPEC =
      source(
          "test.CounterSpec",
          """
          package test;

          @dev.modelof.ModelOf(Counter.class)
          interface CounterSpec extends lib.Puts {
            static CounterSpec model() {
              return null;
            }

            int value();
          }
          """);

  /**
   * Compiles {@link #INHERITING_SPEC} and {@link #COUNTER} against {@code lib.Puts}, an interface
   * with {@code members} known only from its class file.
   */
  static Compilation compileExtendingCompiled(java.nio.file.Path classes, String members) throws java.io.IOException {
    JavaFileObject puts =
        source(
            "lib.Puts",
            """
            package lib;

            import dev.modelof.*;

            public interface Puts {
            %s
            }
            """
                .formatted(members.indent(2)));
    return Compiler.javac()
        .withProcessors(new ModelOfProcessor())
        .withClasspath(Compilations.compiledLibrary(classes, puts))
        .compile(INHERITING_SPEC, COUNTER);
  }

  /** The one error is {@code message}, on {@link #INHERITING_SPEC}, saying it is about {@code what} of lib.Puts. */
  static void assertOnlyErrorOnInheritingSpec(Compilation compilation, Message message, String what) {
    assertOnlyError(compilation, message, INHERITING_SPEC, "interface CounterSpec extends");
    assertThat(compilation).hadErrorContaining("(in " + what + " of lib.Puts, which CounterSpec inherits)");
  }

  @Nested
  class TheSpec {
    @Test
    void notAnInterface() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              abstract class CounterSpec {}
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.MODEL_OF_NOT_INTERFACE, spec, "abstract class CounterSpec");
      assertThat(compilation).hadErrorContaining("declare it as `interface CounterSpec`");
    }

    @Test
    void generic() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              interface CounterSpec<T> {
                static CounterSpec<String> model() {
                  return null;
                }

                void add(int n);
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.SPEC_GENERIC, spec, "interface CounterSpec<T>");
    }

    @Test
    void privateNested() {
      JavaFileObject spec =
          source(
              "test.Outer",
              """
              package test;

              class Outer {
                @dev.modelof.ModelOf(Counter.class)
                private interface CounterSpec {
                  static CounterSpec model() {
                    return null;
                  }

                  void add(int n);
                }
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.SPEC_PRIVATE, spec, "private interface CounterSpec");
    }

    @Test
    void parameterTypeNotAccessible() {
      JavaFileObject outer =
          source(
              "test.Outer",
              """
              package test;

              public class Outer {
                private enum K { A, B }

                public static class Impl {
                  public void put(K k) {}
                }

                @dev.modelof.ModelOf(Impl.class)
                interface Spec {
                  static Spec model() {
                    return null;
                  }

                  void put(K k);
                }
              }
              """);
      Compilation compilation = compile(outer);
      assertOnlyError(compilation, Message.TYPE_NOT_ACCESSIBLE, outer, "void put(K k);");
      assertThat(compilation).hadErrorContaining("K, the type of parameter k, cannot be named in package test");
    }

    @Test
    void implementationNotAccessible() {
      JavaFileObject outer =
          source(
              "test.Outer",
              """
              package test;

              public class Outer {
                private static class Impl {
                  public void put(int k) {}
                }

                @dev.modelof.ModelOf(Impl.class)
                interface Spec {
                  static Spec model() {
                    return null;
                  }

                  void put(int k);
                }
              }
              """);
      Compilation compilation = compile(outer);
      assertOnlyError(compilation, Message.TYPE_NOT_ACCESSIBLE, outer, "@dev.modelof.ModelOf(Impl.class)");
      assertThat(compilation).hadErrorContaining("Impl, the implementation under test, cannot be named");
    }

    @Test
    void modelTypeNotAccessible() {
      JavaFileObject outer =
          source(
              "test.Outer",
              """
              package test;

              public class Outer {
                private static class Model implements Spec {
                  public void add(int n) {}
                }

                @dev.modelof.ModelOf(Counter.class)
                interface Spec {
                  static Model model() {
                    return new Model();
                  }

                  void add(int n);
                }
              }
              """);
      Compilation compilation = compile(outer, COUNTER);
      assertOnlyError(compilation, Message.TYPE_NOT_ACCESSIBLE, outer, "static Model model()");
    }

    @Test
    void resultTypeArgumentNotAccessible() {
      JavaFileObject outer =
          source(
              "test.Outer",
              """
              package test;

              import java.util.List;

              public class Outer {
                private record Entry(int n) {}

                public static class Impl {
                  public List<Entry> entries() {
                    return List.of();
                  }
                }

                @dev.modelof.ModelOf(Impl.class)
                interface Spec {
                  static Spec model() {
                    return null;
                  }

                  List<Entry> entries();
                }
              }
              """);
      Compilation compilation = compile(outer);
      assertOnlyError(compilation, Message.TYPE_NOT_ACCESSIBLE, outer, "List<Entry> entries();");
      assertThat(compilation).hadErrorContaining("List<Entry>, the result of operation entries, cannot be named");
    }

    @Test
    void triesNotPositive() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(value = Counter.class, tries = 0)
              interface CounterSpec {
                static CounterSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.SETTINGS_INVALID, spec, "tries = 0");
      assertThat(compilation).hadErrorContaining("@ModelOf(tries = 0) is invalid: it must be at least 1");
    }

    // " ": the runtime reads a blank seed as a mistake, not as "no seed"; so does the processor.
    // Arabic-Indic digits: Long.parseLong takes them, but a seed is written as the report prints it
    @ParameterizedTest
    @ValueSource(strings = {"0xZZ", " ", "\u0664\u0662", "0x\u0664\u0662"})
    void seedNotANumber(String seed) {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(value = Counter.class, seed = "%s")
              interface CounterSpec {
                static CounterSpec model() {
                  return null;
                }

                void add(int n);
              }
              """.formatted(seed));
      assertOnlyError(compile(spec, COUNTER), Message.SETTINGS_INVALID, spec, "seed = \"" + seed + "\"");
    }

    @Test
    void timeoutNotADuration() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(value = Counter.class, timeout = "5 seconds")
              interface CounterSpec {
                static CounterSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.SETTINGS_INVALID, spec, "timeout = \"5 seconds\"");
      assertThat(compilation)
          .hadErrorContaining(
              "@ModelOf(timeout = \"5 seconds\") is invalid: write a whole number with a unit (500ms, 30s, 2m, 1h)"
                  + " or an ISO-8601 duration (PT1M30S), longer than zero, or off for no limit; leave it out for the"
                  + " default, 10s");
    }

    @Test
    void timeoutZero() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(value = Counter.class, timeout = "0ms")
              interface CounterSpec {
                static CounterSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.SETTINGS_INVALID, spec, "timeout = \"0ms\"");
      assertThat(compilation).hadErrorContaining("longer than zero, or off for no limit");
    }

    @Test
    void noOperations() {
      JavaFileObject spec = spec("");
      assertOnlyError(compile(spec, COUNTER), Message.NO_OPERATIONS, spec, "interface CounterSpec");
    }
  }

  @Nested
  class ModelFactories {
    /** javac reports the model class too; the processor's error keeps the generated call out. */
    @Test
    void modelMissingOperation() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              interface CounterSpec {
                static CounterModel model() {
                  return new CounterModel();
                }

                void add(int n);

                int value();
              }
              """);
      JavaFileObject model =
          source(
              "test.CounterModel",
              """
              package test;

              class CounterModel implements CounterSpec {
                public void add(int n) {}
              }
              """);
      Compilation compilation = compile(spec, model, COUNTER);
      assertOnlyError(compilation, Message.MODEL_MISSING_OPERATION, model, "class CounterModel implements");
      assertThat(compilation).hadErrorContaining("implement value() in CounterModel");
    }

    @Test
    void none() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              interface CounterSpec {
                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.NO_MODEL_FACTORY, spec, "interface CounterSpec");
      assertThat(compilation).hadErrorContaining("static MyModel model() { return new MyModel(); }");
    }

    @Test
    void generic() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              interface CounterSpec {
                static <T extends CounterSpec> T model() {
                  return null;
                }

                static <T> CounterSpec other(T seed) {
                  return null;
                }

                static CounterSpec plain() {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.FACTORY_GENERIC, spec, "static <T> CounterSpec other(T seed)");
    }

    @Test
    void notImplementingTheSpec() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              interface CounterSpec {
                static StringBuilder model() {
                  return new StringBuilder();
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.MODEL_FACTORY_NOT_SPEC, spec, "static StringBuilder model()");
      assertThat(compilation).hadErrorContaining("make StringBuilder implement CounterSpec");
    }
  }

  @Nested
  class TheImplementation {
    @Test
    void notAClass() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(int.class)
              interface CounterSpec {
                static CounterSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      assertOnlyError(compile(spec), Message.IMPL_NOT_CLASS, spec, "@dev.modelof.ModelOf(int.class)");
    }

    static final JavaFileObject BOX =
        source(
            "test.Box",
            """
            package test;

            public class Box<T> {
              public void add(int n) {}
            }
            """);

    @Test
    void genericWithoutFactory() {
      JavaFileObject spec =
          source(
              "test.BoxSpec",
              """
              package test;

              @dev.modelof.ModelOf(Box.class)
              interface BoxSpec {
                static BoxSpec model(int size) {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, BOX);
      assertOnlyError(compilation, Message.IMPL_GENERIC_NEEDS_FACTORY, spec, "@dev.modelof.ModelOf(Box.class)");
      assertThat(compilation)
          .hadErrorContaining("add a static impl factory returning the type to test to BoxSpec, e.g."
              + " `static Box<Integer> impl(int size)`");
    }

    /**
     * Methods that take or return the type parameter ({@code ArrayDeque<E>.addFirst(E)}) are not
     * checked without the factory: each would only repeat the missing type arguments as a mismatch.
     */
    @Test
    void genericWithoutFactoryIsTheOnlyErrorWhereMethodsUseTheTypeParameter() {
      JavaFileObject holder =
          source(
              "test.Holder",
              """
              package test;

              public class Holder<T> {
                public void put(T item) {}

                public T take() {
                  return null;
                }
              }
              """);
      JavaFileObject spec =
          source(
              "test.HolderSpec",
              """
              package test;

              @dev.modelof.ModelOf(Holder.class)
              interface HolderSpec {
                static HolderSpec model() {
                  return null;
                }

                void put(Integer item);

                Integer take();
              }
              """);
      assertOnlyError(compile(spec, holder), Message.IMPL_GENERIC_NEEDS_FACTORY, spec, "@dev.modelof.ModelOf(Holder.class)");
    }

    @Test
    void genericWithoutMatchingFactory() {
      JavaFileObject spec =
          source(
              "test.BoxSpec",
              """
              package test;

              @dev.modelof.ModelOf(Box.class)
              interface BoxSpec {
                static BoxSpec model(int size) {
                  return null;
                }

                static Box<Integer> impl() {
                  return new Box<>();
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, BOX);
      assertOnlyError(compilation, Message.IMPL_NO_FACTORY, spec, "static BoxSpec model(int size)");
      assertThat(compilation)
          .hadErrorContaining("no impl factory builds a Box<Integer> from (int) like model factory model;"
              + " add `static Box<Integer> impl(int size)` to BoxSpec");
    }

    @Test
    void factoriesReturningDifferentTypes() {
      JavaFileObject spec =
          source(
              "test.BoxSpec",
              """
              package test;

              @dev.modelof.ModelOf(Box.class)
              interface BoxSpec {
                static BoxSpec model() {
                  return null;
                }

                static Box<Integer> impl() {
                  return new Box<>();
                }

                static Box<String> other(int unused) {
                  return new Box<>();
                }

                void add(int n);
              }
              """);
      assertOnlyError(compile(spec, BOX), Message.IMPL_FACTORY_TYPES_DIFFER, spec, "static Box<String> other");
    }

    @Test
    void abstractWithoutFactory() {
      JavaFileObject impl =
          source(
              "test.Shape",
              """
              package test;

              public abstract class Shape {
                public void add(int n) {}
              }
              """);
      JavaFileObject spec =
          source(
              "test.ShapeSpec",
              """
              package test;

              @dev.modelof.ModelOf(Shape.class)
              interface ShapeSpec {
                static ShapeSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, impl);
      assertOnlyError(compilation, Message.IMPL_ABSTRACT_NEEDS_FACTORY, spec, "@dev.modelof.ModelOf(Shape.class)");
      assertThat(compilation).hadErrorContaining("Shape is abstract");
    }

    @Test
    void innerClassWithoutFactory() {
      JavaFileObject impl =
          source(
              "test.Outer",
              """
              package test;

              public class Outer {
                public class Inner {
                  public void add(int n) {}
                }
              }
              """);
      JavaFileObject spec =
          source(
              "test.InnerSpec",
              """
              package test;

              @dev.modelof.ModelOf(Outer.Inner.class)
              interface InnerSpec {
                static InnerSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, impl);
      assertOnlyError(compilation, Message.IMPL_ABSTRACT_NEEDS_FACTORY, spec, "@dev.modelof.ModelOf(Outer.Inner.class)");
      assertThat(compilation).hadErrorContaining("Inner is an inner (non-static) class");
    }

    @Test
    void noMatchingConstructor() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              interface CounterSpec {
                static CounterSpec model(String name) {
                  return null;
                }

                void add(int n);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.IMPL_NO_CONSTRUCTOR, spec, "static CounterSpec model(String name)");
      assertThat(compilation)
          .hadErrorContaining(
              "Counter has no public constructor Counter(String) to build it like model factory model;"
                  + " add one, or a static impl factory `static Counter impl(String name)` to CounterSpec");
    }

    @Test
    void missingOperation() {
      JavaFileObject spec = spec("void put(int key, int value);");
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.IMPL_MISSING_OPERATION, spec, "void put(int key, int value);");
      assertThat(compilation)
          .hadErrorContaining(
              "Counter has no method put(int, int); add one, or a static adapter"
                  + " `static void put(Counter impl, int key, int value)` to CounterSpec");
    }

    /**
     * An operation inherited from an interface known only from its class file (from a jar, say)
     * has no line to point at: the error goes on the spec, and names the operation and the interface.
     */
    @Test
    void missingOperationOfACompiledInterface(@org.junit.jupiter.api.io.TempDir java.nio.file.Path classes)
        throws java.io.IOException {
      Compilation compilation = compileExtendingCompiled(classes, "void put(int key, int value);");
      assertOnlyErrorOnInheritingSpec(compilation, Message.IMPL_MISSING_OPERATION, "put(int, int)");
      assertThat(compilation).hadErrorContaining("Counter has no method put(int, int)");
    }

    @Test
    void operationWithOtherParameters() {
      JavaFileObject spec = spec("void add(String text);");
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.IMPL_OPERATION_PARAMETERS, spec, "void add(String text);");
      assertThat(compilation).hadErrorContaining("Counter has add(int), which does not take the parameters of"
          + " operation add(String)");
    }

    @Test
    void operationNotPublic() {
      JavaFileObject impl =
          source(
              "other.Hidden",
              """
              package other;

              public class Hidden {
                public Hidden() {}

                void add(int n) {}
              }
              """);
      JavaFileObject spec =
          source(
              "test.HiddenSpec",
              """
              package test;

              @dev.modelof.ModelOf(other.Hidden.class)
              interface HiddenSpec {
                static HiddenSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      assertOnlyError(compile(spec, impl), Message.IMPL_OPERATION_NOT_PUBLIC, spec, "void add(int n);");
    }

    @Test
    void operationAmbiguous() {
      JavaFileObject impl =
          source(
              "test.Pair",
              """
              package test;

              public class Pair {
                public void put(Integer a, long b) {}

                public void put(long a, Integer b) {}
              }
              """);
      JavaFileObject spec =
          source(
              "test.PairSpec",
              """
              package test;

              @dev.modelof.ModelOf(Pair.class)
              interface PairSpec {
                static PairSpec model() {
                  return null;
                }

                void put(int a, int b);
              }
              """);
      Compilation compilation = compile(spec, impl);
      assertOnlyError(compilation, Message.IMPL_OPERATION_AMBIGUOUS, spec, "void put(int a, int b);");
      assertThat(compilation).hadErrorContaining("none of put(Integer, long), put(long, Integer) is more specific");
    }

    @Test
    void operationStatic() {
      JavaFileObject spec = spec("int twice(int n);");
      assertOnlyError(compile(spec, COUNTER), Message.IMPL_OPERATION_STATIC, spec, "int twice(int n);");
    }

    @Test
    void resultNotComparable() {
      JavaFileObject spec = spec("long value();");
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.IMPL_RESULT_INCOMPATIBLE, spec, "long value();");
      assertThat(compilation).hadErrorContaining("Counter.value() returns int, which cannot be compared with the long");
    }

    @Test
    void adapterWithOtherParameters() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              static void add(Counter counter, String text) {}
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.ADAPTER_PARAMETERS, spec, "static void add(Counter counter, String text)");
      assertThat(compilation).hadErrorContaining("declare it as `static void add(Counter impl, int n)`");
    }

    @Test
    void adapterResultNotComparable() {
      JavaFileObject spec =
          spec(
              """
              int value();

              static String value(Counter counter) {
                return "";
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.ADAPTER_RESULT, spec, "static String value(Counter counter)");
    }
  }

  @Nested
  class Operations {
    @ParameterizedTest
    @ValueSource(strings = {"int hashCode();", "String toString();", "boolean equals(Object other);"})
    void objectMethod(String declaration) {
      JavaFileObject spec = spec("void add(int n);\n\n" + declaration);
      assertOnlyError(compile(spec, COUNTER), Message.OPERATION_OBJECT_METHOD, spec, declaration);
    }

    @Test
    void overloaded() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              void add(long n);

              static void add(Counter counter, long n) {}

              void addLong(long n);
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.OPERATION_OVERLOADED, spec, "void addLong(long n);");
      assertThat(compilation).hadErrorContaining("operations add(long) and addLong(long) would both be written as record AddLong");
    }

    @Test
    void nameOfTheOperationType() {
      JavaFileObject spec = spec("void counterSpecOp();");
      assertOnlyError(compile(spec, COUNTER), Message.OPERATION_NAME_TAKEN, spec, "void counterSpecOp();");
    }

    @Test
    void parameterNamedLikeAnObjectMethod() {
      JavaFileObject spec = spec("void add(int hashCode);");
      assertOnlyError(compile(spec, COUNTER), Message.PARAMETER_NAME_RESERVED, spec, "void add(int hashCode);");
    }

    @Test
    void inheritedFromGenericInterface() {
      JavaFileObject base =
          source(
              "test.Adds",
              """
              package test;

              interface Adds<T> {
                void add(T n);
              }
              """);
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(Counter.class)
              interface CounterSpec extends Adds<Integer> {
                static CounterSpec model() {
                  return null;
                }

                int value();
              }
              """);
      Compilation compilation = compile(spec, base, COUNTER);
      assertOnlyError(compilation, Message.OPERATION_INHERITED_GENERIC, spec, "interface CounterSpec extends");
      assertThat(compilation).hadErrorContaining("redeclare add(T) in CounterSpec with concrete types");
    }

    @Test
    void generic() {
      JavaFileObject spec = spec("<T> void add(T n);");
      assertOnlyError(compile(spec, COUNTER), Message.OPERATION_GENERIC, spec, "<T> void add(T n);");
    }

    @Test
    void weightNotPositive() {
      JavaFileObject spec =
          spec(
              """
              @Weight(0)
              void add(int n);
              """);
      assertOnlyError(compile(spec, COUNTER), Message.WEIGHT_NOT_POSITIVE, spec, "@Weight(0)");
    }

    @Test
    void refOnVoid() {
      JavaFileObject spec =
          spec(
              """
              @Ref
              void add(int n);
              """);
      assertOnlyError(compile(spec, COUNTER), Message.REF_ON_VOID, spec, "@Ref");
    }

    @Test
    void refNotOnOperation() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              @Ref
              default int handle() {
                return 0;
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.REF_NOT_OPERATION, spec, "@Ref");
    }

    @Test
    void boundsBesideFrom() {
      JavaFileObject generator =
          source(
              "test.Amounts",
              """
              package test;

              import dev.modelof.Gen;
              import dev.modelof.Source;

              public final class Amounts implements Gen<Integer> {
                @Override
                public Integer generate(Source source) {
                  return source.nextInt(10);
                }
              }
              """);
      JavaFileObject spec =
          spec(
              """
              void add(@From(Amounts.class) @Range(min = 0, max = 5) int n);
              """);
      Compilation compilation = compile(spec, COUNTER, generator);
      assertOnlyError(compilation, Message.BOUNDS_BESIDE_FROM, spec, "void add(");
      assertThat(compilation).hadErrorContaining(
          "@Range on parameter n does nothing beside @From(Amounts), whose generator alone decides the values");
    }

    @Test
    void refTypesThatShareAClass() {
      JavaFileObject impl =
          source(
              "test.Boxes",
              """
              package test;

              import java.util.List;

              public class Boxes {
                public List<Integer> numbers() {
                  return List.of();
                }

                public List<String> names() {
                  return List.of();
                }
              }
              """);
      JavaFileObject spec =
          source(
              "test.BoxesSpec",
              """
              package test;

              import dev.modelof.*;
              import java.util.List;

              @ModelOf(Boxes.class)
              public interface BoxesSpec {
                static Model model() {
                  return new Model();
                }

                @Ref
                List<Integer> numbers();

                @Ref
                List<String> names();

                final class Model implements BoxesSpec {
                  public List<Integer> numbers() {
                    return List.of();
                  }

                  public List<String> names() {
                    return List.of();
                  }
                }
              }
              """);
      Compilation compilation = compile(spec, impl);
      assertOnlyError(compilation, Message.REF_TYPES_SHARE_CLASS, spec, "List<String> names();");
      assertThat(compilation).hadErrorContaining(
          "@Ref operations numbers and names return List<Integer> and List<String>, one class at run time");
    }

    @Test
    void fluentResult() {
      JavaFileObject spec =
          source(
              "test.BuilderSpec",
              """
              package test;

              @dev.modelof.ModelOf(StringBuilder.class)
              interface BuilderSpec {
                static BuilderSpec model() {
                  return null;
                }

                StringBuilder append(String text);
              }
              """);
      Compilation compilation = compile(spec);
      assertOnlyError(compilation, Message.FLUENT_RESULT, spec, "StringBuilder append(String text);");
      assertThat(compilation).hadErrorContaining("declare `void append(...)` in the spec");
    }

    @Test
    void resultComparedByIdentity() {
      JavaFileObject impl =
          source(
              "test.Builder",
              """
              package test;

              public class Builder {
                public StringBuilder append(String text) {
                  return new StringBuilder(text);
                }
              }
              """);
      JavaFileObject spec =
          source(
              "test.BuilderSpec",
              """
              package test;

              @dev.modelof.ModelOf(Builder.class)
              interface BuilderSpec {
                static BuilderSpec model() {
                  return null;
                }

                StringBuilder append(String text);
              }
              """);
      Compilation compilation = compile(spec, impl);
      assertOnlyError(compilation, Message.RESULT_IDENTITY, spec, "StringBuilder append(String text);");
      assertThat(compilation).hadErrorContaining("operation append returns StringBuilder, whose equals is Object's");
      assertThat(compilation).hadErrorContaining("@Compare(\"method\")");
      assertThat(compilation).hadErrorContaining("declare it void");
    }

    @Test
    void weightNotOnOperation() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              @Weight(2)
              default int twice() {
                return 0;
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.WEIGHT_NOT_OPERATION, spec, "@Weight(2)");
    }

    static final JavaFileObject FILES =
        source(
            "test.Files",
            """
            package test;

            public class Files {
              public Integer open() {
                return 0;
              }

              public void close(Integer file) {}
            }
            """);

    @Test
    void boundsOnHandle() {
      JavaFileObject spec =
          source(
              "test.FilesSpec",
              """
              package test;

              import dev.modelof.*;

              @ModelOf(Files.class)
              interface FilesSpec {
                static FilesSpec model() {
                  return null;
                }

                @Ref
                Integer open();

                void close(@Range(min = 0, max = 3) Integer file);
              }
              """);
      Compilation compilation = compile(spec, FILES);
      assertOnlyError(compilation, Message.GENERATOR_ON_HANDLE, spec, "void close(@Range(min = 0, max = 3) Integer file);");
      assertThat(compilation).hadErrorContaining("@Range on parameter file, which receives a handle of a @Ref operation");
    }

    @Test
    void freshOnHandle() {
      JavaFileObject spec =
          source(
              "test.FilesSpec",
              """
              package test;

              import dev.modelof.*;

              @ModelOf(Files.class)
              interface FilesSpec {
                static FilesSpec model() {
                  return null;
                }

                @Ref
                Integer open();

                void close(@Fresh Integer file);
              }
              """);
      assertOnlyError(compile(spec, FILES), Message.FRESH_ON_HANDLE, spec, "void close(@Fresh Integer file);");
    }
  }

  @Nested
  class Preconditions {
    @Test
    void unknownMethod() {
      JavaFileObject spec =
          spec(
              """
              @Requires("positive")
              void add(int n);
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.REQUIRES_UNKNOWN, spec, "@Requires(\"positive\")");
      assertThat(compilation)
          .hadErrorContaining(
              "names no method of the model CounterSpec; add `boolean positive()` (or `boolean positive(int n)`");
    }

    @Test
    void unknownMethodOnOperationOfACompiledInterface(@org.junit.jupiter.api.io.TempDir java.nio.file.Path classes)
        throws java.io.IOException {
      Compilation compilation = compileExtendingCompiled(classes, "@Requires(\"positive\")\nvoid add(int n);");
      assertOnlyErrorOnInheritingSpec(compilation, Message.REQUIRES_UNKNOWN, "add(int)");
    }

    @Test
    void notBoolean() {
      JavaFileObject spec =
          spec(
              """
              @Requires("positive")
              void add(int n);

              default int positive() {
                return 1;
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.REQUIRES_NOT_BOOLEAN, spec, "@Requires(\"positive\")");
    }

    @Test
    void throwsCheckedException() {
      JavaFileObject spec =
          spec(
              """
              @Requires("ready")
              void add(int n);

              default boolean ready() throws java.io.IOException {
                return true;
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.REQUIRES_THROWS, spec, "@Requires(\"ready\")");
      assertThat(compilation).hadErrorContaining("names CounterSpec.ready(), which throws IOException");
    }

    @Test
    void otherParameters() {
      JavaFileObject spec =
          spec(
              """
              @Requires("allowed")
              void add(int n);

              default boolean allowed(String text) {
                return true;
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.REQUIRES_PARAMETERS, spec, "@Requires(\"allowed\")");
      assertThat(compilation).hadErrorContaining("`boolean allowed()` or `boolean allowed(int n)`");
    }

    @Test
    void notOnOperation() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              @Requires("ok")
              default boolean ok() {
                return true;
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.REQUIRES_NOT_OPERATION, spec, "@Requires(\"ok\")");
    }
  }

  @Nested
  class ModelValues {
    @Test
    void unknownMethod() {
      JavaFileObject spec = spec("void add(@FromModel(\"amounts\") int n);");
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.FROM_MODEL_UNKNOWN, spec, "void add(@FromModel(\"amounts\") int n);");
      assertThat(compilation).hadErrorContaining("add `Collection<Integer> amounts()` to CounterSpec");
    }

    @Test
    void takingArgumentsIsUnknown() {
      JavaFileObject spec =
          spec(
              """
              void add(@FromModel("amounts") int n);

              default java.util.List<Integer> amounts(int max) {
                return java.util.List.of();
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.FROM_MODEL_UNKNOWN, spec, "void add(@FromModel");
    }

    @Test
    void notACollectionOfTheParameterType() {
      JavaFileObject spec =
          spec(
              """
              void add(@FromModel("amounts") int n);

              default java.util.List<String> amounts() {
                return java.util.List.of();
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.FROM_MODEL_NOT_COLLECTION, spec, "void add(@FromModel");
      assertThat(compilation).hadErrorContaining("names CounterSpec.amounts(), which returns List<String>");
    }

    @Test
    void throwsCheckedException() {
      JavaFileObject spec =
          spec(
              """
              void add(@FromModel("amounts") int n);

              default java.util.Set<Integer> amounts() throws java.io.IOException {
                return java.util.Set.of();
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.FROM_MODEL_THROWS, spec, "void add(@FromModel");
    }

    @Test
    void percentOutOfRange() {
      JavaFileObject spec =
          spec(
              """
              void add(@FromModel(value = "amounts", percent = 0) int n);

              default java.util.Set<Integer> amounts() {
                return java.util.Set.of();
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.FROM_MODEL_PERCENT, spec, "void add(@FromModel");
    }

    @Test
    void withFresh() {
      JavaFileObject spec =
          spec(
              """
              void add(@Fresh @FromModel("amounts") int n);

              default java.util.Set<Integer> amounts() {
                return java.util.Set.of();
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.FROM_MODEL_FRESH, spec, "void add(@Fresh @FromModel");
    }

    @Test
    void onAModelFactory() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              import dev.modelof.*;

              @ModelOf(Counter.class)
              interface CounterSpec {
                static CounterSpec model(@FromModel("amounts") int start) {
                  return null;
                }

                static Counter impl(int start) {
                  return new Counter();
                }

                void add(int n);

                default java.util.Set<Integer> amounts() {
                  return java.util.Set.of();
                }
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.FROM_MODEL_NOT_OPERATION, spec, "static CounterSpec model(");
    }
  }

  @Nested
  class Comparisons {
    @Test
    void compareNamesNoMethodTakingTheResults() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              @Compare("same")
              int value();

              static boolean same(String model, String impl) {
                return model.equals(impl);
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.COMPARE_UNKNOWN, spec, "@Compare(\"same\")");
      assertThat(compilation).hadErrorContaining("add `static boolean same(int model, int impl)` to CounterSpec");
    }

    @Test
    void compareOnAnOperationWithoutResult() {
      JavaFileObject spec =
          spec(
              """
              @Compare("same")
              void add(int n);

              int value();

              static boolean same(int model, int impl) {
                return model == impl;
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.COMPARE_WITHOUT_RESULT, spec, "@Compare(\"same\")");
      assertThat(compilation).hadErrorContaining("@Compare on add, which returns nothing");
    }
  }

  @Nested
  class Invariants {
    @Test
    void badSignature() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              @Invariant
              static int check(Counter counter) {
                return 0;
              }
              """);
      Compilation compilation = compile(spec, COUNTER);
      assertOnlyError(compilation, Message.INVARIANT_SIGNATURE, spec, "static int check(Counter counter)");
      assertThat(compilation).hadErrorContaining("e.g. `static boolean check(Counter impl)`");
    }

    /** A Boolean that is null would fail as a NullPointerException in the machine, not as the invariant. */
    @Test
    void returnsBooleanBox() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              @Invariant
              static Boolean check(Counter counter) {
                return true;
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.INVARIANT_SIGNATURE, spec, "static Boolean check(Counter counter)");
    }

    @Test
    void notStatic() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              @Invariant
              boolean check(Counter counter);
              """);
      assertOnlyError(compile(spec, COUNTER), Message.INVARIANT_SIGNATURE, spec, "boolean check(Counter counter);");
    }
  }

  @Nested
  class Parameters {
    static final JavaFileObject TAKER =
        source(
            "test.Taker",
            """
            package test;

            public class Taker {
              public void take(Runnable r) {}

              public void number(int n) {}

              public void text(String s) {}

              public void any(Object o) {}
            }
            """);

    static JavaFileObject takerSpec(String members) {
      return source(
          "test.TakerSpec",
          """
          package test;

          import dev.modelof.*;

          @ModelOf(Taker.class)
          interface TakerSpec {
            static TakerSpec model() {
              return null;
            }

          %s
          }
          """
              .formatted(members.indent(2)));
    }

    @Test
    void noGeneratorForObject() {
      JavaFileObject spec = takerSpec("void any(Object o);");
      Compilation compilation = compile(spec, TAKER);
      assertOnlyError(compilation, Message.NO_GENERATOR_FOR_OBJECT, spec, "void any(Object o);");
      assertThat(compilation).hadErrorContaining("no generator for parameter o of type Object: any value is an Object");
    }

    @Test
    void noGenerator() {
      JavaFileObject spec = takerSpec("void take(Runnable r);");
      Compilation compilation = compile(spec, TAKER);
      assertOnlyError(compilation, Message.NO_GENERATOR, spec, "void take(Runnable r);");
      assertThat(compilation)
          .hadErrorContaining(
              "no generator for parameter r of type Runnable; modelof generates primitives and their"
                  + " boxes, String, enums, records, Optional, List, Collection, Iterable, Set, Map and arrays:"
                  + " for other types add @From(G.class) where G implements Gen<Runnable>");
    }

    @Test
    void rangeEmptyOnParameterOfACompiledInterface(@org.junit.jupiter.api.io.TempDir java.nio.file.Path classes)
        throws java.io.IOException {
      Compilation compilation = compileExtendingCompiled(classes, "void add(@Range(min = 5, max = 1) int n);");
      assertOnlyErrorOnInheritingSpec(compilation, Message.RANGE_EMPTY, "parameter arg0 of add(int)");
    }

    @Test
    void rangeNotNumeric() {
      JavaFileObject spec = takerSpec("void text(@Range(min = 1) String s);");
      assertOnlyError(compile(spec, TAKER), Message.RANGE_NOT_NUMERIC, spec, "void text(@Range(min = 1) String s);");
    }

    @Test
    void rangeEmpty() {
      JavaFileObject spec = takerSpec("void number(@Range(min = 5, max = 1) int n);");
      Compilation compilation = compile(spec, TAKER);
      assertOnlyError(compilation, Message.RANGE_EMPTY, spec, "@Range(min = 5, max = 1)");
      assertThat(compilation).hadErrorContaining("@Range(min = 5, max = 1) on parameter n contains no int value");
    }

    @Test
    void rangeWithoutWholeNumber() {
      JavaFileObject spec = takerSpec("void number(@Range(min = 0.2, max = 0.8) int n);");
      assertOnlyError(compile(spec, TAKER), Message.RANGE_EMPTY, spec, "@Range(min = 0.2, max = 0.8)");
    }

    @Test
    void sizeNotSized() {
      JavaFileObject spec = takerSpec("void number(@Size(max = 3) int n);");
      assertOnlyError(compile(spec, TAKER), Message.SIZE_NOT_SIZED, spec, "@Size(max = 3)");
    }

    @Test
    void sizeNegative() {
      JavaFileObject spec = takerSpec("void text(@Size(min = -1) String s);");
      assertOnlyError(compile(spec, TAKER), Message.SIZE_NEGATIVE, spec, "@Size(min = -1)");
    }

    @Test
    void sizeEmpty() {
      JavaFileObject spec = takerSpec("void text(@Size(min = 5, max = 2) String s);");
      assertOnlyError(compile(spec, TAKER), Message.SIZE_EMPTY, spec, "@Size(min = 5, max = 2)");
    }

    static final JavaFileObject NAMES =
        source(
            "test.Names",
            """
            package test;

            import dev.modelof.Gen;
            import dev.modelof.Source;

            public final class Names implements Gen<String> {
              @Override
              public String generate(Source source) {
                return "ann";
              }
            }
            """);

    @Test
    void fromWrongType() {
      JavaFileObject spec = takerSpec("void number(@From(Names.class) int n);");
      Compilation compilation = compile(spec, TAKER, NAMES);
      assertOnlyError(compilation, Message.FROM_NOT_GEN, spec, "@From(Names.class)");
      assertThat(compilation).hadErrorContaining("Names does not implement Gen<Integer>");
    }

    @Test
    void fromWithoutNoArgumentConstructor() {
      JavaFileObject generator =
          source(
              "test.Prefixed",
              """
              package test;

              import dev.modelof.Gen;
              import dev.modelof.Source;

              public final class Prefixed implements Gen<String> {
                private final String prefix;

                public Prefixed(String prefix) {
                  this.prefix = prefix;
                }

                @Override
                public String generate(Source source) {
                  return prefix;
                }
              }
              """);
      JavaFileObject spec = takerSpec("void text(@From(Prefixed.class) String s);");
      assertOnlyError(compile(spec, TAKER, generator), Message.FROM_NO_CONSTRUCTOR, spec, "@From(Prefixed.class)");
    }

    @Test
    void fromConstructorThrows() {
      JavaFileObject generator =
          source(
              "test.Lines",
              """
              package test;

              import dev.modelof.Gen;
              import dev.modelof.Source;

              public final class Lines implements Gen<String> {
                public Lines() throws java.io.IOException {}

                @Override
                public String generate(Source source) {
                  return "";
                }
              }
              """);
      JavaFileObject spec = takerSpec("void text(@From(Lines.class) String s);");
      Compilation compilation = compile(spec, TAKER, generator);
      assertOnlyError(compilation, Message.FROM_CONSTRUCTOR_THROWS, spec, "@From(Lines.class)");
      assertThat(compilation).hadErrorContaining("the constructor Lines() throws IOException");
    }

    @Test
    void annotationOnAParameterThatIsNotGenerated() {
      JavaFileObject spec =
          takerSpec(
              """
              void number(int n);

              static void number(Taker taker, @Range(min = 0, max = 9) int n) {
                taker.number(n);
              }
              """);
      Compilation compilation = compile(spec, TAKER);
      assertOnlyError(compilation, Message.PARAMETER_NOT_GENERATED, spec, "static void number(Taker taker, @Range");
      assertThat(compilation)
          .hadErrorContaining("@Range on parameter n of adapter number, whose arguments modelof does not generate");
    }

    @Test
    void annotationOnAnImplFactoryParameter() {
      JavaFileObject spec =
          source(
              "test.TakerSpec",
              """
              package test;

              import dev.modelof.*;

              @ModelOf(Taker.class)
              interface TakerSpec {
                static TakerSpec model(@Range(min = 1, max = 4) int size) {
                  return null;
                }

                static Taker impl(@Range(min = 1, max = 4) int size) {
                  return new Taker();
                }

                void number(int n);
              }
              """);
      Compilation compilation = compile(spec, TAKER);
      assertOnlyError(compilation, Message.PARAMETER_NOT_GENERATED, spec, "static Taker impl(");
      assertThat(compilation).hadErrorContaining("@Range on parameter size of impl factory impl");
    }
  }

  /**
   * Problems inside the type of a parameter: a type argument, an array's element type, a record's
   * component. They are reported on the parameter, and the message names the part.
   */
  @Nested
  class PartsOfTypes {
    /** {@code test.ValuesSpec} with one operation, {@code operation}, and a {@code test.Values} that has it. */
    static JavaFileObject valuesSpec(String operation) {
      return source(
          "test.ValuesSpec",
          """
          package test;

          import dev.modelof.*;
          import java.util.*;

          @ModelOf(Values.class)
          interface ValuesSpec {
            static ValuesSpec model() {
              return null;
            }

            %s
          }
          """
              .formatted(operation));
    }

    static JavaFileObject values(String operation) {
      return source(
          "test.Values",
          """
          package test;

          import java.util.*;

          public class Values {
            public %s {}
          }
          """
              .formatted(operation.replaceAll("@\\w+(\\([^)]*\\))? ", "").replace(";", "")));
    }

    static final JavaFileObject JOB =
        source("test.Job", "package test; public record Job(String name, Runnable task) {}");

    @Test
    void noGeneratorForATypeArgument() {
      JavaFileObject spec = valuesSpec("void run(List<Runnable> tasks);");
      Compilation compilation = compile(spec, values("void run(List<Runnable> tasks);"));
      assertOnlyError(compilation, Message.NO_GENERATOR, spec, "void run(List<Runnable> tasks);");
      assertThat(compilation)
          .hadErrorContaining("no generator for type argument Runnable of parameter tasks; modelof generates");
    }

    @Test
    void noGeneratorForARecordComponent() {
      JavaFileObject spec = valuesSpec("void submit(Optional<Job> job);");
      Compilation compilation = compile(spec, values("void submit(Optional<Job> job);"), JOB);
      assertOnlyError(compilation, Message.NO_GENERATOR, spec, "void submit(Optional<Job> job);");
      assertThat(compilation)
          .hadErrorContaining("no generator for component task (Runnable) of record Job in parameter job;");
    }

    @Test
    void noGeneratorForAnArrayOfAGenericType() {
      JavaFileObject spec = valuesSpec("void all(List<String>[] lists);");
      Compilation compilation = compile(spec, values("void all(List<String>[] lists);"));
      assertOnlyError(compilation, Message.NO_GENERATOR, spec, "void all(List<String>[] lists);");
      assertThat(compilation).hadErrorContaining("no generator for parameter lists of type List<String>[];");
    }

    @Test
    void noGeneratorForAWildcard() {
      JavaFileObject spec = valuesSpec("void any(List<?> things);");
      Compilation compilation = compile(spec, values("void any(List<?> things);"));
      assertOnlyError(compilation, Message.NO_GENERATOR, spec, "void any(List<?> things);");
      assertThat(compilation).hadErrorContaining("no generator for parameter things of type List<?>;");
    }

    @Test
    void recursiveRecord() {
      JavaFileObject node =
          source("test.Node", "package test; public record Node(int value, Optional<Node> next) {}".replace(
              "package test;", "package test; import java.util.Optional;"));
      JavaFileObject spec = valuesSpec("void push(Node head);");
      Compilation compilation = compile(spec, values("void push(Node head);"), node);
      assertOnlyError(compilation, Message.RECORD_RECURSIVE, spec, "void push(Node head);");
      assertThat(compilation)
          .hadErrorContaining(
              "record Node contains itself (through component next of Node), so generating it component by"
                  + " component would never end; write a generator of Node values, G implements Gen<Node>,"
                  + " and name it with @From(G.class) where it appears in parameter head");
    }

    @Test
    void recordsThatContainEachOther() {
      JavaFileObject tree =
          source("test.Tree", "package test; import java.util.List; public record Tree(List<Branch> branches) {}");
      JavaFileObject branch = source("test.Branch", "package test; public record Branch(int length, Tree tree) {}");
      JavaFileObject spec = valuesSpec("void plant(List<Tree> trees);");
      Compilation compilation = compile(spec, values("void plant(List<Tree> trees);"), tree, branch);
      assertOnlyError(compilation, Message.RECORD_RECURSIVE, spec, "void plant(List<Tree> trees);");
      assertThat(compilation).hadErrorContaining("record Tree contains itself (through component tree of Branch)");
    }

    @Test
    void recordComponentNotAccessible() {
      JavaFileObject wrapper =
          source(
              "other.Wrapper",
              """
              package other;

              public record Wrapper(Wrapper.Secret secret) {
                record Secret(int code) {}
              }
              """);
      JavaFileObject spec = valuesSpec("void wrap(other.Wrapper wrapper);");
      Compilation compilation = compile(spec, values("void wrap(other.Wrapper wrapper);"), wrapper);
      assertOnlyError(compilation, Message.TYPE_NOT_ACCESSIBLE, spec, "void wrap(other.Wrapper wrapper);");
      assertThat(compilation)
          .hadErrorContaining(
              "Secret, the type of component secret of record Wrapper in parameter wrapper, cannot be named in"
                  + " package test");
    }

    @Test
    void rangeOnATypeArgumentThatIsNotANumber() {
      JavaFileObject spec = valuesSpec("void name(List<@Range(min = 0) String> names);");
      Compilation compilation = compile(spec, values("void name(List<String> names);"));
      assertOnlyError(compilation, Message.RANGE_NOT_NUMERIC, spec, "void name(List<@Range(min = 0) String> names);");
      assertThat(compilation).hadErrorContaining("@Range on type argument String of parameter names, which is not a number");
    }

    @Test
    void emptyRangeOnATypeArgument() {
      JavaFileObject spec = valuesSpec("void count(List<@Range(min = 5, max = 1) Integer> counts);");
      Compilation compilation = compile(spec, values("void count(List<Integer> counts);"));
      assertOnlyError(compilation, Message.RANGE_EMPTY, spec, "void count(List<@Range(min = 5, max = 1)");
      assertThat(compilation)
          .hadErrorContaining("@Range(min = 5, max = 1) on type argument Integer of parameter counts contains no int value");
    }

    @Test
    void rangeOnAnArrayBoundsItsElements() {
      JavaFileObject spec = valuesSpec("void name(@Range(min = 0, max = 9) String[] names);");
      Compilation compilation = compile(spec, values("void name(String[] names);"));
      assertOnlyError(compilation, Message.RANGE_NOT_NUMERIC, spec, "@Range(min = 0, max = 9) String[] names");
      assertThat(compilation).hadErrorContaining("@Range on element type String of parameter names, which is not a number");
    }

    @Test
    void sizeOnARecordComponentWithoutLength() {
      JavaFileObject point =
          source("test.Point", "package test; public record Point(@dev.modelof.Size(max = 2) int x, int y) {}");
      JavaFileObject spec = valuesSpec("void move(Point to);");
      Compilation compilation = compile(spec, values("void move(Point to);"), point);
      assertOnlyError(compilation, Message.SIZE_NOT_SIZED, spec, "void move(Point to);");
      assertThat(compilation)
          .hadErrorContaining("@Size on component x (int) of record Point in parameter to, which has no length");
    }

    @Test
    void sizeOnAnOptional() {
      JavaFileObject spec = valuesSpec("void maybe(@Size(max = 2) Optional<String> text);");
      Compilation compilation = compile(spec, values("void maybe(Optional<String> text);"));
      assertOnlyError(compilation, Message.SIZE_NOT_SIZED, spec, "@Size(max = 2) Optional<String> text");
      assertThat(compilation).hadErrorContaining("@Size on parameter text of type Optional<String>, which has no length");
    }

    @Test
    void negativeSizeOnAnElementType() {
      JavaFileObject spec = valuesSpec("void name(List<@Size(min = -1) String> names);");
      Compilation compilation = compile(spec, values("void name(List<String> names);"));
      assertOnlyError(compilation, Message.SIZE_NEGATIVE, spec, "void name(List<@Size(min = -1) String> names);");
      assertThat(compilation).hadErrorContaining("on type argument String of parameter names has a negative bound");
    }

    @Test
    void emptySizeOnAnElementType() {
      JavaFileObject spec = valuesSpec("void name(Set<@Size(min = 3, max = 2) String> names);");
      Compilation compilation = compile(spec, values("void name(Set<String> names);"));
      assertOnlyError(compilation, Message.SIZE_EMPTY, spec, "void name(Set<@Size(min = 3, max = 2) String> names);");
    }

    @Test
    void fromOnATypeArgumentOfAnotherType() {
      JavaFileObject spec = valuesSpec("void count(List<@From(Names.class) Integer> counts);");
      Compilation compilation = compile(spec, values("void count(List<Integer> counts);"), Parameters.NAMES);
      assertOnlyError(compilation, Message.FROM_NOT_GEN, spec, "void count(List<@From(Names.class) Integer> counts);");
      assertThat(compilation)
          .hadErrorContaining(
              "@From(Names.class) on type argument Integer of parameter counts: Names does not implement Gen<Integer>");
    }

    @Test
    void fromWithoutConstructorOnARecordComponent() {
      JavaFileObject generator =
          source(
              "test.Prefixed",
              """
              package test;

              import dev.modelof.Gen;
              import dev.modelof.Source;

              public final class Prefixed implements Gen<String> {
                public Prefixed(String prefix) {}

                @Override
                public String generate(Source source) {
                  return "";
                }
              }
              """);
      JavaFileObject user =
          source("test.User", "package test; public record User(@dev.modelof.From(Prefixed.class) String name) {}");
      JavaFileObject spec = valuesSpec("void add(User user);");
      Compilation compilation = compile(spec, values("void add(User user);"), user, generator);
      assertOnlyError(compilation, Message.FROM_NO_CONSTRUCTOR, spec, "void add(User user);");
      assertThat(compilation)
          .hadErrorContaining("@From(Prefixed.class) on component name of record User in parameter user: Prefixed has no");
    }

    @Test
    void fromWhoseConstructorThrowsOnAnElementType() {
      JavaFileObject generator =
          source(
              "test.Lines",
              """
              package test;

              import dev.modelof.Gen;
              import dev.modelof.Source;

              public final class Lines implements Gen<String> {
                public Lines() throws java.io.IOException {}

                @Override
                public String generate(Source source) {
                  return "";
                }
              }
              """);
      JavaFileObject spec = valuesSpec("void add(List<@From(Lines.class) String[]> lines);");
      Compilation compilation = compile(spec, values("void add(List<String[]> lines);"), generator);
      assertOnlyError(compilation, Message.FROM_CONSTRUCTOR_THROWS, spec, "void add(List<@From(Lines.class) String[]>");
      assertThat(compilation).hadErrorContaining("@From(Lines.class) on element type String of parameter lines");
    }
  }

  /**
   * Errors about an annotation value point at the value itself, so that an IDE underlines it: each
   * value below sits on a line of its own.
   */
  @Nested
  class AnnotationValues {
    @Test
    void modelOfValue() {
      JavaFileObject spec =
          source(
              "test.BoxSpec",
              """
              package test;

              @dev.modelof.ModelOf(
                  tries = 5,
                  value = Box.class)
              interface BoxSpec {
                static BoxSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      assertOnlyError(
          compile(spec, TheImplementation.BOX), Message.IMPL_GENERIC_NEEDS_FACTORY, spec, "value = Box.class");
    }

    @Test
    void modelOfSetting() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(
                  value = Counter.class,
                  steps = 0)
              interface CounterSpec {
                static CounterSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.SETTINGS_INVALID, spec, "steps = 0");
    }

    @Test
    void weight() {
      JavaFileObject spec =
          spec(
              """
              @Weight(
                  -1)
              void add(int n);
              """);
      assertOnlyError(compile(spec, COUNTER), Message.WEIGHT_NOT_POSITIVE, spec, "-1)");
    }

    @Test
    void requires() {
      JavaFileObject spec =
          spec(
              """
              @Requires(
                  "positive")
              void add(int n);
              """);
      assertOnlyError(compile(spec, COUNTER), Message.REQUIRES_UNKNOWN, spec, "\"positive\")");
    }

    @Test
    void rangeMin() {
      JavaFileObject spec =
          Parameters.takerSpec(
              """
              void number(
                  @Range(
                      max = 1,
                      min = 5)
                  int n);
              """);
      assertOnlyError(compile(spec, Parameters.TAKER), Message.RANGE_EMPTY, spec, "min = 5");
    }

    @Test
    void rangeMaxWhenMinIsLeftOut() {
      JavaFileObject spec =
          Parameters.takerSpec(
              """
              void number(
                  @Range(
                      max = -3e10)
                  int n);
              """);
      assertOnlyError(compile(spec, Parameters.TAKER), Message.RANGE_EMPTY, spec, "max = -3e10");
    }

    @Test
    void sizeNegativeBound() {
      JavaFileObject spec =
          Parameters.takerSpec(
              """
              void text(
                  @Size(
                      min = 1,
                      max = -2)
                  String s);
              """);
      assertOnlyError(compile(spec, Parameters.TAKER), Message.SIZE_NEGATIVE, spec, "max = -2");
    }

    @Test
    void sizeMin() {
      JavaFileObject spec =
          Parameters.takerSpec(
              """
              void text(
                  @Size(
                      max = 2,
                      min = 5)
                  String s);
              """);
      assertOnlyError(compile(spec, Parameters.TAKER), Message.SIZE_EMPTY, spec, "min = 5");
    }

    @Test
    void from() {
      JavaFileObject spec =
          Parameters.takerSpec(
              """
              void number(
                  @From(
                      Names.class)
                  int n);
              """);
      assertOnlyError(compile(spec, Parameters.TAKER, Parameters.NAMES), Message.FROM_NOT_GEN, spec, "Names.class)");
    }
  }

  @Test
  void everyMistakeOfASpecInOneCompile() {
    JavaFileObject spec =
        source(
            "test.CounterSpec",
            """
            package test;

            import dev.modelof.*;

            @ModelOf(value = Counter.class, tries = 0)
            interface CounterSpec {
              static CounterSpec model() {
                return null;
              }

              @Weight(0)
              void add(@Range(min = 5, max = 1) int n);

              void add(long n);

              static void add(Counter counter, long n) {}

              void addLong(long n);

              void put(int key, int value);

              @Requires("ready")
              int value();

              <T> void generic(T t);

              void take(Runnable r);

              static void take(Counter counter, Runnable r) {}

              @Invariant
              static int check(Counter counter) {
                return 0;
              }
            }
            """);
    FilerRecorder processor = new FilerRecorder(new ModelOfProcessor());
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(spec, COUNTER);
    assertThat(compilation).hadErrorContaining("[" + Message.SETTINGS_INVALID.id() + "]").inFile(spec).onLineContaining("tries = 0");
    assertThat(compilation).hadErrorContaining("[" + Message.WEIGHT_NOT_POSITIVE.id() + "]").inFile(spec).onLineContaining("@Weight(0)");
    assertThat(compilation).hadErrorContaining("[" + Message.RANGE_EMPTY.id() + "]").inFile(spec).onLineContaining("@Range(min = 5");
    assertThat(compilation)
        .hadErrorContaining("[" + Message.OPERATION_OVERLOADED.id() + "]")
        .inFile(spec)
        .onLineContaining("void addLong(long n);");
    assertThat(compilation)
        .hadErrorContaining("[" + Message.IMPL_MISSING_OPERATION.id() + "]")
        .inFile(spec)
        .onLineContaining("void put(int key, int value);");
    assertThat(compilation)
        .hadErrorContaining("[" + Message.REQUIRES_UNKNOWN.id() + "]")
        .inFile(spec)
        .onLineContaining("@Requires(\"ready\")");
    assertThat(compilation)
        .hadErrorContaining("[" + Message.OPERATION_GENERIC.id() + "]")
        .inFile(spec)
        .onLineContaining("<T> void generic(T t);");
    assertThat(compilation)
        .hadErrorContaining("[" + Message.NO_GENERATOR.id() + "]")
        .inFile(spec)
        .onLineContaining("void take(Runnable r);");
    assertThat(compilation)
        .hadErrorContaining("[" + Message.INVARIANT_SIGNATURE.id() + "]")
        .inFile(spec)
        .onLineContaining("static int check(Counter counter)");
    assertThat(compilation).hadErrorCount(9);
    assertEquals(List.of(), processor.created());
  }

  @Nested
  class Rounds {
    @Test
    void typesNeverFound() {
      JavaFileObject spec = spec("void add(Missing n);");
      Compilation compilation = compile(spec, COUNTER);
      assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(spec).onLineContaining("void add(Missing n);");
      assertThat(compilation)
          .hadErrorContaining("[" + Message.TYPES_NOT_FOUND.id() + "] nothing generated for CounterSpec")
          .inFile(spec)
          .onLineContaining("interface CounterSpec");
      assertThat(compilation).hadErrorCount(2);
    }
  }

  @Nested
  class Notes {
    @Test
    void noJUnit() throws Exception {
      JavaFileObject spec = spec("void add(int n);");
      Compilation compilation =
          com.google.testing.compile.Compiler.javac()
              .withProcessors(new ModelOfProcessor())
              .withClasspath(Compilations.runtimeOnlyClasspath())
              .compile(Compilations.withRuntime(spec, COUNTER));
      assertThat(compilation).succeeded();
      assertThat(compilation)
          .hadNoteContaining("[" + Message.NO_JUNIT.id() + "] CounterSpecModelTest not written for CounterSpec")
          .inFile(spec)
          .onLineContaining("interface CounterSpec");
      assertThat(compilation).generatedSourceFile("test.CounterSpecMachine");
      assertFalse(compilation.generatedSourceFile("test.CounterSpecModelTest").isPresent());
    }
  }
}
