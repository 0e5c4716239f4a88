package dev.modelof.processor.validation;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Types and methods written the way a user reads them in a message: simple names. */
final class Signatures {
  private Signatures() {}

  /** {@code Optional<Integer>}, {@code int[]}, {@code LruCache}. */
  static String type(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String name = declared.asElement().getSimpleName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return name;
      }
      return name
          + declared.getTypeArguments().stream().map(Signatures::type).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return type(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }

  /** {@code int, int}: the types of a parameter list. */
  static String types(List<? extends TypeMirror> types) {
    return types.stream().map(Signatures::type).collect(Collectors.joining(", "));
  }

  /** {@code put(int, int)}: a method as a call shape. */
  static String call(String name, List<? extends TypeMirror> parameterTypes) {
    return name + "(" + types(parameterTypes) + ")";
  }

  /** {@code put(int, int)} for a method element. */
  static String call(ExecutableElement method) {
    return call(
        method.getSimpleName().toString(),
        method.getParameters().stream().map(VariableElement::asType).toList());
  }

  /** {@code int key, int value}: declared parameters with their names. */
  static String parameters(List<? extends VariableElement> parameters) {
    return parameters.stream()
        .map(p -> type(p.asType()) + " " + p.getSimpleName())
        .collect(Collectors.joining(", "));
  }

  /** {@code static void put(LruCache impl, int key, int value)}: the adapter an operation needs. */
  static String adapter(ExecutableElement operation, TypeMirror implType) {
    String implName = "impl";
    while (hasParameterNamed(operation, implName)) {
      implName = implName + "_";
    }
    String rest = parameters(operation.getParameters());
    return "static "
        + type(operation.getReturnType())
        + " "
        + operation.getSimpleName()
        + "("
        + type(implType)
        + " "
        + implName
        + (rest.isEmpty() ? "" : ", " + rest)
        + ")";
  }

  private static boolean hasParameterNamed(ExecutableElement method, String name) {
    return method.getParameters().stream().anyMatch(p -> p.getSimpleName().contentEquals(name));
  }
}
