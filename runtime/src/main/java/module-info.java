/**
 * modelof's runtime. It exports the API a user writes and calls ({@code dev.modelof}) and the
 * support that generated code calls ({@code dev.modelof.internal}); the engine stays inside.
 */
module dev.modelof {
  requires org.opentest4j;
  requires java.management;

  exports dev.modelof;
  exports dev.modelof.internal;
}
