package dev.modelof.guide.pipeline;

import dev.modelof.From;
import dev.modelof.ModelOf;
import dev.modelof.Requires;
import dev.modelof.Size;
import java.util.List;

// [pipeline-guarded-spec]
@ModelOf(Pipeline.class)
public interface GuardedPipelineSpec {

  static PipelineModel model() {
    return new PipelineModel();
  }

  // Only names not taken yet: a duplicate is never generated.
  @Requires("isNew")
  void addFirst(@Size(min = 1, max = 3) String name, @From(HandledTypes.class) EventType... handles);

  @Requires("isNew")
  void addLast(@Size(min = 1, max = 3) String name, @From(HandledTypes.class) EventType... handles);

  // Only names that are there.
  @Requires("has")
  void remove(@Size(min = 1, max = 3) String name);

  List<String> fire(EventType event);
}
// [/pipeline-guarded-spec]
