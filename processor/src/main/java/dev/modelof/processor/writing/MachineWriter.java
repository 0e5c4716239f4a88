package dev.modelof.processor.writing;

import static dev.modelof.processor.RuntimeNames.COMPARISONS;
import static dev.modelof.processor.RuntimeNames.COPIES;
import static dev.modelof.processor.RuntimeNames.DRAWS;
import static dev.modelof.processor.RuntimeNames.INVARIANT_INFO;
import static dev.modelof.processor.RuntimeNames.LINEARIZABILITY_SETTINGS;
import static dev.modelof.processor.RuntimeNames.MACHINE;
import static dev.modelof.processor.RuntimeNames.OPERATION_INFO;
import static dev.modelof.processor.RuntimeNames.PARAMETER_INFO;
import static dev.modelof.processor.RuntimeNames.REFS;
import static dev.modelof.processor.RuntimeNames.RESULT_COMPARISON;
import static dev.modelof.processor.RuntimeNames.SETTINGS;
import static dev.modelof.processor.RuntimeNames.SETUP;
import static dev.modelof.processor.RuntimeNames.SETUP_INFO;
import static dev.modelof.processor.RuntimeNames.UNRECORDED_STEP;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.Settings;
import dev.modelof.internal.SettingsText;
import dev.modelof.processor.model.ConcurrencyDescriptor;
import dev.modelof.processor.model.InvariantDescriptor;
import dev.modelof.processor.model.NamedTypes;
import dev.modelof.processor.model.OperationDescriptor.Comparison;
import dev.modelof.processor.model.OperationDescriptor.ResultKind;
import dev.modelof.processor.model.OperationDescriptor;
import dev.modelof.processor.model.ParameterDescriptor;
import dev.modelof.processor.model.SetupDescriptor;
import dev.modelof.processor.model.SpecDescriptor;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Spec>Machine}: the descriptors the runtime draws, shrinks and prints from, and
 * direct calls of every operation, precondition and invariant.
 */
