package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelof.processor.Compilations.generated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.internal.Machine;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated code compiles without a warning for specs whose shapes the golden files do not show. */
class GeneratedCodeTest {
  @Test
  void userNamesNeverClashWithGeneratedNames() {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.ClashSpec",
            """
            package test;

            import dev.modelof.*;

            @ModelOf(Clash.class)
            public interface ClashSpec {
              static ClashModel model(int setup, int index) {
                return new ClashModel();
              }

              void model(int op, int args, int refs, int impl, int index, int setup);

              int impl();

              @Requires("ok")
              void refs(int model);

              void op();

              void args(String modelResult, String implResult);

              @Ref
              Integer handle(int op);

              void use(Integer op, int refs);

              static void use(Clash impl_, Integer op, int refs) {}

              @Invariant
              static boolean index(ClashModel model, Clash impl) {
                return true;
              }
            }
            """);
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Clash",
            """
            package test;

            public class Clash {
              public Clash(int setup, int index) {}

              public void model(int op, int args, int refs, int impl, int index, int setup) {}

              public int impl() {
                return 0;
              }

              public void refs(int model) {}

              public void op() {}

              public void args(String modelResult, String implResult) {}

              public Integer handle(int op) {
                return op;
              }
            }
            """);
    JavaFileObject model =
        JavaFileObjects.forSourceString(
            "test.ClashModel",
            """
            package test;

            class ClashModel implements ClashSpec {
              public void model(int op, int args, int refs, int impl, int index, int setup) {}

              public int impl() {
                return 0;
              }

              public void refs(int model) {}

              public void op() {}

              public void args(String modelResult, String implResult) {}

              public Integer handle(int op) {
                return op;
              }

              public void use(Integer op, int refs) {}

              boolean ok(int model) {
                return model > 0;
              }
            }
            """);
    Compilation compilation = Compilations.strict(spec, impl, model);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.ClashSpecMachine");
    assertTrue(machine.contains("int setup_ = setup.arg(0);"), machine);
    assertTrue(machine.contains("if (op instanceof ClashSpecOp.Model model_)"), machine);
    assertTrue(machine.contains("return model.ok(refs_.model());"), machine);
  }

  @Test
  void genericImplementationWithFactoriesAndSeveralModelTypes() {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.BoxSpec",
            """
            package test;

            import dev.modelof.*;
            import java.util.List;

            public interface BoxSpec {
              @ModelOf(Box.class)
              interface Nested {
                static SmallBox small() {
                  return new SmallBox();
                }

                static SmallBox.Big big(@Range(min = 10, max = 20) int size) {
                  return new SmallBox.Big();
                }

                static Box<List<String>> impl() {
                  return new Box<>();
                }

                static Box<List<String>> impl(int size) {
                  return new Box<>();
                }

                @Requires("hasRoom")
                void put(String item);

                List<String> items();

                @Invariant
                static boolean bounded(Nested model) {
                  return model.items().size() < 100;
                }

                default boolean hasRoom() {
                  return items().size() < 3;
                }
              }
            }
            """);
    JavaFileObject box =
        JavaFileObjects.forSourceString(
            "test.Box",
            """
            package test;

            import java.util.ArrayList;
            import java.util.List;

            public class Box<T> {
              private final List<String> items = new ArrayList<>();

              public void put(String item) {
                items.add(item);
              }

              public List<String> items() {
                return items;
              }
            }
            """);
    JavaFileObject models =
        JavaFileObjects.forSourceString(
            "test.SmallBox",
            """
            package test;

            import java.util.ArrayList;
            import java.util.List;

            class SmallBox implements BoxSpec.Nested {
              final List<String> items = new ArrayList<>();

              public void put(String item) {
                items.add(item);
              }

              public List<String> items() {
                return items;
              }

              static class Big extends SmallBox {}
            }
            """);
    Compilation compilation = Compilations.strict(spec, box, models);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.BoxSpec_NestedMachine");
    assertTrue(machine.contains("implements Machine<BoxSpec.Nested, Box<List<String>>, BoxSpec_NestedOp>"), machine);
    assertTrue(machine.contains("return BoxSpec.Nested.impl(size);"), machine);
    assertThat(compilation).generatedSourceFile("test.BoxSpec_NestedModelTest");
  }

  @Test
  void operationsInheritedFromSuperinterfacesAndRecordsNamedLikeTypes() {
    JavaFileObject base =
        JavaFileObjects.forSourceString(
            "test.Reads",
            """
            package test;

            interface Reads {
              int value();

              String string(String string);
            }
            """);
    JavaFileObject kind =
        JavaFileObjects.forSourceString("test.Kind", "package test; public enum Kind { A, B }");
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.ThingSpec",
            """
            package test;

            @dev.modelof.ModelOf(Thing.class)
            public interface ThingSpec extends Reads {
              static ThingSpec model() {
                return null;
              }

              void kind(Kind kind);

              @Override
              int value();
            }
            """);
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Thing",
            """
            package test;

            public class Thing {
              public void kind(Kind kind) {}

              public int value() {
                return 0;
              }

              public String string(String string) {
                return string;
              }
            }
            """);
    Compilation compilation = Compilations.strict(spec, base, kind, impl);
    assertThat(compilation).succeededWithoutWarnings();
    String operations = generated(compilation, "test.ThingSpecOp");
    assertTrue(operations.contains("record Kind(test.Kind kind)"), operations);
    assertTrue(operations.contains("record String(java.lang.String string)"), operations);
    String machine = generated(compilation, "test.ThingSpecMachine");
    assertTrue(machine.indexOf("OperationInfo.value(\"value\"") < machine.indexOf("OperationInfo.value(\"string\""), machine);
  }

  @Test
  void typeAnnotationsStayOutOfGeneratedTypes() {
    JavaFileObject words =
        JavaFileObjects.forSourceString(
            "test.Words",
            """
            package test;

            import dev.modelof.Gen;
            import dev.modelof.Source;
            import java.util.List;

            public final class Words implements Gen<List<String>> {
              @Override
              public List<String> generate(Source source) {
                return List.of("a");
              }
            }
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.BagSpec",
            """
            package test;

            import dev.modelof.*;
            import java.util.List;

            @ModelOf(Bag.class)
            interface BagSpec {
              static BagSpec model() {
                return null;
              }

              void addAll(@From(Words.class) List<@Size(max = 3) String> words);
            }
            """);
    JavaFileObject bag =
        JavaFileObjects.forSourceString(
            "test.Bag", "package test; public class Bag { public void addAll(java.util.List<String> words) {} }");
    Compilation compilation = Compilations.strict(spec, words, bag);
    assertThat(compilation).succeededWithoutWarnings();
    String operations = generated(compilation, "test.BagSpecOp");
    assertTrue(operations.contains("record AddAll(List<String> words)"), operations);
    String machine = generated(compilation, "test.BagSpecMachine");
    assertTrue(machine.contains("@SuppressWarnings(\"unchecked\")\n  public BagSpecOp operation("), machine);
  }

  /** {@code @Size} bounds an {@code Iterable}, which is generated as a list, as it bounds a {@code Collection}. */
  @Test
  void sizeOnAnIterable() {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.BagSpec",
            """
            package test;

            import dev.modelof.*;

            @ModelOf(Bag.class)
            interface BagSpec {
              static BagSpec model() {
                return null;
              }

              void addAll(@Size(max = 3) Iterable<String> words);
            }
            """);
    JavaFileObject bag =
        JavaFileObjects.forSourceString(
            "test.Bag", "package test; public class Bag { public void addAll(Iterable<String> words) {} }");
    Compilation compilation = Compilations.strict(spec, bag);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.BagSpecMachine");
    assertTrue(machine.contains("Gens.lists(Gens.strings(), 0, 3)"), machine);
  }

  /** A record that contains itself is generated once {@code @From} on the component that leads back ends the recursion. */
  @Test
  void recursiveRecordWithAGeneratorOnItsComponent() {
    JavaFileObject node =
        JavaFileObjects.forSourceString(
            "test.Node",
            """
            package test;

            import dev.modelof.From;
            import java.util.Optional;

            public record Node(int value, @From(Ends.class) Optional<Node> next) {}
            """);
    JavaFileObject ends =
        JavaFileObjects.forSourceString(
            "test.Ends",
            """
            package test;

            import dev.modelof.Gen;
            import dev.modelof.Source;
            import java.util.Optional;

            public record Ends() implements Gen<Optional<Node>> {
              @Override
              public Optional<Node> generate(Source source) {
                return Optional.empty();
              }
            }
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.ChainSpec",
            """
            package test;

            import dev.modelof.*;

            @ModelOf(Chain.class)
            interface ChainSpec {
              static ChainSpec model() {
                return null;
              }

              void push(Node head);
            }
            """);
    JavaFileObject chain =
        JavaFileObjects.forSourceString("test.Chain", "package test; public class Chain { public void push(Node head) {} }");
    Compilation compilation = Compilations.strict(spec, node, ends, chain);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.ChainSpecMachine");
    assertTrue(machine.contains("n -> Arrays.asList(n.value(), n.next()),\n      Gens.ints(),\n      new Ends());"), machine);
  }

  /**
   * A record read from a class file, as from a jar: its components' annotations come from the
   * canonical constructor's parameters, where javac wrote them.
   */
  @Test
  void recordComponentAnnotationsFromAClassFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path classes)
      throws java.io.IOException {
    JavaFileObject point =
        JavaFileObjects.forSourceString(
            "lib.Point",
            """
            package lib;

            import dev.modelof.Range;

            public record Point(@Range(min = -3, max = 3) int x, @Range(min = 0, max = 9) int y) {}
            """);
    List<java.io.File> classpath = Compilations.compiledLibrary(classes, point);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.MoveSpec",
            """
            package test;

            import dev.modelof.*;
            import lib.Point;

            @ModelOf(Mover.class)
            interface MoveSpec {
              static MoveSpec model() {
                return null;
              }

              void move(Point to);
            }
            """);
    JavaFileObject mover =
        JavaFileObjects.forSourceString("test.Mover", "package test; public class Mover { public void move(lib.Point to) {} }");
    Compilation compilation =
        Compiler.javac().withProcessors(new ModelOfProcessor()).withClasspath(classpath).compile(spec, mover);
    assertThat(compilation).succeeded();
    String machine = generated(compilation, "test.MoveSpecMachine");
    assertTrue(machine.contains("Gens.ints(-3, 3),\n      Gens.ints(0, 9));"), machine);
  }

  /** A generic record inside itself with other type arguments is not recursion: {@code Box<Box<Integer>>}. */
  @Test
  void genericRecordNestedInItself() {
    JavaFileObject box = JavaFileObjects.forSourceString("test.Box", "package test; public record Box<T>(T value) {}");
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.ShelfSpec",
            """
            package test;

            import dev.modelof.*;

            @ModelOf(Shelf.class)
            interface ShelfSpec {
              static ShelfSpec model() {
                return null;
              }

              void put(Box<Box<Integer>> box);
            }
            """);
    JavaFileObject shelf =
        JavaFileObjects.forSourceString("test.Shelf", "package test; public class Shelf { public void put(Box<Box<Integer>> box) {} }");
    Compilation compilation = Compilations.strict(spec, box, shelf);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.ShelfSpecMachine");
    assertTrue(machine.contains("private static final Gen<Box<Box<Integer>>> BOX_ = Generators.records(Box.class,"), machine);
  }

  /** Each parameter's generator is named after the spec's parameter, which value reuse matches on. */
  @Test
  void parametersKeepTheSpecsNames() {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.GridSpec",
            """
            package test;

            import dev.modelof.*;
            import java.util.List;

            @ModelOf(Grid.class)
            interface GridSpec {
              static GridSpec model(@Size(max = 3) int[] widths) {
                return null;
              }

              void mark(List<Cell> cells, boolean[] flags);
            }
            """);
    JavaFileObject cell = JavaFileObjects.forSourceString("test.Cell", "package test; public record Cell(int row, int column) {}");
    JavaFileObject grid =
        JavaFileObjects.forSourceString(
            "test.Grid",
            "package test; public class Grid { public Grid(int[] widths) {} public void mark(java.util.List<Cell> cells, boolean[] flags) {} }");
    Compilation compilation = Compilations.strict(spec, cell, grid);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.GridSpecMachine").replaceAll("\\s+", " ");
    for (String param :
        List.of(
            "ParameterInfo.of(\"widths\", Gens.intArrays(",
            "ParameterInfo.of(\"cells\", Gens.lists(CELL))",
            "ParameterInfo.of(\"flags\", Gens.booleanArrays(")) {
      assertTrue(machine.contains(param), param + " in\n" + machine);
    }
    // each side its own array, in setup and in steps
    assertTrue(machine.contains("return new Grid(widths.clone());"), machine);
    assertTrue(machine.contains("impl.mark(mark.cells(), mark.flags().clone());"), machine);
    assertTrue(machine.contains("model.mark(mark.cells(), mark.flags().clone());"), machine);
  }

  @Test
  void packagePrivateSpecGetsPackagePrivateOperations() {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.CounterSpec",
            """
            package test;

            @dev.modelof.ModelOf(Counter.class)
            interface CounterSpec {
              static CounterSpec model() {
                return null;
              }

              void add(int n);
            }
            """);
    Compilation compilation = Compilations.strict(spec, DiagnosticsTest.COUNTER);
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(generated(compilation, "test.CounterSpecOp").contains("\nsealed interface CounterSpecOp"));
  }

  /**
   * Results that compare by value, or by identity of shared constants, are not taken for {@code
   * [ResultIdentity]}: records, enums, classes with equals, classes with private constructors only,
   * interfaces, and handles.
   */
  @Test
  void resultsThatCompareWell() {
    JavaFileObject types =
        JavaFileObjects.forSourceString(
            "test.Results",
            """
            package test;

            public final class Results {
              private Results() {}

              public record Point(int x, int y) {}

              public enum Color { RED, GREEN }

              public static final class Money {
                private final long cents;

                public Money(long cents) {
                  this.cents = cents;
                }

                @Override
                public boolean equals(Object other) {
                  return other instanceof Money m && m.cents == cents;
                }

                @Override
                public int hashCode() {
                  return Long.hashCode(cents);
                }
              }

              public static final class Level {
                public static final Level TOP = new Level();

                private Level() {}
              }

              public static final class Session {}
            }
            """);
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Shop",
            """
            package test;

            import test.Results.*;

            public class Shop {
              public Point point() {
                return new Point(0, 0);
              }

              public Color color() {
                return Color.RED;
              }

              public Money money() {
                return new Money(0);
              }

              public Level level() {
                return Level.TOP;
              }

              public CharSequence text() {
                return "";
              }

              public Session open() {
                return new Session();
              }
            }
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.ShopSpec",
            """
            package test;

            import test.Results.*;

            @dev.modelof.ModelOf(Shop.class)
            interface ShopSpec {
              static ShopSpec model() {
                return null;
              }

              Point point();

              Color color();

              Money money();

              Level level();

              CharSequence text();

              @dev.modelof.Ref
              Session open();
            }
            """);
    assertThat(Compilations.strict(spec, types, impl)).succeededWithoutWarnings();
  }

  /**
   * Records named like the types of their components, {@code Color color(Color c)}: in a package
   * JavaPoet qualifies the type, in the unnamed package nothing can, so the record gives way.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "test"})
  void recordsNeverHideTheTypesOfTheirComponents(String packageName) {
    String header = packageName.isEmpty() ? "" : "package " + packageName + ";\n\n";
    String prefix = packageName.isEmpty() ? "" : packageName + ".";
    JavaFileObject color = JavaFileObjects.forSourceString(prefix + "Color", header + "public enum Color { RED, GREEN }");
    JavaFileObject pair = JavaFileObjects.forSourceString(prefix + "Pair", header + "public record Pair<A, B>(A a, B b) {}");
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            prefix + "Paint",
            header
                + """
                public class Paint {
                  public Color color(Color c) {
                    return c;
                  }

                  public void pair(Pair<Integer, String> p) {}

                  public void color_(int n) {}
                }
                """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            prefix + "PaintSpec",
            header
                + """
                @dev.modelof.ModelOf(Paint.class)
                public interface PaintSpec {
                  static PaintSpec model() {
                    return null;
                  }

                  Color color(Color c);

                  void pair(Pair<Integer, String> p);

                  void color_(int n);
                }
                """);
    Compilation compilation = Compilations.strict(spec, color, pair, impl);
    assertThat(compilation).succeededWithoutWarnings();
    String operations = generated(compilation, prefix + "PaintSpecOp");
    if (packageName.isEmpty()) {
      assertTrue(operations.contains("record Color__(Color c)"), operations);
      assertTrue(operations.contains("record Pair_(Pair<Integer, String> p)"), operations);
      assertTrue(operations.contains("record Color_(int n)"), operations);
    } else {
      assertTrue(operations.contains("record Color(test.Color c)"), operations);
    }
  }

  /**
   * Methods declaring {@code throws Throwable}, beyond the machine's {@code throws Exception}: the
   * generated calls compile, and an exception of the implementation is still reported as its own.
   */
  @Test
  void methodsThatThrowThrowable() throws Exception {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Dial",
            """
            package test;

            public class Dial {
              private int turns;

              public void turn() throws Throwable {
                if (++turns == 2) {
                  throw new IllegalStateException("stuck");
                }
              }

              public int turns() throws Throwable {
                return turns;
              }
            }
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.DialSpec",
            """
            package test;

            @dev.modelof.ModelOf(Dial.class)
            public interface DialSpec {
              static DialModel model() {
                return new DialModel();
              }

              void turn() throws Throwable;

              int turns();

              static int turns(Dial dial) throws Throwable {
                return dial.turns();
              }
            }
            """);
    Compilation compilation = Compilations.strict(spec, impl, dialModel(" throws Throwable"));
    assertThat(compilation).succeededWithoutWarnings();
    Machine<?, ?, ?> machine = (Machine<?, ?, ?>) Compilations.load(compilation, "test.DialSpecMachine");
    Failure<?> failure = ModelCheck.of(machine).withSeed(1).check().failure();
    assertTrue(failure.report().contains("IllegalStateException: stuck"), failure.report());
  }

  /**
   * {@code StringBuilder}'s {@code length()}, {@code charAt} and {@code setLength} are public
   * methods inherited from a package-private superclass: the generated test calls them through
   * {@code StringBuilder}, as any user code does.
   */
  @Test
  void publicMethodsInheritedFromAPackagePrivateSuperclass() throws Exception {
    Result<?> right = textBuilderCheck("text = text.substring(0, Math.min(length, text.length())) + \"\\0\".repeat(Math.max(0, length - text.length()))");
    assertTrue(right.passed(), () -> right.failure().report());
    assertNotNull(textBuilderCheck("text = text.substring(0, Math.min(length, text.length()))").failure());
  }

  /** A spec of {@code StringBuilder} whose model's {@code setLength} runs {@code setLength}. */
  private static Result<?> textBuilderCheck(String setLength) throws Exception {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.TextBuilderSpec",
            """
            package test;

            import dev.modelof.ModelOf;
            import dev.modelof.Range;
            import dev.modelof.Requires;

            @ModelOf(StringBuilder.class)
            public interface TextBuilderSpec {
              static TextBuilderModel model() {
                return new TextBuilderModel();
              }

              int length();

              @Requires("inside")
              char charAt(@Range(min = 0, max = 8) int index);

              void setLength(@Range(min = 0, max = 8) int length);

              void append(String s);

              void reverse();
            }
            """);
    JavaFileObject model =
        JavaFileObjects.forSourceString(
            "test.TextBuilderModel",
            """
            package test;

            final class TextBuilderModel implements TextBuilderSpec {
              private String text = "";

              public int length() {
                return text.length();
              }

              boolean inside(int index) {
                return index < text.length();
              }

              public char charAt(int index) {
                return text.charAt(index);
              }

              public void setLength(int length) {
                %s;
              }

              public void append(String s) {
                text += s;
              }

              public void reverse() {
                text = new StringBuilder(text).reverse().toString();
              }
            }
            """.formatted(setLength));
    return checkWithSeed1("test.TextBuilderSpecMachine", spec, model);
  }

  /** A default method of an interface the implementation has is called like its own, even when the interface is not public. */
  @Test
  void defaultMethodOfAPackagePrivateInterface() {
    JavaFileObject doubling =
        JavaFileObjects.forSourceString(
            "other.Doubling",
            """
            package other;

            interface Doubling {
              default int twice(int n) {
                return 2 * n;
              }
            }
            """);
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "other.Doubler",
            """
            package other;

            public class Doubler implements Doubling {}
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.DoublerSpec",
            """
            package test;

            @dev.modelof.ModelOf(other.Doubler.class)
            public interface DoublerSpec {
              static DoublerSpec model() {
                return n -> 2 * n;
              }

              int twice(int n);
            }
            """);
    assertThat(Compilations.strict(spec, doubling, impl)).succeededWithoutWarnings();
  }

  /**
   * A spec of {@code ArrayList} declares its overloads as the class does: each operation calls the
   * method javac would choose for its parameter types ({@code remove(Integer)} calls {@code
   * remove(Object)}, not {@code remove(int index)}), and an adapter adapts the overload with its
   * parameter types.
   */
  @Test
  void overloadsCallTheMethodJavacWouldChoose() throws Exception {
    Result<?> direct = integerListCheck("");
    assertTrue(direct.passed(), () -> direct.failure().report());
    Result<?> adapted =
        integerListCheck("static boolean remove(ArrayList<Integer> list, Integer o) { return list.remove(o); }");
    assertTrue(adapted.passed(), () -> adapted.failure().report());
    Failure<?> wrongOverload =
        integerListCheck("static boolean remove(ArrayList<Integer> list, Integer o) { return list.remove((int) o) != null; }")
            .failure();
    assertNotNull(wrongOverload);
    assertTrue(wrongOverload.report().contains("remove("), wrongOverload.report());
  }

  /**
   * The regression test of a failing overloaded operation casts its arguments to the parameter types,
   * so that it calls the same overload: {@code impl.remove((Integer) 0)}, where {@code impl.remove(0)}
   * would call {@code remove(int index)}.
   */
  @Test
  void theRegressionTestOfAnOverloadCallsThatOverload() throws Exception {
    Failure<?> failure =
        integerListCheck("", "new ArrayList<>() {\n  @Override\n  public boolean remove(Object o) {\n"
            + "    return false;\n  }\n}").failure();
    assertNotNull(failure);
    assertTrue(failure.regressionTest().contains("impl.remove((Integer) "), failure.regressionTest());
    // the report's step line reads as the call the test makes
    String steps = failure.report().substring(0, failure.report().indexOf("Replay:"));
    assertTrue(steps.contains("\n  remove((Integer) "), failure.report());
  }

  /** A spec of {@code ArrayList<Integer>} with overloaded {@code add} and {@code remove}, and {@code adapter}. */
  private static Result<?> integerListCheck(String adapter) throws Exception {
    return integerListCheck(adapter, "new ArrayList<>()");
  }

  /** As {@link #integerListCheck(String)}, the implementation built by {@code impl}. */
  private static Result<?> integerListCheck(String adapter, String impl) throws Exception {
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.IntegerListSpec",
            """
            package test;

            import dev.modelof.ModelOf;
            import dev.modelof.Range;
            import dev.modelof.Requires;
            import java.util.ArrayList;

            @ModelOf(ArrayList.class)
            public interface IntegerListSpec {
              static ArrayList<Integer> impl() {
                return %s;
              }

              static IntegerListModel model() {
                return new IntegerListModel();
              }

              boolean add(@Range(min = 0, max = 4) Integer e);

              @Requires("insertable")
              void add(@Range(min = 0, max = 4) int index, @Range(min = 0, max = 4) Integer e);

              @Requires("inside")
              Integer remove(@Range(min = 0, max = 4) int index);

              boolean remove(@Range(min = 0, max = 4) Integer o);

              int size();

              %s
            }
            """.formatted(impl, adapter));
    JavaFileObject model =
        JavaFileObjects.forSourceString(
            "test.IntegerListModel",
            """
            package test;

            import java.util.Arrays;

            final class IntegerListModel implements IntegerListSpec {
              private Integer[] items = {};

              boolean insertable(int index, Integer e) {
                return index <= items.length;
              }

              boolean inside(int index) {
                return index < items.length;
              }

              public boolean add(Integer e) {
                add(items.length, e);
                return true;
              }

              public void add(int index, Integer e) {
                Integer[] longer = Arrays.copyOf(items, items.length + 1);
                System.arraycopy(items, index, longer, index + 1, items.length - index);
                longer[index] = e;
                items = longer;
              }

              public Integer remove(int index) {
                Integer removed = items[index];
                Integer[] shorter = Arrays.copyOf(items, items.length - 1);
                System.arraycopy(items, index + 1, shorter, index, items.length - index - 1);
                items = shorter;
                return removed;
              }

              public boolean remove(Integer o) {
                int index = Arrays.asList(items).indexOf(o);
                if (index < 0) {
                  return false;
                }
                remove(index);
                return true;
              }

              public int size() {
                return items.length;
              }
            }
            """);
    return checkWithSeed1("test.IntegerListSpecMachine", spec, model);
  }

  /**
   * The implementation may throw a subclass of what the model throws, as a Javadoc contract and
   * {@code assertThrows} read it: {@code StringIndexOutOfBoundsException} where the model throws
   * {@code IndexOutOfBoundsException} is right; the other way round it is not, and the report says so.
   */
  @Test
  void anExceptionThatIsAnInstanceOfTheModelsIsRight() throws Exception {
    assertTrue(textCheck("throw new IndexOutOfBoundsException(index)", "text.charAt(index)").passed());
    Failure<?> failure =
        textCheck("return text.charAt(index)", "throw new IndexOutOfBoundsException(\"index \" + index)").failure();
    assertNotNull(failure);
    assertTrue(failure.report().contains("model throws StringIndexOutOfBoundsException, Text throws IndexOutOfBoundsException"),
        failure.report());
    assertTrue(failure.regressionTest().contains("assertThrows(StringIndexOutOfBoundsException.class"),
        failure.regressionTest());
  }

  /** A text whose {@code charAt} out of range runs {@code implOutOfRange}, checked against a model running {@code modelOutOfRange}. */
  private static Result<?> textCheck(String modelOutOfRange, String implOutOfRange) throws Exception {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Text",
            """
            package test;

            public class Text {
              private String text = "";

              public void append(int digit) {
                text += digit;
              }

              public char charAt(int index) {
                if (index < 0 || index >= text.length()) {
                  %s;
                }
                return text.charAt(index);
              }
            }
            """.formatted(implOutOfRange));
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.TextSpec",
            """
            package test;

            import dev.modelof.ModelOf;
            import dev.modelof.Range;

            @ModelOf(Text.class)
            public interface TextSpec {
              static Model model() {
                return new Model();
              }

              void append(@Range(min = 0, max = 9) int digit);

              char charAt(@Range(min = -1, max = 3) int index);

              final class Model implements TextSpec {
                private String text = "";

                public void append(int digit) {
                  text += digit;
                }

                public char charAt(int index) {
                  if (index < 0 || index >= text.length()) {
                    %s;
                  }
                  return text.charAt(index);
                }
              }
            }
            """.formatted(modelOutOfRange));
    return checkWithSeed1("test.TextSpecMachine", spec, impl);
  }

  /** Compiles {@code sources} without a warning, and checks machine {@code machine} with seed 1. */
  private static Result<?> checkWithSeed1(String machine, JavaFileObject... sources) throws Exception {
    Compilation compilation = Compilations.strict(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return ModelCheck.of((Machine<?, ?, ?>) Compilations.load(compilation, machine)).withSeed(1).check();
  }

  /** A model factory declaring {@code throws Throwable}: what it throws is still the model's fault. */
  @Test
  void modelFactoryThatThrowsThrowable() throws Exception {
    Machine<?, ?, ?> machine =
        jammedDial(
            "static DialModel model() throws Throwable { throw new Jam(\"jammed\"); }",
            "",
            "public Dial() {}");
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> ModelCheck.of(machine).withSeed(1).check());
    assertTrue(thrown.getMessage().contains("The model factory of DialSpec threw"), thrown.getMessage());
    assertEquals("jammed", thrown.getCause().getCause().getMessage());
  }

  /** An impl factory declaring {@code throws Throwable}: what it throws is the implementation failing to build. */
  @Test
  void implFactoryThatThrowsThrowable() throws Exception {
    assertReports(
        "Dial failed to build: UndeclaredThrowableException caused by Jam: jammed",
        jammedDial(
            "static DialModel model() { return new DialModel(); }",
            "static Dial impl() throws Throwable { throw new Jam(\"jammed\"); }",
            "public Dial() {}"));
  }

  /** An implementation constructor throwing a checked throwable that is no {@code Exception}. */
  @Test
  void implConstructorThatThrowsThrowable() throws Exception {
    assertReports(
        "Dial failed to build: UndeclaredThrowableException caused by Jam: jammed",
        jammedDial(
            "static DialModel model() { return new DialModel(); }",
            "",
            "public Dial() throws Jam { throw new Jam(\"jammed\"); }"));
  }

  /** An {@code @Invariant} declaring {@code throws Throwable}: what it throws fails the invariant. */
  @Test
  void invariantThatThrowsThrowable() throws Exception {
    Machine<?, ?, ?> machine =
        jammedDial(
            "static DialModel model() { return new DialModel(); }",
            """
            @Invariant
            static boolean fewTurns(Dial dial) throws Throwable {
              if (dial.turns() > 1) {
                throw new Jam("jammed");
              }
              return true;
            }

            @Invariant
            static void noMoreTurns(DialModel model, Dial dial) throws Throwable {
              if (dial.turns() > 2) {
                throw new IllegalStateException("too many");
              }
            }
            """,
            "public Dial() {}");
    assertReports("invariant fewTurns(impl) threw UndeclaredThrowableException caused by Jam: jammed", machine);
  }

  /**
   * The machine of a spec of {@code Dial}, which turns and counts its turns, compiled without a
   * warning; {@code Jam} is a checked throwable that is no {@code Exception}.
   */
  private static Machine<?, ?, ?> jammedDial(String modelFactory, String specMethods, String constructor)
      throws Exception {
    JavaFileObject jam =
        JavaFileObjects.forSourceString(
            "test.Jam",
            """
            package test;

            public class Jam extends Throwable {
              private static final long serialVersionUID = 1L;

              public Jam(String message) {
                super(message);
              }
            }
            """);
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Dial",
            """
            package test;

            public class Dial {
              private int turns;

              %s

              public void turn() {
                turns++;
              }

              public int turns() {
                return turns;
              }
            }
            """
                .formatted(constructor));
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.DialSpec",
            """
            package test;

            import dev.modelof.*;

            @ModelOf(Dial.class)
            public interface DialSpec {
              %s

              %s

              void turn();

              int turns();
            }
            """
                .formatted(modelFactory, specMethods));
    Compilation compilation = Compilations.strict(spec, impl, dialModel(""), jam);
    assertThat(compilation).succeededWithoutWarnings();
    return (Machine<?, ?, ?>) Compilations.load(compilation, "test.DialSpecMachine");
  }

  /** The model of a dial's spec: it counts turns; {@code turnThrows} is its turn's throws clause. */
  private static JavaFileObject dialModel(String turnThrows) {
    return JavaFileObjects.forSourceString(
        "test.DialModel",
        """
        package test;

        class DialModel implements DialSpec {
          private int turns;

          @Override
          public void turn()%s {
            turns++;
          }

          @Override
          public int turns() {
            return turns;
          }
        }
        """
            .formatted(turnThrows));
  }

  private static void assertReports(String problem, Machine<?, ?, ?> machine) {
    Failure<?> failure = ModelCheck.of(machine).withSeed(1).check().failure();
    assertTrue(failure != null && failure.report().contains(problem), failure == null ? "passed" : failure.report());
  }

  /** A constant named R would take the place of the type R in {@code R.Kind.values()}. */
  @Test
  void recordGeneratorConstantsNeverHideTypes() {
    JavaFileObject record =
        JavaFileObjects.forSourceString(
            "test.R", "package test; public record R(R.Kind kind) { public enum Kind { A, B } }");
    JavaFileObject impl =
        JavaFileObjects.forSourceString("test.Shelf", "package test; public class Shelf { public void put(R r) {} }");
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

              void put(R r);
            }
            """);
    Compilation compilation = Compilations.strict(spec, record, impl);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.ShelfSpecMachine");
    assertTrue(machine.contains("Gens.enums(R.Kind.values())"), machine);
  }

  /** A class of the spec's package named like a java.lang type hides it: generated code must qualify it. */
  @Test
  void classesNamedLikeJavaLangTypes() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Hero",
            """
            package test;

            public class Hero {
              public void put(char c, java.lang.String name) {}

              public java.lang.Integer size() {
                return 0;
              }
            }
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.HeroSpec",
            """
            package test;

            @dev.modelof.ModelOf(Hero.class)
            interface HeroSpec {
              static HeroSpec model() {
                return null;
              }

              void put(char c, java.lang.String name);

              java.lang.Integer size();
            }
            """);
    Compilation compilation =
        Compilations.strict(
            spec,
            impl,
            JavaFileObjects.forSourceString("test.Character", "package test; public class Character {}"),
            JavaFileObjects.forSourceString("test.String", "package test; public class String {}"),
            JavaFileObjects.forSourceString("test.Override", "package test; public @interface Override {}"));
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.HeroSpecMachine");
    assertTrue(machine.contains("Gens.chars()"), machine);
    assertTrue(machine.contains("@java.lang.Override"), machine);
  }

  /** Testing deprecated code is the user's choice: the generated calls to it must not warn. */
  @Test
  void deprecatedImplementationGeneratorAndTypes() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Legacy",
            """
            package test;

            @Deprecated
            public class Legacy {
              @Deprecated(forRemoval = true)
              public void put(Level level, int n) {}

              @Deprecated
              public int size() {
                return 0;
              }
            }
            """);
    JavaFileObject level =
        JavaFileObjects.forSourceString("test.Level", "package test; @Deprecated public enum Level { LOW, HIGH }");
    JavaFileObject numbers =
        JavaFileObjects.forSourceString(
            "test.Numbers",
            """
            package test;

            @Deprecated
            public final class Numbers implements dev.modelof.Gen<Integer> {
              @Override
              public Integer generate(dev.modelof.Source source) {
                return 1;
              }
            }
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.LegacySpec",
            """
            package test;

            @SuppressWarnings("deprecation")
            @dev.modelof.ModelOf(Legacy.class)
            interface LegacySpec {
              static LegacySpec model() {
                return null;
              }

              void put(Level level, @dev.modelof.From(Numbers.class) int n);

              int size();
            }
            """);
    Compilation compilation = Compilations.strict(spec, impl, level, numbers);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * With {@code -Xlint:processing} javac warns, in each round, about the annotations that no
   * processor claimed: the user's {@code dev.modelof} annotations in the first, {@code @Generated}
   * and {@code @Test} of the generated code in the next. Nothing else: {@link Compilations#strict}
   * checks that the generated code is clean under every other category.
   */
  @Test
  void processingLintOnlyNamesUnclaimedAnnotations() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new ModelOfProcessor())
            .withOptions("-Xlint:all")
            .compile(
                Compilations.resource("lru/dev/modelof/example/lru/LruCacheSpec.java"),
                Compilations.resource("lru/dev/modelof/example/lru/LruCache.java"),
                Compilations.resource("lru/dev/modelof/example/lru/NaiveLru.java"));
    assertThat(compilation).succeeded();
    List<String> warnings = compilation.warnings().stream().map(w -> w.getMessage(Locale.ROOT)).toList();
    assertEquals(2, warnings.size(), warnings.toString());
    for (String warning : warnings) {
      assertTrue(warning.startsWith("No processor claimed any of these annotations: "), warning);
    }
    assertTrue(warnings.get(0).contains("dev.modelof.ModelOf"), warnings.get(0));
    assertTrue(warnings.get(1).contains("javax.annotation.processing.Generated"), warnings.get(1));
    assertTrue(warnings.get(1).contains("org.junit.jupiter.api.Test"), warnings.get(1));
  }
}
