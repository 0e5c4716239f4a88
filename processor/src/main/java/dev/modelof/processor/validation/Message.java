package dev.modelof.processor.validation;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic modelof reports, each with a stable id that the text starts with. Each message
 * says what is wrong and how to fix it; docs/diagnostics.md lists them with examples.
 */
public enum Message {
  // ---- the spec itself ----
  MODEL_OF_NOT_INTERFACE(
      "ModelOfNotInterface",
      "@ModelOf goes on an interface, but %s is %s; declare it as `interface %s` with one abstract"
          + " method per operation"),
  SPEC_GENERIC(
      "SpecGeneric",
      "spec %s has type parameters; remove them and use concrete types in its operations"),
  SPEC_PRIVATE(
      "SpecPrivate",
      "spec %s is private, so the generated classes next to it cannot see it; make it"
          + " package-private or public"),
  SETTINGS_INVALID("SettingsInvalid", "@ModelOf(%s = %s) is invalid: %s"),
  TYPE_NOT_ACCESSIBLE(
      "TypeNotAccessible",
      "%s, %s, cannot be named in %s, where the classes generated from %s live; make %s visible"
          + " there: public, or package-private in the same package"),
  NO_OPERATIONS(
      "NoOperations",
      "spec %s has no operations; declare the calls to test as abstract methods, e.g."
          + " `int size();`"),

  // ---- model factories ----
  NO_MODEL_FACTORY(
      "NoModelFactory",
      "spec %s has no model factory; add a static method that returns the model, a class that"
          + " implements %s, e.g. `static MyModel model() { return new MyModel(); }`"),
  FACTORY_GENERIC(
      "FactoryGeneric",
      "factory %s has type parameters, so the generated test cannot call it; declare it with"
          + " concrete types"),
  MODEL_FACTORY_NOT_SPEC(
      "ModelFactoryNotSpec",
      "model factory %s returns %s, which does not implement %s; make %s implement %s (a model"
          + " factory must return a subtype of the spec)"),
  MODEL_MISSING_OPERATION(
      "ModelMissingOperation",
      "model %s does not implement operation %s of %s, so the generated test cannot call it on the"
          + " model; implement %s in %s"),

  // ---- the implementation ----
  IMPL_NOT_CLASS(
      "ImplNotClass",
      "@ModelOf(%s) must name a class or interface to test; name the implementation under"
          + " test"),
  IMPL_GENERIC_NEEDS_FACTORY(
      "ImplGenericNeedsFactory",
      "%s is generic, so modelof cannot tell which type arguments to test; add a static impl"
          + " factory returning the type to test to %s, e.g. `%s`"),
  IMPL_ABSTRACT_NEEDS_FACTORY(
      "ImplAbstractNeedsFactory",
      "%s is %s, so it has no constructor to call; add a static impl factory that returns a %s"
          + " to %s, e.g. `%s`"),
  IMPL_NO_CONSTRUCTOR(
      "ImplNoConstructor",
      "%s has no public constructor %s to build it like model factory %s; add one, or a static"
          + " impl factory `%s` to %s"),
  IMPL_NO_FACTORY(
      "ImplNoFactory",
      "no impl factory builds a %s from (%s) like model factory %s; add `%s` to %s"),
  IMPL_FACTORY_TYPES_DIFFER(
      "ImplFactoryTypesDiffer",
      "impl factory %s returns %s but impl factory %s returns %s; make all impl factories return"
          + " the same type"),
  IMPL_MISSING_OPERATION(
      "ImplMissingOperation",
      "%s has no method %s; add one, or a static adapter `%s` to %s"),
  IMPL_OPERATION_PARAMETERS(
      "ImplOperationParameters",
      "%s has %s, which does not take the parameters of operation %s; change one of them to"
          + " match, or add a static adapter `%s` to %s"),
  IMPL_OPERATION_AMBIGUOUS(
      "ImplOperationAmbiguous",
      "%s is ambiguous on %s: none of %s is more specific than the others, so javac would refuse the"
          + " call; add a static adapter `%s` to %s that calls one of them"),
  IMPL_OPERATION_NOT_PUBLIC(
      "ImplOperationNotPublic",
      "%s.%s is not public, so the generated test cannot call it; make it public, or add a static"
          + " adapter `%s` to %s"),
  IMPL_OPERATION_STATIC(
      "ImplOperationStatic",
      "%s.%s is static, so it cannot be called on an instance; make it an instance method, or add"
          + " a static adapter `%s` to %s"),
  IMPL_RESULT_INCOMPATIBLE(
      "ImplResultIncompatible",
      "%s.%s returns %s, which cannot be compared with the %s of operation %s; return %s from"
          + " it, or add a static adapter `%s` to %s that converts the result"),
  ADAPTER_PARAMETERS(
      "AdapterParameters",
      "adapter %s must take the implementation and then the parameters of operation %s; declare"
          + " it as `%s`"),
  ADAPTER_RESULT(
      "AdapterResult",
      "adapter %s returns %s, which cannot be compared with the %s of operation %s; declare it"
          + " as `%s`"),