public final class MachineWriter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final TypeName CLASS = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName OBJECT_LIST = ParameterizedTypeName.get(LIST, ClassName.OBJECT);
  private static final AnnotationSpec UNCHECKED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

  private final SpecDescriptor spec;
  /** Writes the generators, each record's once as a constant of its own. */
  private final GeneratorExpressionWriter generators;

  private MachineWriter(SpecDescriptor spec) {
    this.spec = spec;
    // a record generator's constant is named after its type, POINT for Point, but R for R: it must
    // take neither the descriptors' names nor those of the types the class names
    Set<String> taken = new TreeSet<>(List.of("SETUPS", "OPERATIONS", "INVARIANTS"));
    NamedTypes.of(spec).forEach(type -> taken.add(type.simpleName()));
    NameAllocator fields = new NameAllocator();
    taken.forEach(fields::newName);
    this.generators = new GeneratorExpressionWriter(fields);
    for (SetupDescriptor setup : spec.setups()) {
      setup.parameters().stream().filter(p -> !p.isHandle()).forEach(p -> generators.collect(p.generator()));
    }
    for (OperationDescriptor operation : spec.operations()) {
      operation.parameters().stream().filter(p -> !p.isHandle()).forEach(p -> generators.collect(p.generator()));
    }
  }

  /** The machine class of {@code spec}. */
  public static TypeSpec write(SpecDescriptor spec) {
    return new MachineWriter(spec).machine();
  }

  /** {@code public final class LruCacheSpecMachine implements Machine<NaiveLru, LruCache, LruCacheSpecOp>}. */
  private TypeSpec machine() {
    return TypeSpec.classBuilder(spec.machineType())
        .addJavadoc(
            "Checks {@link $T} against the model of {@link $T}: descriptors and direct calls.\n",
            spec.implClass(),
            spec.spec())
        .addAnnotation(GeneratedAnnotation.spec())
        .addAnnotation(GeneratedAnnotation.userTypeWarnings())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(MACHINE, spec.modelType(), spec.implType(), spec.operationType()))
        .addFields(generators.constants())
        .addField(constant(SETUP_INFO, "SETUPS", spec.setups().stream().map(this::setup).toList()))
        .addField(constant(OPERATION_INFO, "OPERATIONS", spec.operations().stream().map(this::operation).toList()))
        .addField(constant(INVARIANT_INFO, "INVARIANTS", spec.invariants().stream().map(this::invariantInfo).toList()))
        // what a reader comes for: the direct calls on the model and the implementation
        .addMethod(newInstance("newModel", spec.modelType(), true))
        .addMethod(newInstance("newImpl", spec.implType(), false))
        .addMethod(apply("applyToModel", spec.modelType(), "model", true))
        .addMethod(apply("applyToImpl", spec.implType(), "impl", false))
        .addMethod(sameResult())
        .addMethod(invariant())
        .addMethod(enabled())
        .addMethod(accepts())
        .addMethods(runUnrecorded())
        // what the engine reads: the descriptors
        .addMethod(returning("specType", CLASS, CodeBlock.of("$T.class", spec.spec())))
        .addMethod(returning("implType", CLASS, CodeBlock.of("$T.class", spec.implClass())))
        .addMethods(declared())
        .addMethods(concurrency())
        .addMethod(returning("setups", ParameterizedTypeName.get(LIST, SETUP_INFO), CodeBlock.of("SETUPS")))
        .addMethod(returning("operations", ParameterizedTypeName.get(LIST, OPERATION_INFO), CodeBlock.of("OPERATIONS")))
        .addMethod(returning("invariants", ParameterizedTypeName.get(LIST, INVARIANT_INFO), CodeBlock.of("INVARIANTS")))
        // plumbing: operation records to and from their index and arguments
        .addMethod(operationOf())
        .addMethod(drawOf())
        .addMethod(indexOf())
        .addMethod(argumentsOf())
        .build();
  }

  /**
   * {@code declared()} when {@code @ModelOf} sets something, as parsed values; none otherwise.
   *
   * <pre>{@code
   * return Settings.defaults().withTries(500).withSeed(0x2AL);
   * }</pre>
   */
  private List<MethodSpec> declared() {
    CodeBlock.Builder settings = CodeBlock.builder().add("$T.defaults()", SETTINGS);
    boolean any = with(settings, "withTries", spec.tries(), Settings.DEFAULT_TRIES);
    any |= with(settings, "withSteps", spec.steps(), Settings.DEFAULT_STEPS);
    any |= seedAndTimeout(settings, true);
    return any ? List.of(returning("declared", SETTINGS, settings.build())) : List.of();
  }

  /** Adds {@code .method(value)} to {@code settings} when {@code value} is not the default; whether it did. */
  private static boolean with(CodeBlock.Builder settings, String method, int value, int defaultValue) {
    if (value == defaultValue) {
      return false;
    }
    settings.add(".$N($L)", method, value);
    return true;
  }

  /**
   * Adds {@code @ModelOf}'s seed and timeout to {@code settings}, where it sets them; whether it
   * did. {@code off} writes {@code .withTimeout(null)} when {@code offWritten}, nothing otherwise.
   */
  private boolean seedAndTimeout(CodeBlock.Builder settings, boolean offWritten) {
    boolean any = false;
    if (!spec.seed().isEmpty()) {
      settings.add(".withSeed($L)", SettingsText.formatSeed(SettingsText.parseSeed("@ModelOf(seed)", spec.seed())) + "L");
      any = true;
    }
    if (!spec.timeout().isEmpty()) {
      Duration timeout = SettingsText.parseTimeout("@ModelOf(timeout)", spec.timeout());
      if (timeout != null || offWritten) {
        settings.add(".withTimeout($L)", timeout == null ? "null" : durationOf(timeout.toMillis()));
        any = true;
      }
    }
    return any;
  }

  /**
   * For a {@code @Linearizable} spec: its settings where they differ from the defaults, which
   * operations are {@code @NonAtomic}, and whether the model compares by value.
   *
   * <pre>{@code
   * public LinearizabilitySettings declaredLinearizability() {
   *   return LinearizabilitySettings.defaults().withThreads(3);
   * }
   * public boolean atomic(int index) {
   *   return index != 2;
   * }
   * public boolean modelHasValueEquality() {
   *   return true;
   * }
   * }</pre>
   */
  private List<MethodSpec> concurrency() {
    ConcurrencyDescriptor concurrency = spec.concurrency();
    if (concurrency == null) {
      return List.of();
    }
    List<MethodSpec> methods = new ArrayList<>();
    CodeBlock.Builder settings = CodeBlock.builder().add("$T.defaults()", LINEARIZABILITY_SETTINGS);
    boolean any = with(settings, "withThreads", concurrency.threads(), LinearizabilitySettings.DEFAULT_THREADS);
    any |= with(settings, "withCalls", concurrency.calls(), LinearizabilitySettings.DEFAULT_CALLS);
    any |= with(settings, "withPrefix", concurrency.prefix(), LinearizabilitySettings.DEFAULT_PREFIX);
    any |= with(settings, "withScenarios", concurrency.scenarios(), LinearizabilitySettings.DEFAULT_SCENARIOS);
    any |= with(settings, "withRepetitions", concurrency.repetitions(), LinearizabilitySettings.DEFAULT_REPETITIONS);
    any |= seedAndTimeout(settings, false);
    if (any) {
      methods.add(returning("declaredLinearizability", LINEARIZABILITY_SETTINGS, settings.build()));
    }
    List<CodeBlock> nonAtomic = new ArrayList<>();
    for (int i = 0; i < spec.operations().size(); i++) {
      if (spec.operations().get(i).nonAtomic()) {
        nonAtomic.add(CodeBlock.of("index != $L", i));
      }
    }
    if (!nonAtomic.isEmpty()) {
      methods.add(override("atomic").returns(boolean.class).addParameter(int.class, "index")
          .addStatement("return $L", CodeBlock.join(nonAtomic, " && ")).build());
    }
    if (concurrency.modelHasValueEquality()) {
      methods.add(returning("modelHasValueEquality", TypeName.BOOLEAN, CodeBlock.of("true")));
    }
    return methods;
  }

  // ---- descriptors ----

  /** {@code private static final List<SetupInfo> SETUPS = List.of(new SetupInfo(...), ...);} */
  private static FieldSpec constant(ClassName element, String name, List<CodeBlock> items) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
    if (!items.isEmpty()) {
      list.add("\n$>$>").add(CodeBlock.join(items, ",\n")).add("$<$<");
    }
    return FieldSpec.builder(ParameterizedTypeName.get(LIST, element), name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(list.add(")").build())
        .build();
  }

  /** {@code SetupInfo.of("model", ParameterInfo.of("capacity", Gens.ints(1, 4)))}, {@code .implFactory("create")}. */
  private CodeBlock setup(SetupDescriptor setup) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of($L)", SETUP_INFO, arguments(CodeBlock.of("$S", setup.method()), setup.parameters()));
    if (!setup.usesConstructor()) {
      code.add(".implFactory($S)", setup.implFactory());
    }
    return code.build();
  }

  /**
   * {@code OperationInfo.value("get", ParameterInfo.of("key", Gens.ints()))}, {@code .call(...)} for a
   * void operation, {@code .ref("open", Session.class, ...)} for a handle; then {@code .weight(3)} and
   * {@code .throughAdapter()} where they apply.
   */
  private CodeBlock operation(OperationDescriptor operation) {
    CodeBlock name = CodeBlock.of("$S", operation.name());
    boolean overloaded = spec.operations().stream().filter(o -> o.name().equals(operation.name())).count() > 1;
    CodeBlock.Builder code = CodeBlock.builder();
    switch (operation.resultKind()) {
      case VOID -> code.add("$T.call($L)", OPERATION_INFO, arguments(name, operation.parameters(), overloaded));
      case VALUE -> code.add("$T.value($L)", OPERATION_INFO, arguments(name, operation.parameters(), overloaded));
      case REF -> code.add("$T.ref($L)", OPERATION_INFO,
          arguments(CodeBlock.of("$L, $T.class", name, erasure(operation.returnType())), operation.parameters(), overloaded));
    }
    if (operation.weight() != 1) {
      code.add(".weight($L)", operation.weight());
    }
    if (operation.viaAdapter()) {
      code.add(".throughAdapter()");
    }
    if (operation.comparison() == Comparison.SPEC_METHOD) {
      code.add(".comparedBy($S)", operation.sameMethod());
    } else if (operation.comparison().takesElements()) {
      code.add(".compared($T.$L)", RESULT_COMPARISON, operation.comparison().name());
    }
    return code.build();
  }

  /** {@code first, ParameterInfo.of("key", Gens.ints()), ParameterInfo.handle("s", Session.class)}. */
  private CodeBlock arguments(CodeBlock first, List<ParameterDescriptor> params) {
    return arguments(first, params, false);
  }

  /**
   * As {@link #arguments(CodeBlock, List)}; for an overloaded operation each parameter of a class a
   * cast can name also says {@code .writtenAs(Integer.class)}, so that the call a regression test
   * writes binds to the same overload ({@code impl.remove((Integer) 0)}, not {@code remove(int)}).
   */
  private CodeBlock arguments(CodeBlock first, List<ParameterDescriptor> params, boolean overloaded) {
    List<CodeBlock> items = new ArrayList<>();
    items.add(first);
    for (ParameterDescriptor param : params) {
      if (param.isHandle()) {
        items.add(CodeBlock.of("$T.handle($S, $T.class)", PARAMETER_INFO, param.name(), erasure(param.handleType())));
      } else {
        CodeBlock.Builder item =
            CodeBlock.builder()
                .add(
                    "$T.$N($S, $L)",
                    PARAMETER_INFO,
                    param.fresh() ? "fresh" : "of",
                    param.name(),
                    generators.code(param.generator()));
        TypeName type = param.type().withoutAnnotations();
        if (overloaded && type instanceof ClassName named) {
          item.add(".writtenAs($T.class)", named);
        }
        ParameterDescriptor.ModelValues from = param.fromModel();
        if (from != null) {
          if (from.witness() == null) {
            item.add(".fromModel($T::$N", from.model(), from.method());
          } else {
            item.add(".<$T>fromModel($T::$N", from.witness(), from.model(), from.method());
          }
          item.add(from.percent() == 100 ? CodeBlock.of(")") : CodeBlock.of(", $L)", from.percent()));
        }
        items.add(item.build());
      }
    }
    return CodeBlock.join(items, ",$W");
  }

  /**
   * The class a class literal names for a handle of {@code type}, as the engine keeps it: {@code
   * Session} for {@code Session<T>}, {@code List[]} for {@code List<String>[]}, {@code Integer} for
   * {@code int}.
   */
  private static TypeName erasure(TypeName type) {
    return raw(type).box();
  }

  private static TypeName raw(TypeName type) {
    TypeName plain = type.withoutAnnotations();
    if (plain instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType();
    }
    return plain instanceof ArrayTypeName array ? ArrayTypeName.of(raw(array.componentType())) : plain;
  }

  /** {@code InvariantInfo.onImpl("consistent")}, {@code .onModel}, {@code .onBoth}; {@code .throwing()} for a void one. */
  private CodeBlock invariantInfo(InvariantDescriptor invariant) {
    String factory = !invariant.takesModel() ? "onImpl" : invariant.takesImpl() ? "onBoth" : "onModel";
    CodeBlock.Builder code = CodeBlock.builder().add("$T.$N($S)", INVARIANT_INFO, factory, invariant.method());
    if (!invariant.returnsBoolean()) {
      code.add(".throwing()");
    }
    return code.build();
  }

  private static MethodSpec returning(String name, TypeName type, CodeBlock value) {
    return override(name).returns(type).addStatement("return $L", value).build();
  }

  /** {@code Duration.ofSeconds(2)}, in the largest unit that writes it whole. */
  private static CodeBlock durationOf(long millis) {
    if (millis % 3_600_000 == 0) {
      return CodeBlock.of("$T.ofHours($L)", Duration.class, millis / 3_600_000);
    }
    if (millis % 60_000 == 0) {
      return CodeBlock.of("$T.ofMinutes($L)", Duration.class, millis / 60_000);
    }
    if (millis % 1000 == 0) {
      return CodeBlock.of("$T.ofSeconds($L)", Duration.class, millis / 1000);
    }
    return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
  }

  // ---- setup ----

  /**
   * {@code newModel} and {@code newImpl}: typed locals, then a direct call.
   *
   * <pre>{@code
   * int capacity = setup.arg(0);
   * return LruCacheSpec.model(capacity);   // or: new LruCache(capacity)
   * }</pre>
   *
   * With several factories, one {@code case} of {@code switch (setup.index())} each.
   */
  private MethodSpec newInstance(String name, TypeName type, boolean model) {
    NameAllocator names = new NameAllocator();
    String setup = names.newName("setup");
    MethodSpec.Builder method =
        override(name).returns(type).addParameter(SETUP, setup).addException(Exception.class);
    List<SetupDescriptor> setups = spec.setups();
    if (setups.size() == 1) {
      return method.addCode(newInstanceBody(setups.get(0), setup, names.clone(), model)).build();
    }
    method.beginControlFlow("switch ($N.index())", setup);
    for (int i = 0; i < setups.size(); i++) {
      method
          .addCode("case $L -> {\n$>", i)
          .addCode(newInstanceBody(setups.get(i), setup, names.clone(), model))
          .addCode("$<}\n");
    }
    method.addStatement(
        "default -> throw new $T($S + $N.index())",
        IllegalArgumentException.class,
        spec.spec().simpleName() + " has no setup ",
        setup);
    return method.endControlFlow().build();
  }

  private CodeBlock newInstanceBody(SetupDescriptor setup, String setupName, NameAllocator names, boolean model) {
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < setup.parameters().size(); i++) {
      ParameterDescriptor param = setup.parameters().get(i);
      String local = names.newName(param.name());
      body.addStatement("$T $N = $N.arg($L)", param.type(), local, setupName, i);
      // as for operations, each side gets an array of its own (see arguments)
      arguments.add(param.type() instanceof ArrayTypeName array ? copy(array, CodeBlock.of("$N", local))
          : CodeBlock.of("$N", local));
    }
    CodeBlock argumentList = CodeBlock.join(arguments, ", ");
    CodeBlock call;
    if (model) {
      call = CodeBlock.of("return $T.$N($L);\n", spec.spec(), setup.method(), argumentList);
    } else if (setup.usesConstructor()) {
      call = CodeBlock.of("return new $T($L);\n", spec.implClass(), argumentList);
    } else {
      call = CodeBlock.of("return $T.$N($L);\n", spec.spec(), setup.implFactory(), argumentList);
    }
    boolean throwsThrowable = model ? setup.modelThrowsThrowable() : setup.implThrowsThrowable();
    return body.add(throwsThrowable ? rethrowingExceptions(call, names) : call).build();
  }

  // ---- operation records ----

  /**
   * <pre>{@code
   * return switch (index) {
   *   case 0 -> new LruCacheSpecOp.Put((int) args.get(0), (int) args.get(1));
   *   default -> throw new IndexOutOfBoundsException(...);
   * };
   * }</pre>
   */
  private MethodSpec operationOf() {
    MethodSpec.Builder method =
        override("operation")
            .returns(spec.operationType())
            .addParameter(int.class, "index")
            .addParameter(OBJECT_LIST, "args");
    if (spec.operations().stream().flatMap(o -> o.parameters().stream()).anyMatch(p -> isGeneric(p.type()))) {
      // a List<Object> holds the arguments; each was drawn for its parameter's type
      method.addAnnotation(UNCHECKED);
    }
    return method
        .addCode(newRecord(operation -> {
          List<CodeBlock> arguments = new ArrayList<>();
          for (int p = 0; p < operation.parameters().size(); p++) {
            TypeName type = operation.parameters().get(p).type();
            arguments.add(
                type.equals(ClassName.OBJECT)
                    ? CodeBlock.of("args.get($L)", p)
                    : CodeBlock.of("($T) args.get($L)", type, p));
          }
          return arguments;
        }))
        .build();
  }

  /**
   * <pre>{@code
   * return switch (index) {
   *   case 0 -> new LruCacheSpecOp.Put(draws.nextInt(), draws.nextInt());
   *   default -> throw new IndexOutOfBoundsException(...);
   * };
   * }</pre>
   *
   * <p>An {@code int} parameter is drawn unboxed; any other is drawn as its type ({@code next()} is
   * generic), in parameter order, which Java's left-to-right evaluation keeps.
   */
  private MethodSpec drawOf() {
    return override("draw")
        .returns(spec.operationType())
        .addParameter(int.class, "index")
        .addParameter(DRAWS, "draws")
        .addCode(newRecord(operation -> operation.parameters().stream()
            .map(p -> CodeBlock.of(p.type().withoutAnnotations().equals(TypeName.INT) ? "draws.nextInt()"
                : "draws.next()"))
            .toList()))
        .build();
  }

  /** {@code return switch (index) {...};}: the record of each operation, made from {@code arguments}. */
  private CodeBlock newRecord(Function<OperationDescriptor, List<CodeBlock>> arguments) {
    CodeBlock.Builder cases = CodeBlock.builder();
    List<OperationDescriptor> operations = spec.operations();
    for (int i = 0; i < operations.size(); i++) {
      OperationDescriptor operation = operations.get(i);
      cases.add("case $L -> new $T($L);\n", i, record(operation), CodeBlock.join(arguments.apply(operation), ",$W"));
    }
    cases.add(
        "default -> throw new $T($S + index);\n",
        IndexOutOfBoundsException.class,
        spec.spec().simpleName() + " has no operation ");
    return CodeBlock.of("return switch (index) {\n$>$L$<};\n", cases.build());
  }

  /** {@code if (op instanceof LruCacheSpecOp.Put) { return 1; }}, one per operation. */
  private MethodSpec indexOf() {
    MethodSpec.Builder method =
        override("indexOf").returns(int.class).addParameter(spec.operationType(), "op");
    for (int i = 0; i < spec.operations().size(); i++) {
      method
          .beginControlFlow("if (op instanceof $T)", record(spec.operations().get(i)))
          .addStatement("return $L", i)
          .endControlFlow();
    }
    return method.addStatement(notAnOperation("op")).build();
  }

  /** {@code if (op instanceof LruCacheSpecOp.Put put) { return Arrays.asList(put.key(), put.value()); }}. */
  private MethodSpec argumentsOf() {
    NameAllocator names = new NameAllocator();
    String op = names.newName("op");
    MethodSpec.Builder method = override("argumentsOf").returns(OBJECT_LIST).addParameter(spec.operationType(), op);
    for (OperationDescriptor operation : spec.operations()) {
      if (operation.parameters().isEmpty()) {
        method
            .beginControlFlow("if ($N instanceof $T)", op, record(operation))
            .addStatement("return $T.of()", LIST)
            .endControlFlow();
        continue;
      }
      String variable = names.newName(decapitalize(operation.recordName()));
      List<CodeBlock> values = new ArrayList<>();
      for (ParameterDescriptor param : operation.parameters()) {
        values.add(CodeBlock.of("$N.$N()", variable, param.name()));
      }
      if (values.size() == 1 && isObjectArray(operation.parameters().get(0).type())) {
        // one Object[] argument would be taken as the varargs array itself
        values.set(0, CodeBlock.of("(Object) $L", values.get(0)));
      }
      method
          .beginControlFlow("if ($N instanceof $T $N)", op, record(operation), variable)
          .addStatement("return $T.asList($L)", Arrays.class, CodeBlock.join(values, ",$W"))
          .endControlFlow();
    }
    return method.addStatement(notAnOperation(op)).build();
  }

  // ---- preconditions ----

  /** {@code return switch (index) { case 3 -> model.nonEmpty(); default -> true; };} */
  private MethodSpec enabled() {
    MethodSpec.Builder method =
        override("enabled")
            .returns(boolean.class)
            .addParameter(int.class, "index")
            .addParameter(spec.modelType(), "model");
    CodeBlock.Builder cases = CodeBlock.builder();
    for (int i = 0; i < spec.operations().size(); i++) {
      OperationDescriptor operation = spec.operations().get(i);
      if (operation.precondition() != null && !operation.precondition().takesArguments()) {
        cases.add("case $L -> model.$N();\n", i, operation.precondition().method());
      }
    }
    if (cases.isEmpty()) {
      return method.addStatement("return true").build();
    }
    cases.add("default -> true;\n");
    return method.addCode("return switch (index) {\n$>$L$<};\n", cases.build()).build();
  }

  /** {@code if (op instanceof LruCacheSpecOp.Remove remove) { return model.contains(remove.key()); }}. */
  private MethodSpec accepts() {
    NameAllocator names = new NameAllocator();
    String op = names.newName("op");
    String model = names.newName("model");
    String refs = names.newName("refs");
    MethodSpec.Builder method =
        override("accepts")
            .returns(boolean.class)
            .addParameter(spec.operationType(), op)
            .addParameter(spec.modelType(), model)
            .addParameter(REFS, refs);
    for (OperationDescriptor operation : spec.operations()) {
      if (operation.precondition() == null || !operation.precondition().takesArguments()) {
        continue;
      }
      String variable = names.newName(decapitalize(operation.recordName()));
      method
          .beginControlFlow("if ($N instanceof $T $N)", op, record(operation), variable)
          .addStatement(
              "return $N.$N($L)",
              model,
              operation.precondition().method(),
              arguments(operation, accessors(operation, variable), refs, "model", false))
          .endControlFlow();
    }
    return method.addStatement("return true").build();
  }

  // ---- calls ----

  /**
   * <pre>{@code
   * if (op instanceof LruCacheSpecOp.Put put) {
   *   impl.put(put.key(), put.value());        // or LruCacheSpec.put(impl, ...) through an adapter
   *   return null;
   * }
   * }</pre>
   */
  private MethodSpec apply(String name, TypeName targetType, String targetName, boolean model) {
    NameAllocator names = new NameAllocator();
    String op = names.newName("op");
    String target = names.newName(targetName);
    String refs = names.newName("refs");
    MethodSpec.Builder method =
        override(name)
            .returns(Object.class)
            .addParameter(spec.operationType(), op)
            .addParameter(targetType, target)
            .addParameter(REFS, refs)
            .addException(Exception.class);
    for (OperationDescriptor operation : spec.operations()) {
      String variable = null;
      if (operation.parameters().isEmpty()) {
        method.beginControlFlow("if ($N instanceof $T)", op, record(operation));
      } else {
        variable = names.newName(decapitalize(operation.recordName()));
        method.beginControlFlow("if ($N instanceof $T $N)", op, record(operation), variable);
      }
      CodeBlock arguments = arguments(operation, accessors(operation, variable), refs, model ? "model" : "impl", true);
      CodeBlock call = call(operation, target, arguments, !model);
      CodeBlock.Builder body = CodeBlock.builder();
      if (operation.resultKind() == ResultKind.VOID) {
        body.addStatement("$L", call).addStatement("return null");
      } else if (operation.comparison().takesElements()) {
        body.addStatement("return $T.elements($L)", COMPARISONS, call);
      } else {
        body.addStatement("return $L", call);
      }
      boolean throwsThrowable = model ? operation.modelThrowsThrowable() : operation.implThrowsThrowable();
      method.addCode(throwsThrowable ? rethrowingExceptions(body.build(), names.clone()) : body.build());
      method.endControlFlow();
    }
    return method.addStatement(notAnOperation(op)).build();
  }

  /**
   * A call whose method declares {@code throws Throwable}, for a machine that declares {@code
   * throws Exception}: an exception or an error goes on as it is, to be reported as the call's own;
   * any other throwable, wrapped. For operations, factories, constructors and invariants alike.
   *
   * <pre>{@code
   * try {
   *   return impl.turns();
   * } catch (Exception | Error e) {
   *   throw e;
   * } catch (Throwable t) {
   *   throw new UndeclaredThrowableException(t);
   * }
   * }</pre>
   */
  private static CodeBlock rethrowingExceptions(CodeBlock call, NameAllocator names) {
    String e = names.newName("e");
    String t = names.newName("t");
    return CodeBlock.builder()
        .beginControlFlow("try")
        .add(call)
        .nextControlFlow("catch ($T | $T $N)", Exception.class, Error.class, e)
        .addStatement("throw $N", e)
        .nextControlFlow("catch ($T $N)", Throwable.class, t)
        .addStatement("throw new $T($N)", UndeclaredThrowableException.class, t)
        .endControlFlow()
        .build();
  }

  /**
   * {@code impl.put(key, value)}, or {@code LruCacheSpec.put(impl, key, value)} for the
   * implementation's side of an operation called through an adapter.
   */
  private CodeBlock call(OperationDescriptor operation, String target, CodeBlock arguments, boolean impl) {
    if (impl && operation.viaAdapter()) {
      return CodeBlock.of("$T.$N($N$L$L)", spec.spec(), operation.name(), target,
          arguments.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W"), arguments);
    }
    return CodeBlock.of("$N.$N($L)", target, operation.name(), arguments);
  }

  /** {@code put.key(), put.value()}: the value of each parameter, read from the operation record {@code variable}. */
  private static List<CodeBlock> accessors(OperationDescriptor operation, String variable) {
    return operation.parameters().stream().map(param -> CodeBlock.of("$N.$N()", variable, param.name())).toList();
  }

  /**
   * {@code put.key(), refs.model(put.session()), sort.values().clone()}: the arguments of a call
   * from the {@code values} of its parameters, handles resolved on {@code side} through {@code refs}.
   *
   * @param copyArrays whether each array argument is passed as a copy of its own. The model and the
   *     implementation each get one: the operation record keeps the array it was drawn with, which
   *     the report, the regression test, shrinking and replays read after the calls, and the other
   *     side's call; a method that sorts or fills its argument in place must change none of them.
   *     An array of arrays is copied at every depth; arrays inside records or lists are not.
   */
  private static CodeBlock arguments(
      OperationDescriptor operation, List<CodeBlock> values, String refs, String side, boolean copyArrays) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ParameterDescriptor param = operation.parameters().get(i);
      if (param.isHandle()) {
        arguments.add(CodeBlock.of("$N.$N($L)", refs, side, values.get(i)));
      } else if (copyArrays && param.type() instanceof ArrayTypeName array) {
        arguments.add(copy(array, values.get(i)));
      } else {
        arguments.add(values.get(i));
      }
    }
    return CodeBlock.join(arguments, ",$W");
  }

  /** {@code values.clone()}, or {@code Copies.deep(grid)} for an array of arrays. */
  private static CodeBlock copy(ArrayTypeName type, CodeBlock array) {
    return type.componentType() instanceof ArrayTypeName
        ? CodeBlock.of("$T.deep($L)", COPIES, array)
        : CodeBlock.of("$L.clone()", array);
  }

  // ---- steps that record nothing ----

  /**
   * {@code runUnrecorded}, for the operations it can run: each drawn into locals, called on both
   * sides and compared without a record or a boxed primitive; none when no operation can.
   *
   * <pre>{@code
   * switch (index) {
   *   case 0 -> {
   *     int key = step.nextInt();
   *     int value = step.nextInt();
   *     Object modelResult = model.put(key, value);
   *     Object implResult = impl.put(key, value);
   *     return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
   *   }
   *   default -> {
   *     return UnrecordedStep.NOT_HERE;
   *   }
   * }
   * }</pre>
   */
  private List<MethodSpec> runUnrecorded() {
    NameAllocator names = new NameAllocator();
    String index = names.newName("index");
    String step = names.newName("step");
    String model = names.newName("model");
    String impl = names.newName("impl");
    CodeBlock.Builder cases = CodeBlock.builder();
    for (int i = 0; i < spec.operations().size(); i++) {
      OperationDescriptor operation = spec.operations().get(i);
      if (runsUnrecorded(operation)) {
        cases.add("case $L -> {\n$>", i).add(unrecordedCall(operation, names.clone(), step, model, impl)).add("$<}\n");
      }
    }
    if (cases.isEmpty()) {
      return List.of();
    }
    return List.of(override("runUnrecorded")
        .returns(long.class)
        .addParameter(int.class, index)
        .addParameter(UNRECORDED_STEP, step)
        .addParameter(spec.modelType(), model)
        .addParameter(spec.implType(), impl)
        .addException(Exception.class)
        .beginControlFlow("switch ($N)", index)
        .addCode(cases.build())
        .addCode("default -> {\n$>return $T.NOT_HERE;\n$<}\n", UNRECORDED_STEP)
        .endControlFlow()
        .build());
  }

  /**
   * Whether {@code runUnrecorded} runs {@code operation}: one whose arguments are all drawn from
   * generators, that makes no handle, and whose result is compared with {@code equals}; the
   * others go through the operation records.
   */
  private static boolean runsUnrecorded(OperationDescriptor operation) {
    boolean plainArguments = operation.parameters().stream().allMatch(p -> !p.isHandle() && p.fromModel() == null);
    boolean plainResult = operation.resultKind() == ResultKind.VOID
        || operation.resultKind() == ResultKind.VALUE && operation.comparison() == Comparison.EQUALS;
    return plainArguments && plainResult && !operation.modelThrowsThrowable() && !operation.implThrowsThrowable();
  }

  /** The body of one case of {@code runUnrecorded}: draw, check the precondition, call both sides, compare. */
  private CodeBlock unrecordedCall(OperationDescriptor operation, NameAllocator names, String step, String model,
      String impl) {
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> locals = new ArrayList<>();
    for (ParameterDescriptor param : operation.parameters()) {
      String local = names.newName(param.name());
      locals.add(CodeBlock.of("$N", local));
      boolean unboxed = param.type().withoutAnnotations().equals(TypeName.INT);
      body.addStatement("$T $N = $N.$N()", param.type(), local, step, unboxed ? "nextInt" : "next");
    }
    // the operations runsUnrecorded takes have no handles: no refs to resolve them through
    if (operation.precondition() != null && operation.precondition().takesArguments()) {
      body.beginControlFlow("if (!$N.$N($L))", model, operation.precondition().method(),
              arguments(operation, locals, null, null, false))
          .addStatement("return $T.REFUSED", UNRECORDED_STEP)
          .endControlFlow();
    }
    CodeBlock modelCall = call(operation, model, arguments(operation, locals, null, null, true), false);
    CodeBlock implCall = call(operation, impl, arguments(operation, locals, null, null, true), true);
    if (operation.resultKind() == ResultKind.VOID) {
      return body.addStatement("$L", modelCall)
          .addStatement("$L", implCall)
          .addStatement("return $T.AGREED", UNRECORDED_STEP)
          .build();
    }
    // a primitive is compared as one, equal as its boxes are; anything else as an Object, with equals
    TypeName type = operation.returnType().withoutAnnotations();
    TypeName local = type.isPrimitive() ? type : ClassName.OBJECT;
    String modelResult = names.newName("modelResult");
    String implResult = names.newName("implResult");
    body.addStatement("$T $N = $L", local, modelResult, modelCall)
        .addStatement("$T $N = $L", local, implResult, implCall);
    CodeBlock same;
    if (type.equals(TypeName.DOUBLE) || type.equals(TypeName.FLOAT)) {
      same = CodeBlock.of("$T.compare($N, $N) == 0", type.box(), modelResult, implResult);
    } else if (type.isPrimitive()) {
      same = CodeBlock.of("$N == $N", modelResult, implResult);
    } else {
      same = CodeBlock.of("$T.equals($N, $N)", Objects.class, modelResult, implResult);
    }
    // what a step without arguments returned may be a size, which the statistics show
    CodeBlock agreed = operation.parameters().isEmpty() && (type.equals(TypeName.INT) || !type.isPrimitive())
        ? CodeBlock.of("$T.size($N)", UNRECORDED_STEP, modelResult)
        : CodeBlock.of("$T.AGREED", UNRECORDED_STEP);
    return body.addStatement("return $L ? $L : $T.DIFFERS", same, agreed, UNRECORDED_STEP).build();
  }

  // ---- results and invariants ----

  /**
   * {@code Arrays.equals} for operations returning arrays, {@code Comparisons.multiset} for other
   * collections, the spec's {@code @Compare} method where one is named, {@code Objects.equals}
   * otherwise: also for iterators, iterables and streams, whose elements the calls took out into lists.
   */
  private MethodSpec sameResult() {
    MethodSpec.Builder method =
        override("sameResult")
            .returns(boolean.class)
            .addParameter(spec.operationType(), "op")
            .addParameter(Object.class, "modelResult")
            .addParameter(Object.class, "implResult");
    boolean unchecked = false;
    for (OperationDescriptor operation : spec.operations()) {
      if (operation.comparison() == Comparison.EQUALS || operation.resultKind() != ResultKind.VALUE) {
        continue;
      }
      if (operation.comparison().takesElements() && operation.comparison() != Comparison.MULTISET) {
        continue;
      }
      method.beginControlFlow("if (op instanceof $T)", record(operation));
      if (operation.comparison() == Comparison.MULTISET) {
        TypeName collection = ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(Object.class));
        method.addStatement(
            "return $T.multiset(($T) modelResult, ($T) implResult)", COMPARISONS, collection, collection);
      } else if (operation.comparison() == Comparison.SPEC_METHOD) {
        method.addStatement(
            "return $T.$N(($T) modelResult, ($T) implResult)",
            spec.spec(),
            operation.sameMethod(),
            operation.returnType().box(),
            operation.returnType().box());
        unchecked |= operation.returnType() instanceof ParameterizedTypeName;
      } else if (operation.comparison() == Comparison.ARRAYS_EQUALS) {
        method.addStatement(
            "return $T.equals(($T) modelResult, ($T) implResult)",
            Arrays.class,
            operation.returnType(),
            operation.returnType());
      } else {
        TypeName objects = ArrayTypeName.of(Object.class);
        method.addStatement(
            "return $T.deepEquals(($T) modelResult, ($T) implResult)", Arrays.class, objects, objects);
      }
      method.endControlFlow();
    }
    if (unchecked) {
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    return method.addStatement("return $T.equals(modelResult, implResult)", Objects.class).build();
  }

  /**
   * <pre>{@code
   * return switch (index) {
   *   case 0 -> LruCacheSpec.consistent(impl);
   *   case 1 -> {
   *     LruCacheSpec.check(model, impl);     // a void invariant fails by throwing
   *     yield true;
   *   }
   *   default -> throw new IndexOutOfBoundsException(...);
   * };
   * }</pre>
   */
  private MethodSpec invariant() {
    NameAllocator names = new NameAllocator();
    List.of("index", "model", "impl").forEach(names::newName);
    MethodSpec.Builder method =
        override("invariant")
            .returns(boolean.class)
            .addParameter(int.class, "index")
            .addParameter(spec.modelType(), "model")
            .addParameter(spec.implType(), "impl")
            .addException(Exception.class);
    if (spec.invariants().isEmpty()) {
      return method
          .addStatement(
              "throw new $T($S + index)", IndexOutOfBoundsException.class, spec.spec().simpleName() + " has no invariant ")
          .build();
    }
    CodeBlock.Builder cases = CodeBlock.builder();
    for (int i = 0; i < spec.invariants().size(); i++) {
      InvariantDescriptor invariant = spec.invariants().get(i);
      List<String> arguments = new ArrayList<>();
      if (invariant.takesModel()) {
        arguments.add("model");
      }
      if (invariant.takesImpl()) {
        arguments.add("impl");
      }
      CodeBlock call = CodeBlock.of("$T.$N($L)", spec.spec(), invariant.method(), String.join(", ", arguments));
      if (invariant.throwsThrowable()) {
        CodeBlock body = invariant.returnsBoolean()
            ? CodeBlock.of("yield $L;\n", call)
            : CodeBlock.of("$L;\nyield true;\n", call);
        cases.add("case $L -> {\n$>$L$<}\n", i, rethrowingExceptions(body, names.clone()));
      } else if (invariant.returnsBoolean()) {
        cases.add("case $L -> $L;\n", i, call);
      } else {
        cases.add("case $L -> {\n$>$L;\nyield true;\n$<}\n", i, call);
      }
    }
    cases.add(
        "default -> throw new $T($S + index);\n",
        IndexOutOfBoundsException.class,
        spec.spec().simpleName() + " has no invariant ");
    return method.addCode("return switch (index) {\n$>$L$<};\n", cases.build()).build();
  }

  // ---- helpers ----

  private static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
  }

  private ClassName record(OperationDescriptor operation) {
    return spec.operationType().nestedClass(operation.recordName());
  }

  private CodeBlock notAnOperation(String op) {
    return CodeBlock.of(
        "throw new $T($S + $N)",
        IllegalArgumentException.class,
        "Not an operation of " + spec.spec().simpleName() + ": ",
        op);
  }

  /** Whether a cast to {@code type} is unchecked. */
  private static boolean isGeneric(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isGeneric(array.componentType());
    }
    return !(type instanceof ClassName) && !type.isPrimitive();
  }

  private static boolean isObjectArray(TypeName type) {
    return type instanceof ArrayTypeName array && !array.componentType().isPrimitive();
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
