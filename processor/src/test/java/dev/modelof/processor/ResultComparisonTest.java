package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.internal.Machine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Results compare by what their declared type promises: specs of JDK classes whose results have no
 * {@code equals} of their own ({@code HashMap.values()}, {@code ArrayDeque.descendingIterator()}).
 */
class ResultComparisonTest {
  private static final JavaFileObject MAP_SPEC =
      JavaFileObjects.forSourceString(
          "test.MapSpec",
          """
          package test;

          import dev.modelof.ModelOf;
          import dev.modelof.Range;
          import java.util.Collection;
          import java.util.HashMap;
          import java.util.Set;
          import java.util.TreeMap;

          @ModelOf(HashMap.class)
          public interface MapSpec {
            static Model model() {
              return new Model();
            }

            static HashMap<Integer, Integer> impl() {
              return new HashMap<>();
            }

            void put(@Range(min = -20, max = 20) Integer k, @Range(min = 0, max = 2) Integer v);

            Collection<Integer> values();

            Set<Integer> keySet();

            final class Model implements MapSpec {
              private final TreeMap<Integer, Integer> map = new TreeMap<>((a, b) -> b - a);

              public void put(Integer k, Integer v) {
                map.put(k, v);
              }

              public Collection<Integer> values() {
                return map.values();
              }

              public Set<Integer> keySet() {
                return map.keySet();
              }
            }
          }
          """);

  @Test
  void hashMapViewsCompareByContentsAgainstATreeMap() throws Exception {
    Result<?> result = check("test.MapSpecMachine", MAP_SPEC);
    assertTrue(result.passed(), () -> result.failure().report());
  }

  @Test
  void valuesThatLoseADuplicateAreFoundWithARegressionTestCountingThem() throws Exception {
    JavaFileObject distinct =
        JavaFileObjects.forSourceString(
            "test.DistinctValuesMap",
            """
            package test;

            import java.util.Collection;
            import java.util.HashSet;

            public class DistinctValuesMap extends java.util.HashMap<Integer, Integer> {
              private static final long serialVersionUID = 1L;

              @Override
              public Collection<Integer> values() {
                return new HashSet<>(super.values());
              }
            }
            """);
    String source = MAP_SPEC.getCharContent(false).toString()
        .replace("@ModelOf(HashMap.class)", "@ModelOf(DistinctValuesMap.class)")
        .replace("static HashMap<Integer, Integer> impl() {\n    return new HashMap<>();",
            "static DistinctValuesMap impl() {\n    return new DistinctValuesMap();");
    JavaFileObject spec = JavaFileObjects.forSourceString("test.MapSpec", source);
    Failure<?> failure = check("test.MapSpecMachine", spec, distinct).failure();
    assertNotNull(failure);
    String test = failure.regressionSource("test", "RegressionTest");
    assertTrue(test.contains(".values().stream().collect(toMap(e -> e, e -> 1, Integer::sum))"), failure.report());
    assertInstanceOf(AssertionFailedError.class, runRegressionTest(test, "mapSpecRegression", spec, distinct), test);
    String onHashMap = test.replace("MapSpec.impl()", "new java.util.HashMap<Integer, Integer>()");
    assertNull(runRegressionTest(onHashMap, "mapSpecRegression", spec, distinct), onHashMap);
  }

  @Test
  void compareNamesTheOperationsOwnComparison() throws Exception {
    String source = MAP_SPEC.getCharContent(false).toString()
        .replace("  Collection<Integer> values();", """
              @dev.modelof.Compare("sameValues")
              Collection<Integer> values();

              static boolean sameValues(Collection<Integer> model, Collection<Integer> impl) {
                return model.size() == impl.size() && !impl.contains(2);
              }
            """);
    JavaFileObject spec = JavaFileObjects.forSourceString("test.MapSpec", source);
    Failure<?> failure = check("test.MapSpecMachine", spec).failure();
    assertNotNull(failure);
    String test = failure.regressionTest();
    assertTrue(test.contains("assertTrue(MapSpec.sameValues(model.values(), impl.values()));"), failure.report());
  }