  // ---- operations ----
  OPERATION_OVERLOADED(
      "OperationOverloaded",
      "operations %s and %s would both be written as record %s; rename one, and call the"
          + " implementation's method from a static adapter named like it"),
  OPERATION_NAME_TAKEN(
      "OperationNameTaken",
      "operation %s would be written as record %s, the name of the generated operation type"
          + " itself; rename the operation"),
  OPERATION_OBJECT_METHOD(
      "OperationObjectMethod",
      "operation %s redeclares Object's %s, which every model and implementation has, so it would"
          + " not test the implementation; remove it from the spec, or give the operation a name of"
          + " its own, e.g. `%s` with a static adapter calling %s"),
  PARAMETER_NAME_RESERVED(
      "ParameterNameReserved",
      "parameter %s of operation %s cannot be a record component (records reserve the names of"
          + " Object's methods); rename the parameter"),
  OPERATION_INHERITED_GENERIC(
      "OperationInheritedGeneric",
      "operation %s is inherited from %s, whose type arguments modelof does not substitute yet;"
          + " redeclare %s in %s with concrete types"),
  OPERATION_GENERIC(
      "OperationGeneric",
      "operation %s has type parameters, so modelof cannot generate its arguments; declare it"
          + " with concrete types, one operation per type to test"),
  RESULT_IDENTITY(
      "ResultIdentity",
      "operation %s returns %s, whose equals is Object's, so the model's result never equals the"
          + " implementation's; return something that compares by value (a record, a String, a"
          + " number, a List), compare it with @Compare(\"method\") naming a static boolean method"
          + " of the spec, call it through a static adapter of the spec that returns such a value,"
          + " declare it void if its result does not matter (a fluent method returning this), or"
          + " mark %s @Ref if the result is a handle for later operations"),
  FLUENT_RESULT(
      "FluentResult",
      "operation %s returns %s, the implementation's own type: a fluent method that returns this, which"
          + " is the implementation on one side and the model on the other, so the two never compare;"
          + " declare `void %s(...)` in the spec (the implementation's method may still return this),"
          + " and check the state with an operation that returns a value, such as `int length()`, or"
          + " `String text()` with a static adapter calling toString() (a spec cannot declare toString())"),
  WEIGHT_NOT_POSITIVE(
      "WeightNotPositive",
      "@Weight(%s) on %s must be at least 1; use a larger weight for the other operations to make"
          + " this one rarer, or remove the operation"),
  WEIGHT_NOT_OPERATION(
      "WeightNotOperation",
      "@Weight on %s, which is not an operation; put @Weight on an abstract method of the spec"),
  REF_ON_VOID(
      "RefOnVoid",
      "@Ref on %s, which returns nothing: a @Ref operation returns the handle later operations"
          + " use; return the handle, or remove @Ref"),
  REF_NOT_OPERATION(
      "RefNotOperation",
      "@Ref on %s, which is not an operation; put @Ref on an abstract method of the spec"),
  BOUNDS_BESIDE_FROM(
      "BoundsBesideFrom",
      "@%s on %s does nothing beside @From(%s), whose generator alone decides the values; bound them"
          + " in %s, or remove @%s"),
  REF_TYPES_SHARE_CLASS(
      "RefTypesShareClass",
      "@Ref operations %s and %s return %s and %s, one class at run time, so their handles could be"
          + " taken for each other; give one of them a type of its own (a record that wraps it), or"
          + " remove @Ref from one"),
  COMPARE_UNKNOWN(
      "CompareUnknown",
      "@Compare(\"%s\") names no method of %s that compares two results; add `static boolean"
          + " %s(%s model, %s impl)` to %s, or name an existing one"),
  COMPARE_WITHOUT_RESULT(
      "CompareWithoutResult",
      "@Compare on %s, which %s: only a result the model and the implementation must agree on is"
          + " compared; remove @Compare"),
  REQUIRES_UNKNOWN(
      "RequiresUnknown",
      "@Requires(\"%s\") names no method of the model %s; add `boolean %s()` (or `boolean %s(%s)`,"
          + " taking the operation's parameters) to %s, or name an existing one"),
  REQUIRES_NOT_BOOLEAN(
      "RequiresNotBoolean",
      "@Requires(\"%s\") names %s.%s, which returns %s; make it return boolean"),
  REQUIRES_THROWS(
      "RequiresThrows",
      "@Requires(\"%s\") names %s.%s, which throws %s; a precondition only answers true or"
          + " false: catch the exception inside it, or remove the throws clause"),
  REQUIRES_PARAMETERS(
      "RequiresParameters",
      "@Requires(\"%s\") names %s.%s, which takes (%s); a precondition takes no parameters or"
          + " those of the operation: `boolean %s()` or `boolean %s(%s)`"),
  REQUIRES_NOT_OPERATION(
      "RequiresNotOperation",
      "@Requires on %s, which is not an operation; put @Requires on an abstract method of the"
          + " spec"),

