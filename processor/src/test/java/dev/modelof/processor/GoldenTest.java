package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelof.processor.Compilations.generated;
import static dev.modelof.processor.Compilations.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of example specs, compared as exact text with files under {@code
 * src/test/resources/golden/}: a copy of the LRU example that uses more of modelof, a spec that
 * uses every feature, a spec with a parameter of every generated type, and the B-tree example read from its module (so a change to {@code
 * BTreeSpec} shows here too).
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
  private static final String BTREE = "dev.modelof.example.btree.";
  private static final String TYPES = "dev.modelof.example.types.";
  private static final List<String> TYPES_FILES =
      List.of("TypesSpec", "Types", "TypesModel", "Point", "Segment", "Pair", "Tagged", "Color", "Origins", "Words");
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
    Compilation compilation = Compilations.strict(storeSources().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("StoreSpecOp", "StoreSpecMachine", "StoreSpecModelTest")) {
      assertGolden("store/" + name + ".java", generated(compilation, STORE + name));
    }
  }

  /** A parameter of every type that modelof generates, nested: records, Optional, collections, maps, arrays. */
  @Test
  void typesSpec() throws IOException {
    Compilation compilation = Compilations.strict(typesSources().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("TypesSpecOp", "TypesSpecMachine", "TypesSpecModelTest")) {
      assertGolden("types/" + name + ".java", generated(compilation, TYPES + name));
    }
  }

  /** The B-tree example as it is in its own module, {@code example-btree}. */
  @Test
  void bTreeExample() throws IOException {
    Path example = Path.of("..", "example-btree", "src");
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path file :
        List.of(
            example.resolve("main/java/dev/modelof/example/btree/BTree.java"),
            example.resolve("test/java/dev/modelof/example/btree/BTreeSpec.java"),
            example.resolve("test/java/dev/modelof/example/btree/TreeMapModel.java"))) {
      sources.add(JavaFileObjects.forSourceString(BTREE + file.getFileName().toString().replace(".java", ""), Files.readString(file, UTF_8)));
    }
    Compilation compilation = Compilations.strict(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("BTreeSpecOp", "BTreeSpecMachine", "BTreeSpecModelTest")) {
      assertGolden("btree/" + name + ".java", generated(compilation, BTREE + name));
    }
  }

  /**
   * Compiled twice, by two processor instances and with the sources in opposite orders, every
   * generated file has the same bytes.
   */
  @Test
  void sameInputSameBytes() {
    List<JavaFileObject> sources = new ArrayList<>(storeSources());
    sources.addAll(lruSources());
    Compilation first = Compilations.strict(sources.toArray(JavaFileObject[]::new));
    Collections.reverse(sources);
    Compilation second = Compilations.strict(sources.toArray(JavaFileObject[]::new));
    assertThat(first).succeededWithoutWarnings();
    assertThat(second).succeededWithoutWarnings();
    List<String> names = new ArrayList<>();
    for (String name : List.of("Op", "Machine", "ModelTest")) {
      names.add(LRU + "LruCacheSpec" + name);
      names.add(STORE + "StoreSpec" + name);
    }
    assertEquals(6, first.generatedSourceFiles().size());
    for (String name : names) {
      assertArrayEquals(
          generated(first, name).getBytes(UTF_8), generated(second, name).getBytes(UTF_8), name);
    }
  }

  private static Compilation lru() {
    return Compilations.strict(lruSources().toArray(JavaFileObject[]::new));
  }

  private static List<JavaFileObject> lruSources() {
    return List.of(
        resource("lru/dev/modelof/example/lru/LruCacheSpec.java"),
        resource("lru/dev/modelof/example/lru/LruCache.java"),
        resource("lru/dev/modelof/example/lru/NaiveLru.java"));
  }

  private static List<JavaFileObject> storeSources() {
    return STORE_FILES.stream().map(f -> resource("features/dev/modelof/example/store/" + f + ".java")).toList();
  }

  static List<JavaFileObject> typesSources() {
    return TYPES_FILES.stream().map(f -> resource("types/dev/modelof/example/types/" + f + ".java")).toList();
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
