package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.modelof.processor.Compilations.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Gradle's incremental compilation needs of an isolating processor: the declaration in the
 * processor's jar, and exactly one originating element, the spec, on every generated file.
 */
class IncrementalBuildTest {
  private static final String GRADLE = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";

  @Test
  void declaredIsolating() throws IOException, URISyntaxException {
    assertEquals(List.of("dev.modelof.processor.ModelOfProcessor,isolating"), lines(GRADLE));
  }

  @Test
  void registeredAsAService() throws IOException, URISyntaxException {
    assertEquals(List.of("dev.modelof.processor.ModelOfProcessor"), lines(SERVICES));
  }

  @Test
  void everyGeneratedFileNamesItsSpec() {
    JavaFileObject nested =
        JavaFileObjects.forSourceString(
            "test.Outer",
            """
            package test;

            public class Outer {
              @dev.modelof.ModelOf(Counter.class)
              interface Spec {
                static Spec model() {
                  return null;
                }

                void add(int n);
              }
            }
            """);
    FilerRecorder processor = new FilerRecorder(new ModelOfProcessor());
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .compile(
                nested,
                DiagnosticsTest.COUNTER,
                resource("lru/dev/modelof/example/lru/LruCacheSpec.java"),
                resource("lru/dev/modelof/example/lru/LruCache.java"),
                resource("lru/dev/modelof/example/lru/NaiveLru.java"));
    assertThat(compilation).succeeded();
    List<FilerRecorder.Created> created = processor.created();
    assertEquals(6, created.size(), created.toString());
    for (FilerRecorder.Created file : created) {
      List<Element> origins = file.originatingElements();
      assertEquals(1, origins.size(), file.name() + " must have exactly one originating element");
      String spec = ((TypeElement) origins.get(0)).getQualifiedName().toString();
      String expected = spec.equals("test.Outer.Spec") ? "test.Outer_Spec" : spec;
      assertTrue(
          List.of(expected + "Op", expected + "Machine", expected + "ModelTest").contains(file.name()),
          file.name() + " generated from " + spec);
    }
  }

  /** The lines of a resource in the processor's own jar or classes directory, not anywhere else. */
  private static List<String> lines(String resource) throws IOException, URISyntaxException {
    URL location = ModelOfProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    Path path = Path.of(location.toURI());
    String text;
    if (Files.isDirectory(path)) {
      text = Files.readString(path.resolve(resource), UTF_8);
    } else {
      try (JarFile jar = new JarFile(path.toFile())) {
        ZipEntry entry = jar.getEntry(resource);
        assertTrue(entry != null, resource + " is missing from " + path);
        try (InputStream in = jar.getInputStream(entry)) {
          text = new String(in.readAllBytes(), UTF_8);
        }
      }
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
