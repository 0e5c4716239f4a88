package dev.modelof.guide.pipeline;

/** What a pipeline carries. */
public enum EventType {
  READ,
  WRITE,
  FLUSH,
  CLOSE
}
