package dev.modelof.engine;

import dev.modelof.Failure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a failure's regression test as a whole test class, {@code
 * <dir>/regression/<package path>/<Spec>RegressionTest.java}, beside the failure memory: a file the
 * user can copy into the test sources as it is. A failure of another implementation than the
 * spec's own ({@code withImpl}) goes to {@code <Spec><Impl>RegressionTest.java}, so that two
 * failing variants of one spec leave a file each. Best effort, as the memory is.
 */
final class RegressionFile {
  private RegressionFile() {}

  /** {@code type}'s simple name; for an anonymous or local class, its binary name's last part without the {@code $}. */
  private static String name(Class<?> type) {
    String binary = type.getName().substring(type.getName().lastIndexOf('.') + 1);
    return type.getSimpleName().isEmpty() || type.isLocalClass() ? binary.replace("$", "") : type.getSimpleName();
  }

  /**
   * Writes {@code failure}'s regression test under {@code directory}, of {@code otherImpl} when
   * not null: the path written, or null
   * when there is no test, no directory, or the file cannot be written (said in one line on {@code out}).
   */
  static Path write(Failure<?> failure, Class<?> otherImpl, Path directory, PrintStream out) {
    if (directory == null || failure.regressionTest() == null) {
      return null;
    }
    String packageName = failure.spec().getPackageName();
    String className = failure.spec().getSimpleName() + (otherImpl == null ? "" : name(otherImpl)) + "RegressionTest";
    Path file = directory.resolve("regression");
    for (String part : packageName.isEmpty() ? new String[0] : packageName.split("\\.")) {
      file = file.resolve(part);
    }
    file = file.resolve(className + ".java");
    try {
      Files.createDirectories(file.getParent());
      // written beside it and moved in place: specs failing at once (JUnit's parallel execution,
      // Surefire forks) each leave a whole file, never a mix of two
      Path written = Files.createTempFile(file.getParent(), className, ".tmp");
      try {
        Files.writeString(written, failure.regressionSource(packageName, className), StandardCharsets.UTF_8);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(written);
      }
      return file;
    } catch (IOException e) {
      out.println(failure.spec().getSimpleName() + ": warning: cannot write the regression test to " + file + " ("
          + Execution.describe(e) + "); it is in the report only");
      return null;
    }
  }
}
