package dev.modelof.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's {@code pom.xml}, copied whole into an empty directory with a spec of a counter that
 * has a bug, runs the generated test with the Maven that runs this build: the test fails with
 * modelof's report, where a setup that runs no test would print "BUILD SUCCESS". This build's
 * runtime and processor are installed into its local repository first, as README.md's
 * {@code mvn install} would.
 */
class ReadmeProjectTest {
  private static final Path ROOT = Snippets.moduleDir().getParent();

  @Test
  void theReadmeSetupRunsTheGeneratedTest(@TempDir Path project) throws Exception {
    String mavenHome = System.getProperty("modelof.mavenHome", "");
    String repository = System.getProperty("modelof.localRepository", "");
    assumeTrue(!mavenHome.isEmpty() && !mavenHome.startsWith("${"), "run by Maven, which names itself");
    Path mvn = Path.of(mavenHome, "bin", "mvn");
    String version = version();
    install(mvn, repository, project, "pom.xml", "pom.xml", "pom");
    install(mvn, repository, project, "runtime/target/modelof-runtime-" + version + ".jar", "runtime/pom.xml", "jar");
    install(mvn, repository, project, "processor/target/modelof-processor-" + version + ".jar", "processor/pom.xml", "jar");

    Files.writeString(project.resolve("pom.xml"), readmePom(), StandardCharsets.UTF_8);
    write(project, "src/main/java/demo/Counter.java", """
        package demo;

        public class Counter {
          private int count;

          public void inc() {
            count = count == 2 ? count + 2 : count + 1;   // skips 3
          }

          public int get() {
            return count;
          }
        }
        """);
    write(project, "src/test/java/demo/CounterSpec.java", """
        package demo;

        import dev.modelof.ModelOf;

        @ModelOf(Counter.class)
        public interface CounterSpec {
          static Model model() {
            return new Model();
          }

          void inc();

          int get();

          final class Model implements CounterSpec {
            private int count;

            public void inc() {
              count++;
            }

            public int get() {
              return count;
            }
          }
        }
        """);
    Run run = maven(mvn, repository, project, "-B", "test");
    assertTrue(run.output().contains("Running demo.CounterSpecModelTest"), run.output());
    assertTrue(run.output().contains("CounterSpec: Counter disagrees with the model after 4 steps"), run.output());
    assertTrue(run.output().contains("Tests run: 1, Failures: 1"), run.output());
    assertEquals(1, run.exit(), run.output());
  }

  private record Run(int exit, String output) {}

  private static Run maven(Path mvn, String repository, Path directory, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(mvn.toString(), "-Dmaven.repo.local=" + repository));
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile(directory.getParent(), "maven", ".log");
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Maven did not finish in 5 minutes");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(process.exitValue(), output);
  }

  /** Installs {@code file} of this repository, described by {@code pom}, into the local repository. */
  private static void install(Path mvn, String repository, Path directory, String file, String pom, String packaging)
      throws IOException, InterruptedException {
    Run run = maven(mvn, repository, directory, "-B", "-q",
        "org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file",
        "-Dfile=" + ROOT.resolve(file), "-DpomFile=" + ROOT.resolve(pom), "-Dpackaging=" + packaging);
    assertEquals(0, run.exit(), run.output());
  }

  private static void write(Path project, String file, String text) throws IOException {
    Path path = project.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  /** The pom.xml block that follows {@code <!-- readme-pom -->}, as a user copies it. */
  private static String readmePom() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- readme-pom -->\n```xml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README.md has no <!-- readme-pom --> block");
    return block.group(1);
  }

  private static String version() throws IOException {
    Matcher version = Pattern.compile("<artifactId>modelof-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
    assertTrue(version.find(), "no version in pom.xml");
    return version.group(1);
  }
}
