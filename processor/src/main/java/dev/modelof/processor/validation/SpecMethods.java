package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.FRESH;
import static dev.modelof.processor.RuntimeNames.FROM;
import static dev.modelof.processor.RuntimeNames.FROM_MODEL;
import static dev.modelof.processor.RuntimeNames.INVARIANT;
import static dev.modelof.processor.RuntimeNames.RANGE;
import static dev.modelof.processor.RuntimeNames.REF;
import static dev.modelof.processor.RuntimeNames.REQUIRES;
import static dev.modelof.processor.RuntimeNames.SIZE;
import static dev.modelof.processor.RuntimeNames.WEIGHT;
import static dev.modelof.processor.validation.Annotations.annotation;
import static dev.modelof.processor.validation.Annotations.has;
import static dev.modelof.processor.validation.Annotations.simpleName;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The methods of a spec sorted by role: abstract methods are operations, static methods are told
 * apart by their types.
 *
 * @param operations the spec's abstract methods, then those inherited from its superinterfaces
 * @param modelFactories static methods returning the spec, or a subtype of it
 * @param implFactories static methods returning the implementation class
 * @param adapters static methods taking the implementation first, by the name of the operation they
 *     adapt, in declaration order
 * @param invariants the {@code @Invariant} methods
 */
record SpecMethods(
    List<ExecutableElement> operations,
    List<ExecutableElement> modelFactories,
    List<ExecutableElement> implFactories,
    Map<String, List<ExecutableElement>> adapters,
    List<ExecutableElement> invariants) {
  /** The annotations that shape a generated argument. */
  private static final List<String> ARGUMENT_ANNOTATIONS = List.of(RANGE, SIZE, FROM, FRESH, FROM_MODEL);

  SpecMethods {
    operations = List.copyOf(operations);
    modelFactories = List.copyOf(modelFactories);
    implFactories = List.copyOf(implFactories);
    Map<String, List<ExecutableElement>> copies = new LinkedHashMap<>();
    adapters.forEach((name, methods) -> copies.put(name, List.copyOf(methods)));
    adapters = Collections.unmodifiableMap(copies);
    invariants = List.copyOf(invariants);
  }

  /** Sorts the methods of {@code spec}, whose implementation is {@code implElement}. */
  static SpecMethods sort(TypeElement spec, TypeElement implElement, Types types, ValidationReport report) {
    List<ExecutableElement> operations = new ArrayList<>();
    List<ExecutableElement> modelFactories = new ArrayList<>();
    List<ExecutableElement> implFactories = new ArrayList<>();
    Map<String, List<ExecutableElement>> adapters = new LinkedHashMap<>();
    List<ExecutableElement> invariants = new ArrayList<>();
    List<ExecutableElement> rejectedFactories = new ArrayList<>();

    List<ExecutableElement> methods = ElementFilter.methodsIn(spec.getEnclosedElements());
    Set<String> operationNames = new HashSet<>();
    Set<String> instanceMethodNames = new HashSet<>();
    for (ExecutableElement method : methods) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && !has(method, INVARIANT)) {
        operations.add(method);
        operationNames.add(method.getSimpleName().toString());
      }
      if (!method.getModifiers().contains(Modifier.STATIC)) {
        instanceMethodNames.add(method.getSimpleName().toString());
      }
    }
    for (TypeMirror superinterface : spec.getInterfaces()) {
      inheritOperations(spec, report, superinterface, instanceMethodNames, operations, operationNames);
    }
    TypeMirror implErasure = types.erasure(implElement.asType());
    TypeMirror specErasure = types.erasure(spec.asType());
    for (ExecutableElement method : methods) {
      boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        annotation(method, REF).ifPresent(a -> report.report(Message.REF_NOT_OPERATION, method, a, null, method.getSimpleName()));
        annotation(method, REQUIRES)
            .ifPresent(a -> report.report(Message.REQUIRES_NOT_OPERATION, method, a, null, method.getSimpleName()));
        annotation(method, WEIGHT)
            .ifPresent(a -> report.report(Message.WEIGHT_NOT_OPERATION, method, a, null, method.getSimpleName()));
      }
      if (has(method, INVARIANT)) {
        invariants.add(method);
        continue;
      }
      if (!isStatic || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      TypeMirror result = method.getReturnType();
      String name = method.getSimpleName().toString();
      boolean factoryShaped =
          result.getKind() == TypeKind.DECLARED
              && (types.isSameType(types.erasure(result), implErasure)
                  || types.isAssignable(types.erasure(result), specErasure));
      if (factoryShaped && !method.getTypeParameters().isEmpty()) {
        report.report(Message.FACTORY_GENERIC, method, name);
        rejectedFactories.add(method);
      } else if (result.getKind() == TypeKind.DECLARED && types.isSameType(types.erasure(result), implErasure)) {
        implFactories.add(method);
      } else if (result.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(result), specErasure)) {
        modelFactories.add(method);
      } else if (operationNames.contains(name)
          && !method.getParameters().isEmpty()
          && method.getParameters().get(0).asType().getKind() == TypeKind.DECLARED
          && types.isAssignable(implErasure, types.erasure(method.getParameters().get(0).asType()))) {
        adapters.computeIfAbsent(name, n -> new ArrayList<>()).add(method);
      } else if (name.startsWith("model") && result.getKind() == TypeKind.DECLARED) {
        report.report(
            Message.MODEL_FACTORY_NOT_SPEC,
            method,
            name,
            Signatures.type(result),
            spec.getSimpleName(),
            Signatures.type(result),
            spec.getSimpleName());
      }
    }
    if (modelFactories.isEmpty() && !report.messages().contains(Message.MODEL_FACTORY_NOT_SPEC)) {
      report.report(Message.NO_MODEL_FACTORY, spec, spec.getSimpleName(), spec.getSimpleName());
    }
    for (ExecutableElement method : methods) {
      if (!operations.contains(method) && !modelFactories.contains(method) && !rejectedFactories.contains(method)) {
        checkNotGenerated(method, implFactories, adapters, invariants, report);
      }
    }
    return new SpecMethods(operations, modelFactories, implFactories, adapters, invariants);
  }

  /**
   * Argument annotations on a method whose arguments are not generated (an impl factory, an
   * adapter, an invariant, a helper) would silently do nothing.
   */
  private static void checkNotGenerated(
      ExecutableElement method,
      List<ExecutableElement> implFactories,
      Map<String, List<ExecutableElement>> adapters,
      List<ExecutableElement> invariants,
      ValidationReport report) {
    String name = method.getSimpleName().toString();
    String role =
        implFactories.contains(method)
            ? "impl factory " + name
            : adapters.getOrDefault(name, List.of()).contains(method)
                ? "adapter " + name
                : invariants.contains(method) ? "invariant " + name : "method " + name;
    for (VariableElement parameter : method.getParameters()) {
      for (String argumentAnnotation : ARGUMENT_ANNOTATIONS) {
        annotation(parameter, argumentAnnotation)
            .ifPresent(
                a ->
                    report.report(
                        Message.PARAMETER_NOT_GENERATED,
                        parameter,
                        a,
                        null,
                        simpleName(argumentAnnotation),
                        parameter.getSimpleName(),
                        role));
      }
    }
  }

  /**
   * Abstract methods of superinterfaces are operations too, after the spec's own, unless a
   * method of the same name in the spec or a nearer superinterface overrides them.
   */
  private static void inheritOperations(
      TypeElement spec,
      ValidationReport report,
      TypeMirror type,
      Set<String> taken,
      List<ExecutableElement> operations,
      Set<String> operationNames) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    TypeElement element = MoreElements.asType(declared.asElement());
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      Set<Modifier> modifiers = method.getModifiers();
      if (modifiers.contains(Modifier.STATIC)
          || modifiers.contains(Modifier.PRIVATE)
          || !taken.add(method.getSimpleName().toString())
          || !modifiers.contains(Modifier.ABSTRACT)) {
        continue;
      }
      if (!declared.getTypeArguments().isEmpty() || !element.getTypeParameters().isEmpty()) {
        report.report(
            Message.OPERATION_INHERITED_GENERIC,
            spec,
            method.getSimpleName(),
            Signatures.type(type),
            Signatures.call(method),
            spec.getSimpleName());
        continue;
      }
      operations.add(method);
      operationNames.add(method.getSimpleName().toString());
    }
    for (TypeMirror superinterface : element.getInterfaces()) {
      inheritOperations(spec, report, superinterface, taken, operations, operationNames);
    }
  }
}
