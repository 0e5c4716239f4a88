package dev.modelof.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code pom.xml} of README.md, which a new project copies whole: on Maven 3.8, whose default
 * Surefire (2.12.4) runs no JUnit 5 test and still reports success, it must pin Surefire 3 and the
 * other plugins a build uses, at the versions this build is tested with, and use this modelof.
 */
class ReadmeSetupTest {
  private static final Path ROOT = Snippets.moduleDir().getParent();

  @Test
  void thePomPinsEveryPluginABuildUsesAtTheVersionsThisBuildUses() throws Exception {
    Map<String, String> readme = plugins(readmePom());
    Map<String, String> ours = plugins(parse(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8)));
    for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin", "maven-resources-plugin",
        "maven-jar-plugin", "maven-install-plugin", "maven-clean-plugin")) {
      assertTrue(readme.containsKey(plugin), "README.md's pom.xml does not pin " + plugin);
      assertEquals(ours.get(plugin), readme.get(plugin), plugin + " in README.md's pom.xml");
    }
    assertTrue(Integer.parseInt(readme.get("maven-surefire-plugin").split("\\.")[0]) >= 3,
        "Surefire before 3 runs no JUnit 5 test");
  }

  @Test
  void thePomUsesThisModelofWithTheProcessorOnTheProcessorPath() throws Exception {
    Document pom = readmePom();
    String version = text(parse(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8))
        .getDocumentElement(), "version");
    assertEquals(version, text((Element) pom.getElementsByTagName("properties").item(0), "modelof.version"));
    Element path = (Element) pom.getElementsByTagName("annotationProcessorPaths").item(0);
    assertEquals("modelof-processor", text((Element) path.getElementsByTagName("path").item(0), "artifactId"));
  }

  /** The pom.xml block that follows {@code <!-- readme-pom -->}. */
  private static Document readmePom() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- readme-pom -->\n```xml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README.md has no <!-- readme-pom --> block");
    return parse(block.group(1));
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Each plugin named in {@code pom}, by artifact id, with its version. */
  private static Map<String, String> plugins(Document pom) {
    Map<String, String> versions = new LinkedHashMap<>();
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      versions.put(text(plugin, "artifactId"), text(plugin, "version"));
    }
    return versions;
  }

  /** The text of {@code parent}'s first child element called {@code name}. */
  private static String text(Element parent, String name) {
    for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }
}