  // ---- invariants ----
  INVARIANT_SIGNATURE(
      "InvariantSignature",
      "@Invariant %s must be a static method of the spec taking (%s), (%s) or (%s, %s) and"
          + " returning boolean or void; declare it as e.g. `static boolean %s(%s impl)`"),

  // ---- parameters ----
  NO_GENERATOR(
      "NoGenerator",
      "no generator for %s; modelof generates %s: for other types add"
          + " @From(G.class) where G implements Gen<%s> and has a public no-argument constructor"),
  NO_GENERATOR_FOR_OBJECT(
      "NoGeneratorForObject",
      "no generator for %s: any value is an Object, so modelof cannot tell which to draw; declare the"
          + " type the calls should pass (`Integer`, `String`): the implementation's method taking Object"
          + " still matches, as javac would call it, or add @From(G.class) where G implements Gen<Object>"),
  RANGE_NOT_NUMERIC(
      "RangeNotNumeric",
      "@Range on %s, which is not a number; remove it, or use @Size for"
          + " lengths"),
  RANGE_EMPTY(
      "RangeEmpty",
      "@Range(min = %s, max = %s) on %s contains no %s value; make min at most max"),
  SIZE_NOT_SIZED(
      "SizeNotSized",
      "@Size on %s, which has no length; remove it, or use @Range for"
          + " numbers"),
  SIZE_NEGATIVE(
      "SizeNegative",
      "@Size(min = %s, max = %s) on %s has a negative bound; lengths start at 0"),
  SIZE_EMPTY(
      "SizeEmpty",
      "@Size(min = %s, max = %s) on %s contains no length; make min at most max"),
  FROM_NOT_GEN(
      "FromNotGen",
      "@From(%s.class) on %s: %s does not implement Gen<%s>; implement"
          + " Gen<%s> or name a generator that does"),
  FROM_NO_CONSTRUCTOR(
      "FromNoConstructor",
      "@From(%s.class) on %s: %s has no public no-argument constructor; add `public"
          + " %s() {}`, and make the class public, static if nested, and not abstract"),
  FROM_CONSTRUCTOR_THROWS(
      "FromConstructorThrows",
      "@From(%s.class) on %s: the constructor %s() throws %s, and the generated test builds"
          + " the generator where nothing checked may be thrown; catch the exception inside the"
          + " constructor"),
  RECORD_RECURSIVE(
      "RecordRecursive",
      "record %s contains itself (through component %s), so generating it component by component"
          + " would never end; write a generator of %s values, G implements Gen<%s>, and name it"
          + " with @From(G.class) where it appears in parameter %s"),
  FRESH_ON_HANDLE(
      "FreshOnHandle",
      "@Fresh on parameter %s, which receives a handle of a @Ref operation; handles are never"
          + " generated, so remove @Fresh"),
  GENERATOR_ON_HANDLE(
      "GeneratorOnHandle",
      "@%s on parameter %s, which receives a handle of a @Ref operation; handles are never"
          + " generated, so remove @%s"),
  FROM_MODEL_UNKNOWN(
      "FromModelUnknown",
      "@FromModel(\"%s\") on parameter %s names no method of the model %s that takes no arguments;"
          + " add `Collection<%s> %s()` to %s, or name an existing one"),
  FROM_MODEL_NOT_COLLECTION(
      "FromModelNotCollection",
      "@FromModel(\"%s\") on parameter %s names %s.%s(), which returns %s; return a Collection whose"
          + " elements are %s (a List, a Set, a Map's keySet())"),
  FROM_MODEL_THROWS(
      "FromModelThrows",
      "@FromModel(\"%s\") on parameter %s names %s.%s(), which throws %s; it only reads the model's"
          + " state, so remove the throws clause"),
  FROM_MODEL_PERCENT(
      "FromModelPercent",
      "@FromModel(percent = %s) on parameter %s; percent is how many draws in 100 come from the model:"
          + " give 1 to 100, or leave it out for 100"),
  FROM_MODEL_NOT_OPERATION(
      "FromModelNotOperation",
      "@FromModel on parameter %s of model factory %s, which runs before there is a model to draw"
          + " from; bound it with @Range, @Size or @From instead"),
  FROM_MODEL_FRESH(
      "FromModelFresh",
      "@FromModel and @Fresh on parameter %s: a value of the model's state was drawn before, so it"
          + " is never fresh; remove one of them"),
  PARAMETER_NOT_GENERATED(
      "ParameterNotGenerated",
      "@%s on parameter %s of %s, whose arguments modelof does not generate; put it on a parameter"
          + " of an operation or a model factory, or remove it"),

