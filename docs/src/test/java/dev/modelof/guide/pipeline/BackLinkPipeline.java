package dev.modelof.guide.pipeline;

// [pipeline-bug]
/** The bug: addFirst does not point the old head back at the new one. */
public class BackLinkPipeline extends Pipeline {
  @Override
  public void addFirst(String name, EventType... handles) {
    Node node = newNode(name, handles);
    node.next = head;
    if (head == null) {
      tail = node;
    }
    // missing: else head.prev = node;
    head = node;
  }
}
// [/pipeline-bug]