  /** And its stream, by its elements in order. */
  @Test
  void dequeIteratorComparesByItsElementsInOrder() throws Exception {
    Result<?> result = check("test.DequeSpecMachine", dequeSpec("ArrayDeque<Integer>"));
    assertTrue(result.passed(), () -> result.failure().report());
  }

  @Test
  void aDescendingIteratorThatSkipsAnElementIsFoundWithARegressionTestOfPlainJdkCode() throws Exception {
    JavaFileObject skipping =
        JavaFileObjects.forSourceString(
            "test.SkippingDeque",
            """
            package test;

            import java.util.ArrayList;
            import java.util.Iterator;
            import java.util.List;

            public class SkippingDeque extends java.util.ArrayDeque<Integer> {
              private static final long serialVersionUID = 1L;

              @Override
              public Iterator<Integer> descendingIterator() {
                List<Integer> elements = new ArrayList<>();
                super.descendingIterator().forEachRemaining(elements::add);
                if (elements.size() > 2) {
                  elements.remove(1);
                }
                return elements.iterator();
              }
            }
            """);
    JavaFileObject spec = dequeSpec("SkippingDeque");
    Failure<?> failure = check("test.DequeSpecMachine", spec, skipping).failure();
    assertNotNull(failure);
    String test = failure.regressionSource("test", "RegressionTest");
    assertTrue(test.contains("assertEquals(List.of("), failure.report());
    assertTrue(!test.contains("dev.modelof"), test);
    assertInstanceOf(AssertionFailedError.class, runRegressionTest(test, "dequeSpecRegression", spec, skipping), test);
    String onArrayDeque = test.replace("DequeSpec.impl()", "new java.util.ArrayDeque<Integer>()");
    assertNull(runRegressionTest(onArrayDeque, "dequeSpecRegression", spec, skipping), onArrayDeque);
  }

  private static JavaFileObject dequeSpec(String impl) {
    return JavaFileObjects.forSourceString(
        "test.DequeSpec",
        """
        package test;

        import dev.modelof.ModelOf;
        import dev.modelof.Range;
        import java.util.ArrayDeque;
        import java.util.ArrayList;
        import java.util.Collections;
        import java.util.Iterator;
        import java.util.List;
        import java.util.stream.Stream;

        @ModelOf(%s.class)
        public interface DequeSpec {
          static Model model() {
            return new Model();
          }

          static %s impl() {
            return new %s();
          }

          void addFirst(@Range(min = 0, max = 9) Integer e);

          Iterator<Integer> descendingIterator();

          Stream<Integer> stream();

          final class Model implements DequeSpec {
            private final List<Integer> elements = new ArrayList<>();

            public void addFirst(Integer e) {
              elements.add(0, e);
            }

            public Iterator<Integer> descendingIterator() {
              List<Integer> reversed = new ArrayList<>(elements);
              Collections.reverse(reversed);
              return reversed.iterator();
            }

            public Stream<Integer> stream() {
              return elements.stream();
            }
          }
        }
        """.formatted(impl.replaceAll("<.*", ""), impl, impl.contains("<") ? impl.replaceAll("<.*", "<>") : impl));
  }

  /** Compiles {@code sources} cleanly and checks the generated {@code machine} with seed 1. */
  private static Result<?> check(String machine, JavaFileObject... sources) throws Exception {
    Compilation compilation = Compilations.strict(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return ModelCheck.of((Machine<?, ?, ?>) Compilations.load(compilation, machine)).withSeed(1).check();
  }

  /**
   * Compiles the regression test class with the spec and the implementation, without modelof's
   * processor, and runs its test {@code method}: what it threw, or null.
   */
  private static Throwable runRegressionTest(String test, String method, JavaFileObject... sources) throws Exception {
    List<JavaFileObject> all = new ArrayList<>(List.of(sources));
    all.add(JavaFileObjects.forSourceString("test.RegressionTest", test.replace("\nclass ", "\npublic class ")));
    Compilation compilation = Compiler.javac().withOptions("-proc:none").compile(all);
    assertThat(compilation).succeeded();
    Object instance = Compilations.load(compilation, "test.RegressionTest");
    Method regression = instance.getClass().getDeclaredMethod(method);
    regression.setAccessible(true);
    try {
      regression.invoke(instance);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }
}
