package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.COMPARE;
import static dev.modelof.processor.RuntimeNames.FRESH;
import static dev.modelof.processor.RuntimeNames.FROM;
import static dev.modelof.processor.RuntimeNames.FROM_MODEL;
import static dev.modelof.processor.RuntimeNames.HANDLE;
import static dev.modelof.processor.RuntimeNames.NON_ATOMIC;
import static dev.modelof.processor.RuntimeNames.RANGE;
import static dev.modelof.processor.RuntimeNames.REF;
import static dev.modelof.processor.RuntimeNames.REQUIRES;
import static dev.modelof.processor.RuntimeNames.SIZE;
import static dev.modelof.processor.RuntimeNames.WEIGHT;
import static dev.modelof.processor.validation.Annotations.annotation;
import static dev.modelof.processor.validation.Annotations.has;
import static dev.modelof.processor.validation.Annotations.simpleName;
import static dev.modelof.processor.validation.TypeRules.parameterTypes;
import static dev.modelof.processor.validation.TypeRules.typeName;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.modelof.processor.model.GeneratedNames;
import dev.modelof.processor.model.NamedTypes;
import dev.modelof.processor.model.OperationDescriptor.Comparison;
import dev.modelof.processor.model.OperationDescriptor.Precondition;
import dev.modelof.processor.model.OperationDescriptor.ResultKind;
import dev.modelof.processor.model.OperationDescriptor;
import dev.modelof.processor.model.ParameterDescriptor.ModelValues;
import dev.modelof.processor.model.ParameterDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the operations of a spec, their parameters and their {@code @Weight}, {@code @Ref} and
 * {@code @Requires}, and describes them.
 */
final class OperationValidator {
  /** Names a record component must not have (JLS 8.10.1). */
  private static final Set<String> RESERVED_COMPONENT_NAMES =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private final Elements elements;
  private final Types types;
  private final TypeRules rules;
  private final GeneratorChooser generators;
  private final ValidationReport report;
  private final TypeElement spec;
  private final PackageElement specPackage;
  private final Visibility visibility;
  private final ImplementationTypes chosen;
  private final ImplementationMatcher implementations;
  private final ModelMethodReader modelMethods;

  OperationValidator(
      Elements elements,
      Types types,
      TypeRules rules,
      GeneratorChooser generators,
      ValidationReport report,
      TypeElement spec,
      Visibility visibility,
      TypeElement implElement,
      ImplementationTypes chosen) {
    this.elements = elements;
    this.types = types;
    this.rules = rules;
    this.generators = generators;
    this.report = report;
    this.spec = spec;
    this.specPackage = elements.getPackageOf(spec);
    this.visibility = visibility;
    this.chosen = chosen;
    this.implementations = new ImplementationMatcher(elements, types, rules, report, spec, implElement, chosen.implType());
    this.modelMethods = new ModelMethodReader(elements, types, rules, report, specPackage, chosen.modelType());
  }

  /** {@code param}, drawn from the model's state when {@code parameter} says {@code @FromModel}. */
  private ParameterDescriptor fromModel(VariableElement parameter, ParameterDescriptor param) {
    Optional<AnnotationMirror> fromModel = annotation(parameter, FROM_MODEL);
    if (fromModel.isEmpty()) {
      return param;
    }
    if (param.fresh()) {
      report.report(Message.FROM_MODEL_FRESH, parameter, fromModel.get(), null, parameter.getSimpleName());
      return param;
    }
    ModelValues from = modelMethods.values(parameter, fromModel.get());
    return from == null ? param : param.withFromModel(from);
  }

