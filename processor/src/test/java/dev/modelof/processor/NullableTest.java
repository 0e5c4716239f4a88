package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelof.processor.Compilations.generated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A parameter annotated with any {@code @Nullable} (here annotations of the test's own, one on the
 * declaration and one on the type, standing for JSpecify's, JSR-305's and the others) also receives
 * null; other parameters never do.
 */
class NullableTest {
  private static final JavaFileObject DECLARATION_NULLABLE =
      JavaFileObjects.forSourceString(
          "test.Nullable",
          """
          package test;

          import java.lang.annotation.*;

          @Retention(RetentionPolicy.CLASS)
          @Target({ElementType.PARAMETER})
          public @interface Nullable {}
          """);

  private static final JavaFileObject TYPE_USE_NULLABLE =
      JavaFileObjects.forSourceString(
          "test.typeuse.Nullable",
          """
          package test.typeuse;

          import java.lang.annotation.*;

          @Retention(RetentionPolicy.CLASS)
          @Target(ElementType.TYPE_USE)
          public @interface Nullable {}
          """);

  /** A map over a TreeMap, which throws NullPointerException on a null key where a HashMap takes it. */
  private static final JavaFileObject SORTED_MAP =
      JavaFileObjects.forSourceString(
          "test.SortedMap",
          """
          package test;

          import java.util.TreeMap;

          public class SortedMap {
            private final TreeMap<String, Integer> map = new TreeMap<>();

            public Integer put(String key, int value) {
              return map.put(key, value);
            }

            public Integer get(String key) {
              return map.get(key);
            }

            public boolean containsValue(Integer value) {
              return map.containsValue(value);
            }
          }
          """);

  private static final JavaFileObject SPEC =
      JavaFileObjects.forSourceString(
          "test.MapSpec",
          """
          package test;

          import dev.modelof.ModelOf;
          import java.util.HashMap;

          @ModelOf(SortedMap.class)
          public interface MapSpec {
            static Model model() {
              return new Model();
            }

            Integer put(@Nullable String key, int value);

            Integer get(@test.typeuse.Nullable String key);

            boolean containsValue(Integer value);

            final class Model implements MapSpec {
              private final HashMap<String, Integer> map = new HashMap<>();

              public Integer put(String key, int value) {
                return map.put(key, value);
              }

              public Integer get(String key) {
                return map.get(key);
              }

              public boolean containsValue(Integer value) {
                return map.containsValue(value);
              }
            }
          }
          """);

  @Test
  void aNullableParameterDrawsNullAndOthersNever() {
    Compilation compilation = Compilations.strict(SPEC, SORTED_MAP, DECLARATION_NULLABLE, TYPE_USE_NULLABLE);
    assertThat(compilation).succeededWithoutWarnings();
    String machine = generated(compilation, "test.MapSpecMachine");
    assertTrue(machine.contains("ParameterInfo.of(\"key\", Gens.nullable(Gens.strings()))"), machine);
    assertEquals(2, machine.split("Gens\\.nullable\\(", -1).length - 1, machine);
    assertTrue(machine.contains("Gens.ints()"), machine);
  }

  @Test
  void aBugWithNullIsFoundShrunkToNullAndItsRegressionTestFailsOnIt() throws Exception {
    Compilation compilation = Compilations.strict(SPEC, SORTED_MAP, DECLARATION_NULLABLE, TYPE_USE_NULLABLE);
    Machine<?, ?, ?> machine = (Machine<?, ?, ?>) Compilations.load(compilation, "test.MapSpecMachine");
    Failure<?> failure = ModelCheck.of(machine).withSeed(1).check().failure();
    assertNotNull(failure);
    assertEquals(1, failure.length(), failure.report());
    // put(null, 0) or get(null): either shows the bug in one step
    assertTrue(failure.report().matches("(?s).*\\n  (put\\(null, 0\\)|get\\(null\\)) .*"), failure.report());
    assertTrue(failure.report().contains("throws NullPointerException"), failure.report());

    String source = failure.regressionSource("test", "MapSpecRegressionTest");
    assertTrue(source.contains("(null"), source);
    Compilation regression =
        Compiler.javac()
            .compile(SPEC, SORTED_MAP, DECLARATION_NULLABLE, TYPE_USE_NULLABLE,
                JavaFileObjects.forSourceString("test.MapSpecRegressionTest", source));
    assertThat(regression).succeeded();
    Class<?> test = Compilations.loadClass(regression, "test.MapSpecRegressionTest");
    var constructor = test.getDeclaredConstructor();
    constructor.setAccessible(true);
    Method method = test.getDeclaredMethod("mapSpecRegression");
    method.setAccessible(true);
    InvocationTargetException thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvocationTargetException.class, () -> method.invoke(constructor.newInstance()), source);
    assertInstanceOf(NullPointerException.class, thrown.getCause(), source);
  }
}
