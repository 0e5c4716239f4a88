package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelof.processor.Compilations.generated;
import static dev.modelof.processor.Compilations.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of example specs, compared as exact text with files under {@code
 * src/test/resources/golden/}.
 *
 * <p>After a deliberate change to the generated code, regenerate the golden files with
 *
 * <pre>
 * mvn -B -o install -pl runtime,processor -Dmodelof.updateGolden=true
 * </pre>
 *
 * and review the diff before committing. Without that switch a difference fails the test.
 */
class GoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("modelof.updateGolden");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private static final String LRU = "dev.modelof.example.lru.";
  private static final String STORE = "dev.modelof.example.store.";
  private static final List<String> STORE_FILES =
      List.of("StoreSpec", "Store", "StoreModel", "Session", "Kind", "Amounts", "Tags");

  @Test
  void lruCacheSpec() throws IOException {
    Compilation compilation = lru();
    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("LruCacheSpecOp", "LruCacheSpecMachine", "LruCacheSpecModelTest")) {
      assertGolden("lru/" + name + ".java", generated(compilation, LRU + name));
    }
  }

  @Test
  void storeSpec() throws IOException {
    Compilation compilation =
        Compilations.strict(
            STORE_FILES.stream().map(f -> resource("features/dev/modelof/example/store/" + f + ".java")).toArray(javax.tools.JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("StoreSpecOp", "StoreSpecMachine", "StoreSpecModelTest")) {
      assertGolden("store/" + name + ".java", generated(compilation, STORE + name));
    }
  }

  @Test
  void sameInputSameOutput() {
    Compilation first = lru();
    Compilation second = lru();
    for (String name : List.of("LruCacheSpecOp", "LruCacheSpecMachine", "LruCacheSpecModelTest")) {
      assertEquals(generated(first, LRU + name), generated(second, LRU + name), name);
    }
  }

  private static Compilation lru() {
    return Compilations.strict(
        resource("lru/dev/modelof/example/lru/LruCacheSpec.java"),
        resource("lru/dev/modelof/example/lru/LruCache.java"),
        resource("lru/dev/modelof/example/lru/NaiveLru.java"));
  }

  static void assertGolden(String path, String actual) throws IOException {
    Path file = GOLDEN.resolve(path);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, UTF_8);
      System.err.println("modelof.updateGolden: wrote " + file.toAbsolutePath());
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError(
          "No golden file " + file + "; run with -Dmodelof.updateGolden=true to create it");
    }
    assertEquals(Files.readString(file, UTF_8), actual, "generated " + path + " differs from the golden file");
  }
}
