package dev.modelof.guide.pipeline;

import dev.modelof.Gen;
import dev.modelof.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// [pipeline-gen]
/** The event types a handler takes: each at most once, in declaration order, often none. */
public final class HandledTypes implements Gen<EventType[]> {
  @Override
  public EventType[] generate(Source source) {
    return Arrays.stream(EventType.values()).filter(type -> source.chance(0.3)).toArray(EventType[]::new);
  }

  /** Simpler: one type fewer. */
  @Override
  public List<EventType[]> shrink(EventType[] types) {
    List<EventType[]> fewer = new ArrayList<>();
    for (EventType left : types) {
      fewer.add(Arrays.stream(types).filter(type -> type != left).toArray(EventType[]::new));
    }
    return fewer;
  }
}
// [/pipeline-gen]
