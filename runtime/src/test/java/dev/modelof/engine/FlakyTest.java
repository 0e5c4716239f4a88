package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A shrunk failure is replayed before it is reported; one that does not fail every time is called flaky. */
class FlakyTest {
  private static Machine<MapModel, ArrayMap, MapMachine.Op> variant(Class<? extends ArrayMap> type, Supplier<ArrayMap> impl) {
    return Engine.withImpl(new MapMachine(), type, setup -> impl.get());
  }

  @Test
  void aFailureThatDoesNotReplayEveryTimeSaysSoInItsFirstLine() {
    MapBugs.SizeSometimesWrong.calls = 0;
    Failure<?> failure = ModelCheck.of(variant(MapBugs.SizeSometimesWrong.class, MapBugs.SizeSometimesWrong::new))
        .withSeed(1).check().failure();
    assertNotNull(failure, "the bug was not found");
    // every fourth size() in the JVM is wrong, so some but not all of 10 replays fail: how many
    // depends on how many size() calls the shrunk sequence makes, and where the count stood
    assertTrue(failure.report().matches("(?s)MapSpec: flaky: failed [1-9] of 10 replays; SizeSometimesWrong disagrees"
        + " with the model after \\d+ steps? \\(shrunk from \\d+; seed 0x1, try \\d+\\)\n.*"
        + "size\\(\\) +-> model \\d+, SizeSometimesWrong \\d+      <-- here\n.*"), failure.report());
  }

  @Test
  void aFailureThatReplaysEveryTimeIsNotFlaky() {
    Failure<?> failure = ModelCheck.of(variant(MapBugs.SizeAfterRemove.class, MapBugs.SizeAfterRemove::new))
        .withSeed(1).check().failure();
    assertTrue(failure.report().startsWith("MapSpec: SizeAfterRemove disagrees with the model after "), failure.report());
  }
}