  /** The descriptions of the operations that are valid, in declaration order. */
  List<OperationDescriptor> operations(SpecMethods methods) {
    List<ExecutableElement> operations = methods.operations();
    List<TypeMirror> refTypes = refTypes(operations);
    checkRefTypesDistinct(operations);
    List<OperationDescriptor> descriptors = new ArrayList<>();
    Map<String, Integer> declarations = new HashMap<>();
    operations.stream()
        .filter(o -> !isObjectMethod(o))
        .forEach(o -> declarations.merge(o.getSimpleName().toString(), 1, Integer::sum));
    Map<String, ExecutableElement> recordNames = new HashMap<>();
    for (ExecutableElement operation : operations) {
      if (isObjectMethod(operation)) {
        // inherited from an interface such as Comparator, it is no operation; declared here, a mistake
        if (operation.getEnclosingElement().equals(spec)) {
          report.report(Message.OPERATION_OBJECT_METHOD, operation, operation.getSimpleName(),
              Signatures.call(operation), ownName(operation), Signatures.call(operation));
        }
        continue;
      }
      boolean overloaded = declarations.get(operation.getSimpleName().toString()) > 1;
      String recordName = recordName(operation, overloaded);
      ExecutableElement sameRecord = recordNames.putIfAbsent(recordName, operation);
      if (sameRecord != null) {
        report.report(Message.OPERATION_OVERLOADED, operation, Signatures.call(sameRecord), Signatures.call(operation),
            recordName);
        continue;
      }
      if (!checkNames(operation, recordName)) {
        continue;
      }
      List<ExecutableElement> adapters = methods.adapters().getOrDefault(operation.getSimpleName().toString(), List.of());
      operation(operation, recordName, adapter(operation, overloaded, adapters), refTypes).ifPresent(descriptors::add);
    }
    if (operations.isEmpty()) {
      report.report(Message.NO_OPERATIONS, spec, spec.getSimpleName());
    }
    return specPackage.isUnnamed() ? unhidden(descriptors) : descriptors;
  }

  /**
   * The operations with no record named like a type of the unnamed package that the operation
   * type names: there, where no name can qualify the type, {@code record Color(Color c)} would
   * hide it from its own component. Such a record takes an underscore, {@code Color_}, as other
   * invented names do.
   */
  private List<OperationDescriptor> unhidden(List<OperationDescriptor> operations) {
    Set<String> hidden = new HashSet<>();
    for (ClassName type : NamedTypes.ofParameters(operations)) {
      if (type.packageName().isEmpty() && type.enclosingClassName() == null) {
        hidden.add(type.simpleName());
      }
    }
    Set<String> taken = new HashSet<>();
    operations.forEach(o -> taken.add(o.recordName()));
    taken.add(GeneratedNames.of(ClassName.get(spec)).operationType().simpleName());
    List<OperationDescriptor> renamed = new ArrayList<>();
    for (OperationDescriptor operation : operations) {
      String name = operation.recordName();
      if (hidden.contains(name)) {
        while (hidden.contains(name) || taken.contains(name)) {
          name += "_";
        }
        taken.add(name);
      }
      renamed.add(operation.withRecordName(name));
    }
    return renamed;
  }

  /**
   * The record of an operation: its name capitalized, {@code Size}; an overloaded operation's
   * followed by its parameter types, {@code Remove}, {@code RemoveInt}, {@code RemoveInteger},
   * {@code AddIntInteger}, {@code PutStringArray}, {@code SendList} for {@code send(List<String>)}.
   */
  private String recordName(ExecutableElement operation, boolean overloaded) {
    StringBuilder name = new StringBuilder(capitalize(operation.getSimpleName().toString()));
    if (overloaded) {
      parameterTypes(operation).forEach(type -> name.append(typeWord(types.erasure(type))));
    }
    return name.toString();
  }

  /** {@code Int}, {@code Integer}, {@code IntArray}, {@code Entry} for {@code Map.Entry}: an erased type as one word. */
  private static String typeWord(TypeMirror erased) {
    if (erased.getKind() == TypeKind.ARRAY) {
      return typeWord(MoreTypes.asArray(erased).getComponentType()) + "Array";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return MoreTypes.asDeclared(erased).asElement().getSimpleName().toString();
    }
    return capitalize(erased.getKind().name().toLowerCase(Locale.ROOT));
  }

