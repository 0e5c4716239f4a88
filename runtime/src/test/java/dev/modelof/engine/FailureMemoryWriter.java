package dev.modelof.engine;

import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapMachine;
import java.nio.file.Path;

/**
 * Run in a JVM of its own by {@code FailureMemoryTest}: remembers a failure of implementation
 * {@code args[1]} in directory {@code args[0]} again and again, so that two of these write the
 * same memory file at the same time.
 */
public final class FailureMemoryWriter {
  private FailureMemoryWriter() {}

  public static void main(String[] args) throws ClassNotFoundException {
    FailureMemory memory = FailureMemory.of(Engine.withImpl(new MapMachine(), Class.forName(args[1]), setup -> new ArrayMap()),
        Path.of(args[0]), System.out);
    for (int round = 1; round <= Integer.parseInt(args[2]); round++) {
      memory.remember(new FailureMemory.Entry(round, round, 1, 1));
      FailureMemory.Entry recalled = memory.recall();
      if (recalled == null || recalled.tryNumber() != round) {
        System.exit(1);
      }
    }
  }
}
