package dev.modelof.processor;

import com.palantir.javapoet.ClassName;

/**
 * Names of the runtime's types that the processor refers to: the annotations it reads, the API
 * types generated code names, and the {@code dev.modelof.internal} types generated code calls.
 */
public final class RuntimeNames {
  private RuntimeNames() {}

  private static final String API = "dev.modelof";
  private static final String INTERNAL = "dev.modelof.internal";

  // the annotations a spec is written with
  public static final String MODEL_OF = API + ".ModelOf";
  public static final String INVARIANT = API + ".Invariant";
  public static final String REQUIRES = API + ".Requires";
  public static final String COMPARE = API + ".Compare";
  public static final String WEIGHT = API + ".Weight";
  public static final String REF = API + ".Ref";
  public static final String FRESH = API + ".Fresh";
  public static final String RANGE = API + ".Range";
  public static final String SIZE = API + ".Size";
  public static final String FROM = API + ".From";
  public static final String FROM_MODEL = API + ".FromModel";
  public static final String GEN = API + ".Gen";
  public static final String LINEARIZABLE = API + ".Linearizable";
  public static final String NON_ATOMIC = API + ".NonAtomic";

  // API types generated code names
  public static final ClassName GENS = ClassName.get(API, "Gens");
  public static final ClassName GEN_TYPE = ClassName.get(API, "Gen");
  public static final ClassName HANDLE = ClassName.get(API, "Handle");
  public static final ClassName SETTINGS = ClassName.get(API, "Settings");
  public static final ClassName SETUP = ClassName.get(API, "Setup");
  public static final ClassName MODEL_CHECK = ClassName.get(API, "ModelCheck");
  public static final ClassName LINEARIZABILITY_CHECK = ClassName.get(API, "LinearizabilityCheck");
  public static final ClassName LINEARIZABILITY_SETTINGS = ClassName.get(API, "LinearizabilitySettings");

  // what generated code calls: dev.modelof.internal
  public static final ClassName MACHINE = ClassName.get(INTERNAL, "Machine");
  public static final ClassName SETUP_INFO = ClassName.get(INTERNAL, "SetupInfo");
  public static final ClassName OPERATION_INFO = ClassName.get(INTERNAL, "OperationInfo");
  public static final ClassName PARAMETER_INFO = ClassName.get(INTERNAL, "ParameterInfo");
  public static final ClassName INVARIANT_INFO = ClassName.get(INTERNAL, "InvariantInfo");
  public static final ClassName REFS = ClassName.get(INTERNAL, "Refs");
  public static final ClassName DRAWS = ClassName.get(INTERNAL, "Draws");
  public static final ClassName UNRECORDED_STEP = ClassName.get(INTERNAL, "UnrecordedStep");
  public static final ClassName COPIES = ClassName.get(INTERNAL, "Copies");
  public static final ClassName COMPARISONS = ClassName.get(INTERNAL, "Comparisons");
  public static final ClassName RESULT_COMPARISON = ClassName.get(INTERNAL, "ResultComparison");
  public static final ClassName GENERATORS = ClassName.get(INTERNAL, "Generators");
}
