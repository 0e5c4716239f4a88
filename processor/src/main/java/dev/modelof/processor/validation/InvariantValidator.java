package dev.modelof.processor.validation;

import dev.modelof.processor.model.InvariantDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Checks the shape of a spec's {@code @Invariant} methods: what they take and what they return. */
final class InvariantValidator {
  private final Types types;
  private final TypeRules rules;
  private final ValidationReport report;
  private final TypeMirror implType;
  private final TypeMirror modelType;

  InvariantValidator(Types types, TypeRules rules, ValidationReport report, ImplementationTypes chosen) {
    this.types = types;
    this.rules = rules;
    this.report = report;
    this.implType = chosen.implType();
    this.modelType = chosen.modelType();
  }

  /** The descriptions of the invariants that are valid, in declaration order. */
  List<InvariantDescriptor> invariants(List<ExecutableElement> methods) {
    List<InvariantDescriptor> invariants = new ArrayList<>();
    for (ExecutableElement method : methods) {
      invariant(method).ifPresent(invariants::add);
    }
    return invariants;
  }

  private Optional<InvariantDescriptor> invariant(ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    TypeKind result = method.getReturnType().getKind();
    boolean shapeOk =
        method.getModifiers().contains(Modifier.STATIC)
            && !method.getModifiers().contains(Modifier.PRIVATE)
            && method.getTypeParameters().isEmpty()
            && (result == TypeKind.BOOLEAN || result == TypeKind.VOID);
    boolean takesModel = false;
    boolean takesImpl = false;
    if (shapeOk && parameters.size() == 1) {
      TypeMirror only = parameters.get(0).asType();
      takesImpl = implType != null && types.isAssignable(implType, only);
      takesModel = !takesImpl && types.isAssignable(modelType, only);
      shapeOk = takesImpl || takesModel;
    } else if (shapeOk && parameters.size() == 2) {
      takesModel = types.isAssignable(modelType, parameters.get(0).asType());
      takesImpl = types.isAssignable(implType, parameters.get(1).asType());
      shapeOk = takesModel && takesImpl;
    } else {
      shapeOk = false;
    }
    if (!shapeOk) {
      String impl = Signatures.type(implType);
      String model = Signatures.type(modelType);
      report.report(
          Message.INVARIANT_SIGNATURE, method, method.getSimpleName(), impl, model, model, impl, method.getSimpleName(), impl);
      return Optional.empty();
    }
    return Optional.of(
        new InvariantDescriptor(
            method.getSimpleName().toString(),
            takesModel,
            takesImpl,
            result != TypeKind.VOID,
            rules.throwsBeyondException(method.getThrownTypes())));
  }
}
