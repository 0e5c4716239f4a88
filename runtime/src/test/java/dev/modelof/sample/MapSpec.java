package dev.modelof.sample;

/** Stands for the spec of an int-keyed map in reports; {@link MapMachine} is what the processor would write for it. */
public interface MapSpec {
  static MapModel model() {
    return new MapModel();
  }
}