  // ---- concurrency ----
  LINEARIZABLE_SETTING_INVALID("LinearizableSettingInvalid", "@Linearizable(%s = %s) is invalid: %s"),
  LINEARIZABLE_WITHOUT_MODEL_OF(
      "LinearizableWithoutModelOf",
      "@Linearizable on %s, which has no @ModelOf: it checks a spec's implementation against the"
          + " spec's model; add @ModelOf(YourClass.class) beside it, or remove @Linearizable"),
  NON_ATOMIC_WITHOUT_LINEARIZABLE(
      "NonAtomicWithoutLinearizable",
      "@NonAtomic on %s does nothing: %s is not @Linearizable, so no call runs in parallel; add"
          + " @Linearizable to %s to check it from several threads, or remove @NonAtomic"),
  NON_ATOMIC_NOT_OPERATION(
      "NonAtomicNotOperation",
      "@NonAtomic on %s, which is not an operation; put it on an abstract method of the spec, or"
          + " remove it"),
  NOTHING_PARALLEL(
      "NothingParallel",
      "@Linearizable on %s, but every operation is @NonAtomic or @Ref, and neither runs in parallel,"
          + " so nothing would be checked; remove @NonAtomic from an operation that is atomic, or"
          + " remove @Linearizable"),

  // ---- processor ----
  NO_JUNIT(
      Diagnostic.Kind.NOTE,
      "NoJUnit",
      "%s not written for %s: org.junit.jupiter.api.Test is not on the compile classpath; add"
          + " junit-jupiter-api to run %s with JUnit, or call ModelCheck.run(new %s()) yourself"),
  CANNOT_WRITE(
      "CannotWrite",
      "cannot write the generated classes of %s: %s; another spec or processor writes a class of the"
          + " same name: rename one of them"),
  TYPES_NOT_FOUND(
      "TypesNotFound",
      "nothing generated for %s: it, its implementation or its model mentions a type that javac"
          + " could not resolve, even in the last round of annotation processing; fix the errors"
          + " javac reports for that type (a spec cannot mention the classes generated from it)"),
  INTERNAL_ERROR(
      "InternalError",
      "modelof internal error while processing %s, please report it with this spec attached: %s");

  private final Diagnostic.Kind kind;
  private final String id;
  private final String template;

  Message(String id, String template) {
    this(Diagnostic.Kind.ERROR, id, template);
  }

  Message(Diagnostic.Kind kind, String id, String template) {
    this.kind = kind;
    this.id = id;
    this.template = template;
  }

  /** The stable id, as it appears in brackets at the start of the text. */
  public String id() {
    return id;
  }

  /** ERROR for every mistake in a spec; NOTE for information. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The text of this message with its arguments filled in. */
  public String format(Object... arguments) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, arguments);
  }
}
