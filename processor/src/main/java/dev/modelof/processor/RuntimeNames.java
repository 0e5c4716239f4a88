package dev.modelof.processor;

import com.palantir.javapoet.ClassName;

/** Names of the runtime's types that the processor refers to. */
public final class RuntimeNames {
  public static final String MODEL_OF = "dev.modelof.ModelOf";
  public static final String INVARIANT = "dev.modelof.Invariant";
  public static final String REQUIRES = "dev.modelof.Requires";
  public static final String WEIGHT = "dev.modelof.Weight";
  public static final String REF = "dev.modelof.Ref";
  public static final String FRESH = "dev.modelof.Fresh";
  public static final String RANGE = "dev.modelof.Range";
  public static final String SIZE = "dev.modelof.Size";
  public static final String FROM = "dev.modelof.From";
  public static final String GEN = "dev.modelof.Gen";

  public static final ClassName HANDLE = ClassName.get("dev.modelof", "Handle");
  public static final ClassName GENS = ClassName.get("dev.modelof", "Gens");
  public static final ClassName SETTINGS = ClassName.get("dev.modelof", "Settings");

  private RuntimeNames() {}
}
