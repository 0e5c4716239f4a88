package dev.modelof.guide.pipeline;

import dev.modelof.From;
import dev.modelof.ModelOf;
import dev.modelof.Size;
import java.util.List;

// [pipeline-spec]
@ModelOf(Pipeline.class)
public interface PipelineSpec {

  static PipelineModel model() {
    return new PipelineModel();
  }

  // A taken name throws IllegalArgumentException: the model throws it too.
  void addFirst(@Size(min = 1, max = 3) String name, @From(HandledTypes.class) EventType... handles);

  void addLast(@Size(min = 1, max = 3) String name, @From(HandledTypes.class) EventType... handles);

  // An unknown name throws NoSuchElementException, on both sides.
  void remove(@Size(min = 1, max = 3) String name);

  List<String> fire(EventType event);
}
// [/pipeline-spec]
