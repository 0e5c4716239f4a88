package dev.modelof.engine;

import dev.modelof.Gen;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.SettingsText;
import dev.modelof.internal.SetupInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers the last failure of a spec between runs, in {@code <dir>/<spec canonical name>.txt},
 * one line per implementation: the seed and the try that failed, the try's size and length, and a
 * signature of the spec's operations. The next run replays that try first, then searches as
 * usual; the line goes once the try passes (the bug is fixed), and is dropped with one line on
 * stdout when the signature no longer matches (the same seed would now draw other sequences).
 *
 * <p>Specs may be checked at the same time, by threads of one JVM or by two builds: each reading
 * and rewriting of a file holds a lock, a monitor within the JVM and a {@link FileLock} on {@code
 * <dir>/.lock} between JVMs, so no entry is lost and no half-written file is read.
 */
final class FailureMemory {
  private static final Pattern LINE = Pattern.compile(
      "(\\S+) seed=(0x[0-9A-Fa-f]+) try=(\\d+) size=(\\d+) length=(\\d+) signature=([0-9a-f]+)");
  /** The monitor of each lock file: a {@link FileLock} is held for the whole JVM, not for a thread. */
  private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

  /** One remembered failure: enough to draw the same try again. */
  record Entry(long seed, int tryNumber, int size, int length) {}

  private final Path file;
  private final String impl;
  private final String signature;
  private final String spec;
  private final PrintStream out;

  private FailureMemory(Path file, String impl, String signature, String spec, PrintStream out) {
    this.file = file;
    this.impl = impl;
    this.signature = signature;
    this.spec = spec;
    this.out = out;
  }

  /** The memory of {@code machine}'s failures in {@code directory}; null when {@code directory} is. */
  static FailureMemory of(Machine<?, ?, ?> machine, Path directory, PrintStream out) {
    if (directory == null) {
      return null;
    }
    return new FailureMemory(directory.resolve(machine.specType().getCanonicalName() + ".txt"), machine.implType().getCanonicalName(), signature(machine),
        machine.specType().getSimpleName(), out);
  }

  Path file() {
    return file;
  }

  /** The remembered failure of this implementation, or null; a stale one is reported and dropped. */
  Entry recall() {
    return Files.exists(file) ? locked(this::recallLocked) : null;
  }

  private Entry recallLocked() {
    for (String line : lines()) {
      if (!line.startsWith(impl + " ")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (m.matches() && m.group(6).equals(signature)) {
        return new Entry(SettingsText.parseSeed("memory", m.group(2)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
      }
      out.println(spec + ": forgetting the failure remembered in " + file + ": the spec's operations changed since"
          + " it was found, so its seed would draw other sequences");
      write(others());
      return null;
    }
    return null;
  }

  /** Remembers {@code entry} for this implementation, in place of any earlier one. */
  void remember(Entry entry) {
    locked(() -> {
      List<String> lines = others();
      lines.add(String.format(Locale.ROOT, "%s seed=%s try=%d size=%d length=%d signature=%s", impl,
          SettingsText.formatSeed(entry.seed()), entry.tryNumber(), entry.size(), entry.length(), signature));
      write(lines);
      return null;
    });
  }

  /** Forgets this implementation's failure. */
  void forget() {
    locked(() -> {
      write(others());
      return null;
    });
  }

  /**
   * Runs {@code action} holding this file's locks. Where the directory cannot hold a lock file (it
   * is read-only) or the file system cannot lock (some network file systems), only the JVM's
   * monitor is held: the memory is an aid, not worth failing a test for.
   */
  private <T> T locked(Supplier<T> action) {
    Path lockFile = file.toAbsolutePath().normalize().resolveSibling(".lock");
    synchronized (MONITORS.computeIfAbsent(lockFile, f -> new Object())) {
      T result = null;
      try (FileChannel channel = openOrNull(lockFile); FileLock lock = lockOrNull(channel)) {
        result = action.get();
      } catch (IOException e) {
        // releasing the lock failed; closing the channel releases it anyway
      }
      return result;
    }
  }

  private static FileChannel openOrNull(Path lockFile) {
    try {
      Files.createDirectories(lockFile.getParent());
      return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      return null;
    }
  }

  private static FileLock lockOrNull(FileChannel channel) {
    try {
      return channel == null ? null : channel.lock();
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  private List<String> others() {
    List<String> kept = new ArrayList<>();
    for (String line : lines()) {
      if (!line.startsWith("#") && !line.isBlank() && !line.startsWith(impl + " ")) {
        kept.add(line);
      }
    }
    return kept;
  }

  /** The file's lines; none, with a warning, when it cannot be read. */
  private List<String> lines() {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      warn("cannot read", e);
      return List.of();
    }
  }

  /** Rewrites the file with {@code entries}; a write that fails is a warning, never a failure of the run. */
  private void write(List<String> entries) {
    try {
      if (entries.isEmpty()) {
        Files.deleteIfExists(file);
        return;
      }
      List<String> lines = new ArrayList<>();
      lines.add("# modelof: failures of " + spec + ", replayed first by the next run and forgotten once they pass.");
      lines.add("# Delete this file to forget them now; -Dmodelof.memory=off not to remember any.");
      lines.addAll(entries);
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      warn("cannot write", e);
    }
  }

  /** One line on what the memory could not do; the run's verdict and report stay as they are. */
  private void warn(String what, IOException e) {
    out.println(spec + ": warning: the failure memory " + what + " " + file + " (" + Execution.describe(e)
        + "); the run goes on without it");
  }

  /**
   * A hash of what decides which sequences a seed draws: the factories and operations with their
   * parameters, generators, weights and result kinds.
   */
  static String signature(Machine<?, ?, ?> machine) {
    StringBuilder text = new StringBuilder();
    for (SetupInfo setupInfo : machine.setups()) {
      text.append("factory ").append(setupInfo.method()).append(params(setupInfo.parameters())).append('\n');
    }
    for (OperationInfo operation : machine.operations()) {
      text.append("operation ").append(operation.name()).append(params(operation.parameters()))
          .append(" weight ").append(operation.weight()).append(" result ").append(operation.resultKind())
          .append(operation.handleType() == null ? "" : " " + operation.handleType().getCanonicalName()).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String params(List<ParameterInfo> params) {
    List<String> out = new ArrayList<>();
    for (ParameterInfo param : params) {
      out.add(param.name() + ":" + (param.isHandle() ? "handle " + param.handleType().getCanonicalName() : describe(param.gen()))
          + (param.fresh() ? " fresh" : ""));
    }
    return "(" + String.join(", ", out) + ")";
  }

  /**
   * A generator as the signature sees it: a record by its components (the built-in ones), any
   * other class by its name, since its {@code toString} may differ from run to run.
   */
  static String describe(Gen<?> gen) {
    Class<?> type = gen.getClass();
    if (type.isRecord()) {
      return gen.toString();
    }
    return type.isHidden() ? "a lambda" : type.getName();
  }
}
