package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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

    @Test
    void seedNotANumber() {
      JavaFileObject spec =
          source(
              "test.CounterSpec",
              """
              package test;

              @dev.modelof.ModelOf(value = Counter.class, seed = "0xZZ")
              interface CounterSpec {
                static CounterSpec model() {
                  return null;
                }

                void add(int n);
              }
              """);
      assertOnlyError(compile(spec, COUNTER), Message.SETTINGS_INVALID, spec, "seed = \"0xZZ\"");
    }

    @Test
    void noOperations() {
      JavaFileObject spec = spec("");
      assertOnlyError(compile(spec, COUNTER), Message.NO_OPERATIONS, spec, "interface CounterSpec");
    }
  }

  @Nested
  class ModelFactories {
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
    @Test
    void overloaded() {
      JavaFileObject spec =
          spec(
              """
              void add(int n);

              void add(long n);
              """);
      assertOnlyError(compile(spec, COUNTER), Message.OPERATION_OVERLOADED, spec, "void add(long n);");
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
    void freshOnHandle() {
      JavaFileObject impl =
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
      assertOnlyError(compile(spec, impl), Message.FRESH_ON_HANDLE, spec, "void close(@Fresh Integer file);");
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
    void noGenerator() {
      JavaFileObject spec = takerSpec("void take(Runnable r);");
      Compilation compilation = compile(spec, TAKER);
      assertOnlyError(compilation, Message.NO_GENERATOR, spec, "void take(Runnable r);");
      assertThat(compilation).hadErrorContaining("add @From(G.class) where G implements Gen<Runnable>");
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
