package dev.modelof.processor.validation;

import static dev.modelof.processor.validation.TypeRules.parameterTypes;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import dev.modelof.processor.model.OperationDescriptor.Precondition;
import dev.modelof.processor.model.ParameterDescriptor.ModelValues;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the annotations that name a method of the model type: {@code @Requires}, a boolean method,
 * and {@code @FromModel}, a method returning a collection of a parameter's values.
 */
final class ModelMethodReader {
  private final Elements elements;
  private final Types types;
  private final TypeRules rules;
  private final ValidationReport report;
  private final PackageElement specPackage;
  private final TypeMirror modelType;
  /** The model type as a declared type, and its element; null when it is not one (an error reported elsewhere). */
  private final DeclaredType model;
  private final TypeElement modelElement;

  ModelMethodReader(
      Elements elements, Types types, TypeRules rules, ValidationReport report, PackageElement specPackage, TypeMirror modelType) {
    this.elements = elements;
    this.types = types;
    this.rules = rules;
    this.report = report;
    this.specPackage = specPackage;
    this.modelType = modelType;
    this.model = modelType.getKind() == TypeKind.DECLARED ? MoreTypes.asDeclared(modelType) : null;
    this.modelElement = model == null ? null : MoreElements.asType(model.asElement());
  }

  /** {@code @Requires("m")}: a boolean method of the model, taking nothing or the operation's arguments. */
  Precondition precondition(ExecutableElement operation, AnnotationMirror requires) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(requires, "value");
    String method = AnnotationValues.getString(value);
    List<TypeMirror> argumentTypes = parameterTypes(operation);
    String modelName = Signatures.type(modelType);
    if (model == null) {
      return null;
    }
    List<ExecutableElement> named = Access.instanceMethods(modelElement, method, specPackage, elements);
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

  /** Where {@code parameter}'s values come from, or null after reporting why they cannot. */
  ModelValues values(VariableElement parameter, AnnotationMirror fromModel) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(fromModel, "value");
    AnnotationValue percentValue = AnnotationMirrors.getAnnotationValue(fromModel, "percent");
    String method = AnnotationValues.getString(value);
    int percent = AnnotationValues.getInt(percentValue);
    String name = parameter.getSimpleName().toString();
    if (percent < 1 || percent > 100) {
      report.report(Message.FROM_MODEL_PERCENT, parameter, fromModel, percentValue, percent, name);
      return null;
    }
    if (model == null) {
      return null;
    }
    String modelName = Signatures.type(modelType);
    TypeMirror element = parameter.asType().getKind().isPrimitive()
        ? types.boxedClass(MoreTypes.asPrimitiveType(parameter.asType())).asType()
        : parameter.asType();
    List<ExecutableElement> named = Access.instanceMethods(modelElement, method, specPackage, elements);
    ExecutableElement found = named.stream().filter(m -> m.getParameters().isEmpty()).findFirst().orElse(null);
    if (found == null) {
      report.report(Message.FROM_MODEL_UNKNOWN, parameter, fromModel, value,
          method, name, modelName, Signatures.type(element), method, modelName);
      return null;
    }
    ExecutableType type = MoreTypes.asExecutable(types.asMemberOf(model, found));
    TypeMirror result = type.getReturnType();
    TypeElement collection = elements.getTypeElement("java.util.Collection");
    TypeMirror wanted = types.getDeclaredType(collection, types.getWildcardType(element, null));
    if (!types.isAssignable(result, wanted)) {
      report.report(Message.FROM_MODEL_NOT_COLLECTION, parameter, fromModel, value,
          method, name, modelName, method, Signatures.type(result), Signatures.type(element));
      return null;
    }
    List<String> checked = rules.checkedExceptions(type);
    if (!checked.isEmpty()) {
      report.report(Message.FROM_MODEL_THROWS, parameter, fromModel, value,
          method, name, modelName, method, String.join(", ", checked));
      return null;
    }
    // a method reference infers the model type alone unless the name is overloaded or the type generic
    boolean witness = named.size() > 1 || !model.getTypeArguments().isEmpty();
    return new ModelValues(ClassName.get(modelElement), method, percent, witness ? TypeRules.typeName(modelType) : null);
  }
}