  /**
   * The adapter of an operation: the first adapter named like it; for an overloaded operation, the
   * one that takes exactly its parameter types after the implementation.
   */
  private Optional<ExecutableElement> adapter(
      ExecutableElement operation, boolean overloaded, List<ExecutableElement> adapters) {
    List<TypeMirror> argumentTypes = parameterTypes(operation);
    return adapters.stream()
        .filter(a -> !overloaded || rules.sameTypes(argumentTypes, parameterTypes(a).subList(1, a.getParameters().size())))
        .findFirst();
  }

  /** Record names and components that Java would refuse in the generated operation type. */
  private boolean checkNames(ExecutableElement operation, String recordName) {
    boolean ok = true;
    String operationType = GeneratedNames.of(ClassName.get(spec)).operationType().simpleName();
    if (recordName.equals(operationType)) {
      report.report(Message.OPERATION_NAME_TAKEN, operation, operation.getSimpleName(), recordName);
      ok = false;
    }
    for (VariableElement parameter : operation.getParameters()) {
      if (RESERVED_COMPONENT_NAMES.contains(parameter.getSimpleName().toString())) {
        report.report(
            Message.PARAMETER_NAME_RESERVED, parameter, parameter.getSimpleName(), operation.getSimpleName());
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Reports {@code @Ref} results of different types with one erasure ({@code Box<Integer>} and
   * {@code Box<String>}): the engine keeps handles by class, and would hand one for the other.
   */
  private void checkRefTypesDistinct(List<ExecutableElement> operations) {
    List<ExecutableElement> refs = operations.stream()
        .filter(o -> has(o, REF) && o.getReturnType().getKind() != TypeKind.VOID)
        .toList();
    for (int i = 0; i < refs.size(); i++) {
      for (int j = 0; j < i; j++) {
        TypeMirror earlier = refs.get(j).getReturnType();
        TypeMirror later = refs.get(i).getReturnType();
        if (!types.isSameType(earlier, later) && types.isSameType(types.erasure(earlier), types.erasure(later))) {
          report.report(Message.REF_TYPES_SHARE_CLASS, refs.get(i), refs.get(j).getSimpleName(),
              refs.get(i).getSimpleName(), Signatures.type(earlier), Signatures.type(later));
          break;
        }
      }
    }
  }

  /** The result types of the {@code @Ref} operations: parameters of these types get handles. */
  private static List<TypeMirror> refTypes(List<ExecutableElement> operations) {
    return operations.stream()
        .filter(o -> has(o, REF) && o.getReturnType().getKind() != TypeKind.VOID)
        .map(ExecutableElement::getReturnType)
        .toList();
  }

  private Optional<OperationDescriptor> operation(
      ExecutableElement operation, String recordName, Optional<ExecutableElement> adapter, List<TypeMirror> refTypes) {
    String name = operation.getSimpleName().toString();
    if (!operation.getTypeParameters().isEmpty()) {
      report.report(Message.OPERATION_GENERIC, operation, name);
      return Optional.empty();
    }
    int weight = 1;
    Optional<AnnotationMirror> weightAnnotation = annotation(operation, WEIGHT);
    if (weightAnnotation.isPresent()) {
      AnnotationValue value = AnnotationMirrors.getAnnotationValue(weightAnnotation.get(), "value");
      weight = AnnotationValues.getInt(value);
      if (weight < 1) {
        report.report(Message.WEIGHT_NOT_POSITIVE, operation, weightAnnotation.get(), value, weight, name);
      }
    }
    TypeMirror result = operation.getReturnType();
    boolean isVoid = result.getKind() == TypeKind.VOID;
    Optional<AnnotationMirror> ref = annotation(operation, REF);
    if (ref.isPresent() && isVoid) {
      report.report(Message.REF_ON_VOID, operation, ref.get(), null, name);
    }
    if (!isVoid) {
      visibility.check(result, operation, "the result of operation " + name);
    }
    List<ParameterDescriptor> params = new ArrayList<>();
    for (VariableElement parameter : operation.getParameters()) {
      if (!visibility.check(parameter.asType(), parameter, "the type of parameter " + parameter.getSimpleName())) {
        continue;
      }
      boolean isHandle = refTypes.stream().anyMatch(t -> types.isSameType(t, parameter.asType()));
      if (isHandle) {
        annotation(parameter, FRESH)
            .ifPresent(a -> report.report(Message.FRESH_ON_HANDLE, parameter, a, null, parameter.getSimpleName()));
        for (String bound : List.of(RANGE, SIZE, FROM, FROM_MODEL)) {
          annotation(parameter, bound)
              .ifPresent(
                  a ->
                      report.report(
                          Message.GENERATOR_ON_HANDLE,
                          parameter,
                          a,
                          null,
                          simpleName(bound),
                          parameter.getSimpleName(),
                          simpleName(bound)));
        }
        TypeName type = typeName(parameter.asType());
        params.add(
            ParameterDescriptor.handle(
                parameter.getSimpleName().toString(), ParameterizedTypeName.get(HANDLE, type.box())));
      } else {
        params.add(fromModel(parameter, generators.generatedParameter(parameter, spec, specPackage, report)));
      }
    }
    ResultKind kind = isVoid ? ResultKind.VOID : ref.isPresent() ? ResultKind.REF : ResultKind.VALUE;
    Optional<AnnotationMirror> compare = annotation(operation, COMPARE);
    String sameMethod = compare.flatMap(a -> sameMethod(operation, kind, a)).orElse(null);
    Comparison comparison = sameMethod != null ? Comparison.SPEC_METHOD : comparison(result);
    if (kind == ResultKind.VALUE && compare.isEmpty() && comparison == Comparison.EQUALS
        && rules.comparesByIdentity(result)) {
      boolean fluent = types.isAssignable(types.erasure(chosen.implType()), types.erasure(result));
      report.report(fluent ? Message.FLUENT_RESULT : Message.RESULT_IDENTITY, operation, name, Signatures.type(result), name);
    }
    checkModelImplements(operation);
    boolean implThrowsThrowable = false;
    if (adapter.isPresent()) {
      implementations.checkAdapter(operation, adapter.get());
      implThrowsThrowable = rules.throwsBeyondException(adapter.get().getThrownTypes());
    } else if (chosen.methodsCheckable()) {
      implThrowsThrowable = implementations.checkImplMethod(operation)
          .map(method -> rules.throwsBeyondException(method.getThrownTypes()))
          .orElse(false);
    }
    Precondition precondition = annotation(operation, REQUIRES).map(a -> modelMethods.precondition(operation, a)).orElse(null);
    return Optional.of(
        new OperationDescriptor(
            name,
            recordName,
            weight,
            params,
            typeName(result),
            kind,
            comparison,
            sameMethod,
            adapter.isPresent(),
            rules.throwsBeyondException(operation.getThrownTypes()),
            implThrowsThrowable,
            precondition,
            has(operation, NON_ATOMIC)));
  }

  /**
   * How results of {@code type} compare, by what the type promises: arrays element by element,
   * {@code List}, {@code Set} and {@code Map} by their own {@code equals}, another {@code Collection}
   * as a multiset, an {@code Iterator}, {@code Iterable} or {@code Stream} by its elements in order,
   * anything else by {@code equals}.
   */
  private Comparison comparison(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return MoreTypes.asArray(type).getComponentType().getKind().isPrimitive()
          ? Comparison.ARRAYS_EQUALS
          : Comparison.ARRAYS_DEEP_EQUALS;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Comparison.EQUALS;
    }
    if (isA(type, "java.util.List") || isA(type, "java.util.Set") || isA(type, "java.util.Map")) {
      return Comparison.EQUALS;
    }
    if (isA(type, "java.util.Collection")) {
      return Comparison.MULTISET;
    }
    if (isA(type, "java.lang.Iterable")) {
      return Comparison.ITERABLE;
    }
    if (isA(type, "java.util.Iterator")) {
      return Comparison.ITERATOR;
    }
    return isA(type, "java.util.stream.Stream") ? Comparison.STREAM : Comparison.EQUALS;
  }

  private boolean isA(TypeMirror type, String interfaceName) {
    TypeElement element = elements.getTypeElement(interfaceName);
    return types.isSubtype(types.erasure(type), types.erasure(element.asType()));
  }

  /**
   * The name of the spec's static method that {@code @Compare} names, or empty, reported, when the
   * operation has no result to compare or the spec has no such method: {@code static boolean
   * name(R model, R impl)}, each parameter a type the result {@code R} can be passed as.
   */
  private Optional<String> sameMethod(ExecutableElement operation, ResultKind kind, AnnotationMirror compare) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(compare, "value");
    String method = AnnotationValues.getString(value);
    String name = operation.getSimpleName().toString();
    if (kind != ResultKind.VALUE) {
      report.report(Message.COMPARE_WITHOUT_RESULT, operation, compare, value, name,
          kind == ResultKind.VOID ? "returns nothing" : "is @Ref");
      return Optional.empty();
    }
    TypeMirror result = operation.getReturnType();
    boolean found = ElementFilter.methodsIn(spec.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals(method) && m.getModifiers().contains(Modifier.STATIC))
        .filter(m -> !m.getModifiers().contains(Modifier.PRIVATE))
        .filter(m -> m.getReturnType().getKind() == TypeKind.BOOLEAN && m.getTypeParameters().isEmpty())
        .filter(m -> m.getThrownTypes().isEmpty())
        .anyMatch(m -> m.getParameters().size() == 2
            && m.getParameters().stream().allMatch(p -> types.isAssignable(result, p.asType())));
    if (!found) {
      String type = Signatures.type(result);
      report.report(Message.COMPARE_UNKNOWN, operation, compare, value, method, spec.getSimpleName(),
          method, type, type, spec.getSimpleName());
      return Optional.empty();
    }
    return Optional.of(method);
  }

  /**
   * A model class that is not abstract must implement every operation: javac reports the class,
   * and the machine's call on the model would be a second error, in generated code.
   */
  private void checkModelImplements(ExecutableElement operation) {
    TypeMirror modelType = chosen.modelType();
    if (modelType.getKind() != TypeKind.DECLARED) {
      return;
    }
    TypeElement model = MoreElements.asType(MoreTypes.asDeclared(modelType).asElement());
    if (model.getKind().isInterface() || model.getModifiers().contains(Modifier.ABSTRACT)) {
      return;
    }
    boolean implemented = ElementFilter.methodsIn(elements.getAllMembers(model)).stream()
        .filter(m -> m.equals(operation) || elements.overrides(m, operation, model))
        .anyMatch(m -> !m.getModifiers().contains(Modifier.ABSTRACT));
    if (!implemented) {
      report.report(
          Message.MODEL_MISSING_OPERATION,
          model,
          model.getSimpleName(),
          Signatures.call(operation),
          spec.getSimpleName(),
          Signatures.call(operation),
          model.getSimpleName());
    }
  }

  /** Object's methods, which an interface may redeclare but which are no operations. */
  private boolean isObjectMethod(ExecutableElement operation) {
    List<? extends VariableElement> parameters = operation.getParameters();
    return switch (operation.getSimpleName().toString()) {
      case "hashCode", "toString" -> parameters.isEmpty();
      case "equals" -> parameters.size() == 1
          && types.isSameType(parameters.get(0).asType(), elements.getTypeElement("java.lang.Object").asType());
      default -> false;
    };
  }

  /** A name of its own for an operation named like a method of Object. */
  private static String ownName(ExecutableElement operation) {
    return switch (operation.getSimpleName().toString()) {
      case "hashCode" -> "int hash()";
      case "toString" -> "String text()";
      default -> "boolean sameAs(Object other)";
    };
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
