package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A bug that only a surrogate pair shows is found with a plain {@code String} parameter and default settings. */
class UnicodeStringsTest {
  @Test
  void aReverseThatSplitsSurrogatePairsIsFound() throws Exception {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "test.Reverser",
            """
            package test;

            public class Reverser {
              /** Reverses the chars: a surrogate pair comes out as two lone surrogates in the wrong order. */
              public String reverse(String text) {
                char[] chars = text.toCharArray();
                for (int i = 0, j = chars.length - 1; i < j; i++, j--) {
                  char c = chars[i];
                  chars[i] = chars[j];
                  chars[j] = c;
                }
                return new String(chars);
              }
            }
            """);
    JavaFileObject spec =
        JavaFileObjects.forSourceString(
            "test.ReverserSpec",
            """
            package test;

            import dev.modelof.ModelOf;

            @ModelOf(Reverser.class)
            public interface ReverserSpec {
              static Model model() {
                return new Model();
              }

              String reverse(String text);

              final class Model implements ReverserSpec {
                public String reverse(String text) {
                  return new StringBuilder(text).reverse().toString();
                }
              }
            }
            """);
    Compilation compilation = Compilations.strict(spec, impl);
    assertThat(compilation).succeededWithoutWarnings();
    Machine<?, ?, ?> machine = (Machine<?, ?, ?>) Compilations.load(compilation, "test.ReverserSpecMachine");
    for (long seed = 1; seed <= 10; seed++) {
      Failure<?> failure = ModelCheck.of(machine).withSeed(seed).check().failure();
      assertNotNull(failure, "seed " + seed + " missed the split pair");
      // shrunk to one step whose argument is a surrogate pair and at most one more code point
      assertTrue(failure.report().matches("(?s).*\\n  reverse\\(\"(\\\\u[0-9a-f]{4}){2}(a|\\\\u[0-9a-f]{4})?\"\\).*"), failure.report());
    }
  }
}
