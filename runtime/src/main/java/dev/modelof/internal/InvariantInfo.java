package dev.modelof.internal;

/**
 * An {@code @Invariant} of a spec, as the regression-test writer needs to call it. Generated code
 * builds one with {@link #onImpl}, {@link #onModel} or {@link #onBoth}, then {@link #throwing} for
 * a {@code void} one. For generated code only; no compatibility promise.
 *
 * @param method the spec's static method
 * @param takesModel whether its parameters include the model (always first)
 * @param takesImpl whether its parameters include the implementation
 * @param returnsBoolean true for a boolean invariant, false for a void one that fails by throwing
 */
public record InvariantInfo(String method, boolean takesModel, boolean takesImpl, boolean returnsBoolean) {
  /** A boolean invariant of the implementation: {@code static boolean method(Impl impl)}. */
  public static InvariantInfo onImpl(String method) {
    return new InvariantInfo(method, false, true, true);
  }

  /** A boolean invariant of the model: {@code static boolean method(Model model)}. */
  public static InvariantInfo onModel(String method) {
    return new InvariantInfo(method, true, false, true);
  }

  /** A boolean invariant of both: {@code static boolean method(Model model, Impl impl)}. */
  public static InvariantInfo onBoth(String method) {
    return new InvariantInfo(method, true, true, true);
  }

  /** This invariant as a {@code void} method that fails by throwing. */
  public InvariantInfo throwing() {
    return new InvariantInfo(method, takesModel, takesImpl, false);
  }
}
