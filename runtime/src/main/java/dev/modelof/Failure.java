package dev.modelof;

import java.util.List;

/**
 * A shrunk failure: the sequence, where it came from, the report and the regression test.
 *
 * @param spec the spec interface
 * @param setup the shrunk setup
 * @param operations the shrunk sequence of operation records
 * @param originalLength how many steps the sequence had when it first failed
 * @param seed the run's seed
 * @param tryNumber the try (from 1) that failed
 * @param replays how many sequences the shrinker replayed
 * @param report the text printed for the user
 * @param regressionTest the regression test method, or null when a value has no Java form
 * @param imports the imports the regression test needs
 * @param kind how the implementation failed
 * @param <O> the spec's operation type
 */
public record Failure<O>(
    Class<?> spec,
    Setup setup,
    List<O> operations,
    int originalLength,
    long seed,
    int tryNumber,
    int replays,
    String report,
    String regressionTest,
    List<String> imports,
    Kind kind) {

  /** How a sequence fails. */
  public enum Kind {
    /** A step's result, exception or an invariant disagrees with the model. */
    DISAGREE,
    /** The implementation failed to build. */
    BUILD,
    /** Closing the implementation ({@link AutoCloseable}) failed, or disagrees with the model. */
    CLOSE,
    /** A call did not return within the timeout. */
    TIMEOUT
  }

  /** The number of steps of the shrunk sequence. */
  public int length() {
    return operations.size();
  }

  /** The regression test as a whole compilation unit: package, imports and a class around it. */
  public String regressionSource(String packageName, String className) {
    return wholeClass(packageName, className, imports, regressionTest);
  }

  /**
   * {@code test}, a test method, as a compilation unit: the package, {@code imports} but those of
   * the package's own classes, and a class called {@code className} around it, indented.
   */
  static String wholeClass(String packageName, String className, List<String> imports, String test) {
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    String samePackage = "import " + packageName + ".";
    for (String line : imports) {
      // a class of the test's own package needs no import
      boolean ownPackage = line.startsWith(samePackage) && line.indexOf('.', samePackage.length()) < 0;
      if (!ownPackage) {
        out.append(line).append('\n');
      }
    }
    out.append("\nclass ").append(className).append(" {\n");
    test.lines().forEach(line -> out.append(line.isEmpty() ? "" : "  " + line).append('\n'));
    return out.append("}\n").toString();
  }
}
