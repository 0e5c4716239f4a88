package dev.modelof;

/**
 * One generated parameter of an operation or a model factory.
 *
 * @param name the parameter's name in the spec
 * @param gen how its values are generated and shrunk; null for a handle parameter
 * @param fresh true for {@link Fresh}: never an earlier step's value
 * @param refType for a parameter that receives a {@link Ref} result, the canonical name of that
 *     result type; null otherwise
 */
public record Param(String name, Gen<?> gen, boolean fresh, String refType) {
  /** A parameter drawn from {@code gen}, reusing earlier values. */
  public static Param of(String name, Gen<?> gen) {
    return new Param(name, gen, false, null);
  }

  /** A {@link Fresh} parameter drawn from {@code gen}. */
  public static Param fresh(String name, Gen<?> gen) {
    return new Param(name, gen, true, null);
  }

  /** A parameter that receives a handle an earlier {@link Ref} operation returned. */
  public static Param handle(String name, String refType) {
    return new Param(name, null, false, refType);
  }

  /** True when this parameter receives a handle. */
  public boolean isHandle() {
    return refType != null;
  }
}
