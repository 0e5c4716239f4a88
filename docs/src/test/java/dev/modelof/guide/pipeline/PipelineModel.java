package dev.modelof.guide.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

// [pipeline-model]
/** A pipeline is a list of handlers: adding and removing are list operations. */
final class PipelineModel implements PipelineSpec, GuardedPipelineSpec {
  private record Handler(String name, List<EventType> handles) {}

  private final List<Handler> handlers = new ArrayList<>();

  public void addFirst(String name, EventType... handles) {
    handlers.add(0, handler(name, handles));
  }

  public void addLast(String name, EventType... handles) {
    handlers.add(handler(name, handles));
  }

  public void remove(String name) {
    if (!handlers.removeIf(h -> h.name().equals(name))) {
      throw new NoSuchElementException(name);
    }
  }

  public List<String> fire(EventType event) {
    return handlers.stream().filter(h -> h.handles().contains(event)).map(Handler::name).toList();
  }

  private Handler handler(String name, EventType[] handles) {
    if (!isNew(name, handles)) {
      throw new IllegalArgumentException("duplicate handler name: " + name);
    }
    return new Handler(name, List.of(handles));
  }

  // preconditions of GuardedPipelineSpec
  boolean isNew(String name, EventType... handles) {
    return handlers.stream().noneMatch(h -> h.name().equals(name));
  }

  boolean has(String name) {
    return !isNew(name);
  }
}
// [/pipeline-model]
