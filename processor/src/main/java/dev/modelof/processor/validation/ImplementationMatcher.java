package dev.modelof.processor.validation;

import static dev.modelof.processor.validation.TypeRules.pairwise;
import static dev.modelof.processor.validation.TypeRules.parameterTypes;

import com.google.auto.common.MoreTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that the implementation can perform each operation: by a method of its own that takes
 * the operation's arguments and returns a comparable result, or through the spec's adapter.
 */
final class ImplementationMatcher {
  private final Elements elements;
  private final Types types;
  private final TypeRules rules;
  private final ValidationReport report;
  private final TypeElement spec;
  private final PackageElement specPackage;
  private final TypeElement implElement;
  private final TypeMirror implType;

  ImplementationMatcher(
      Elements elements,
      Types types,
      TypeRules rules,
      ValidationReport report,
      TypeElement spec,
      TypeElement implElement,
      TypeMirror implType) {
    this.elements = elements;
    this.types = types;
    this.rules = rules;
    this.report = report;
    this.spec = spec;
    this.specPackage = elements.getPackageOf(spec);
    this.implElement = implElement;
    this.implType = implType;
  }

  /**
   * The implementation must have a public method that takes the operation's arguments.
   *
   * @return the type of that method as a member of the implementation; empty when it has none
   */
  Optional<ExecutableType> checkImplMethod(ExecutableElement operation) {
    String name = operation.getSimpleName().toString();
    List<TypeMirror> argumentTypes = parameterTypes(operation);
    String adapter = Signatures.adapter(operation, implType);
    DeclaredType impl = MoreTypes.asDeclared(implType);
    List<ExecutableElement> named =
        ElementFilter.methodsIn(elements.getAllMembers(implElement)).stream()
            .filter(m -> m.getSimpleName().contentEquals(name))
            .toList();
    if (named.isEmpty()) {
      report.report(
          Message.IMPL_MISSING_OPERATION,
          operation,
          Signatures.type(implType),
          Signatures.call(name, argumentTypes),
          adapter,
          spec.getSimpleName());
      return Optional.empty();
    }
    List<ExecutableElement> callable =
        named.stream().filter(m -> Access.isCallableOn(m, implElement, specPackage, elements)).toList();
    List<ExecutableElement> choice = mostSpecific(callable, argumentTypes);
    boolean accessible = !choice.isEmpty();
    if (!accessible) {
      choice = mostSpecific(named, argumentTypes);
    }
    if (choice.isEmpty()) {
      ExecutableType first = MoreTypes.asExecutable(types.asMemberOf(impl, named.get(0)));
      report.report(
          Message.IMPL_OPERATION_PARAMETERS,
          operation,
          Signatures.type(implType),
          Signatures.call(name, first.getParameterTypes()),
          Signatures.call(name, argumentTypes),
          adapter,
          spec.getSimpleName());
      return Optional.empty();
    }
    if (choice.size() > 1) {
      report.report(
          Message.IMPL_OPERATION_AMBIGUOUS,
          operation,
          Signatures.call(name, argumentTypes),
          Signatures.type(implType),
          choice.stream()
              .map(m -> Signatures.call(name, MoreTypes.asExecutable(types.asMemberOf(impl, m)).getParameterTypes()))
              .collect(Collectors.joining(", ")),
          adapter,
          spec.getSimpleName());
      return Optional.empty();
    }
    ExecutableElement chosen = choice.get(0);
    ExecutableType chosenType = MoreTypes.asExecutable(types.asMemberOf(impl, chosen));
    String call = Signatures.call(name, chosenType.getParameterTypes());
    if (chosen.getModifiers().contains(Modifier.STATIC)) {
      report.report(
          Message.IMPL_OPERATION_STATIC, operation, Signatures.type(implType), call, adapter, spec.getSimpleName());
      return Optional.empty();
    }
    if (!accessible) {
      report.report(
          Message.IMPL_OPERATION_NOT_PUBLIC, operation, Signatures.type(implType), call, adapter, spec.getSimpleName());
      return Optional.empty();
    }
    TypeMirror expected = operation.getReturnType();
    if (expected.getKind() != TypeKind.VOID && !rules.comparable(chosenType.getReturnType(), expected)) {
      report.report(
          Message.IMPL_RESULT_INCOMPATIBLE,
          operation,
          Signatures.type(implType),
          call,
          Signatures.type(chosenType.getReturnType()),
          Signatures.type(expected),
          name,
          Signatures.type(expected),
          adapter,
          spec.getSimpleName());
    }
    return Optional.of(chosenType);
  }

  /**
   * The methods a call with arguments of {@code argumentTypes} may choose, as javac chooses (JLS
   * 15.12.2): those applicable without boxing, else those applicable with it; then the most
   * specific. One method, several when none is more specific than the others, or none.
   */
  private List<ExecutableElement> mostSpecific(List<ExecutableElement> methods, List<TypeMirror> argumentTypes) {
    DeclaredType impl = MoreTypes.asDeclared(implType);
    Map<ExecutableElement, List<TypeMirror>> parameters = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      List<? extends TypeMirror> declared = MoreTypes.asExecutable(types.asMemberOf(impl, method)).getParameterTypes();
      // a generic method's type variables are inferred; their bounds are what an argument must meet
      parameters.put(method, declared.stream().map(t -> method.getTypeParameters().isEmpty() ? t : types.erasure(t)).toList());
    }
    for (BiPredicate<TypeMirror, TypeMirror> phase : List.<BiPredicate<TypeMirror, TypeMirror>>of(types::isSubtype, types::isAssignable)) {
      List<ExecutableElement> applicable = methods.stream().filter(m -> pairwise(argumentTypes, parameters.get(m), phase)).toList();
      if (!applicable.isEmpty()) {
        List<ExecutableElement> best = applicable.stream()
            .filter(m -> applicable.stream().allMatch(other -> pairwise(parameters.get(m), parameters.get(other), types::isSubtype)))
            .toList();
        return best.isEmpty() ? applicable : best.subList(0, 1);
      }
    }
    return List.of();
  }

  /** An adapter takes the implementation and the operation's arguments, and returns its result. */
  void checkAdapter(ExecutableElement operation, ExecutableElement adapter) {
    List<TypeMirror> argumentTypes = new ArrayList<>();
    argumentTypes.add(implType);
    argumentTypes.addAll(parameterTypes(operation));
    String shape = Signatures.adapter(operation, implType);
    if (!rules.accepts(argumentTypes, parameterTypes(adapter))) {
      report.report(
          Message.ADAPTER_PARAMETERS, adapter, Signatures.call(adapter), operation.getSimpleName(), shape);
      return;
    }
    TypeMirror expected = operation.getReturnType();
    if (expected.getKind() != TypeKind.VOID && !rules.comparable(adapter.getReturnType(), expected)) {
      report.report(
          Message.ADAPTER_RESULT,
          adapter,
          Signatures.call(adapter),
          Signatures.type(adapter.getReturnType()),
          Signatures.type(expected),
          operation.getSimpleName(),
          shape);
    }
  }
}
