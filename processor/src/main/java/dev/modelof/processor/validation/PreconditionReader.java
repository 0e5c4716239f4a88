package dev.modelof.processor.validation;

import static dev.modelof.processor.validation.TypeRules.parameterTypes;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import dev.modelof.processor.model.OperationDescriptor.Precondition;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads {@code @Requires}: finds the boolean method of the model type that it names. */
final class PreconditionReader {
  private final Elements elements;
  private final Types types;
  private final TypeRules rules;
  private final ValidationReport report;
  private final PackageElement specPackage;
  private final TypeMirror modelType;

  PreconditionReader(
      Elements elements, Types types, TypeRules rules, ValidationReport report, PackageElement specPackage, TypeMirror modelType) {
    this.elements = elements;
    this.types = types;
    this.rules = rules;
    this.report = report;
    this.specPackage = specPackage;
    this.modelType = modelType;
  }

  /** {@code @Requires("m")}: a boolean method of the model, taking nothing or the operation's arguments. */
  Precondition precondition(ExecutableElement operation, AnnotationMirror requires) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(requires, "value");
    String method = AnnotationValues.getString(value);
    List<TypeMirror> argumentTypes = parameterTypes(operation);
    String modelName = Signatures.type(modelType);
    if (modelType.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType model = MoreTypes.asDeclared(modelType);
    TypeElement modelElement = MoreElements.asType(model.asElement());
    List<ExecutableElement> named =
        Access.instanceMethods(modelElement, method, specPackage, elements);
    if (named.isEmpty()) {
      report.report(
          Message.REQUIRES_UNKNOWN,
          operation,
          requires,
          value,
          method,
          modelName,
          method,
          method,
          Signatures.parameters(operation.getParameters()),
          modelName);
      return null;
    }
    for (ExecutableElement candidate : named) {
      ExecutableType type = MoreTypes.asExecutable(types.asMemberOf(model, candidate));
      boolean takesArguments = !type.getParameterTypes().isEmpty();
      if (takesArguments && !rules.accepts(argumentTypes, type.getParameterTypes())) {
        continue;
      }
      TypeMirror result = type.getReturnType();
      if (result.getKind() != TypeKind.BOOLEAN && !rules.isBooleanBox(result)) {
        report.report(
            Message.REQUIRES_NOT_BOOLEAN,
            operation,
            requires,
            value,
            method,
            modelName,
            Signatures.call(method, type.getParameterTypes()),
            Signatures.type(result));
        return null;
      }
      List<String> checked = rules.checkedExceptions(type);
      if (!checked.isEmpty()) {
        report.report(
            Message.REQUIRES_THROWS,
            operation,
            requires,
            value,
            method,
            modelName,
            Signatures.call(method, type.getParameterTypes()),
            String.join(", ", checked));
        return null;
      }
      return new Precondition(method, takesArguments);
    }
    ExecutableType first = MoreTypes.asExecutable(types.asMemberOf(model, named.get(0)));
    report.report(
        Message.REQUIRES_PARAMETERS,
        operation,
        requires,
        value,
        method,
        modelName,
        method,
        Signatures.types(first.getParameterTypes()),
        method,
        method,
        Signatures.parameters(operation.getParameters()));
    return null;
  }
}
