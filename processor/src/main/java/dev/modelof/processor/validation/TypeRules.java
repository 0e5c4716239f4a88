package dev.modelof.processor.validation;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.function.BiPredicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The questions about types that validation asks (can this be passed, compared, boxed), and how
 * generated code names a type.
 */
final class TypeRules {
  private final Elements elements;
  private final Types types;

  TypeRules(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The declared types of a method's parameters. */
  static List<TypeMirror> parameterTypes(ExecutableElement method) {
    return method.getParameters().stream().map(VariableElement::asType).toList();
  }

  /** The JavaPoet type of a mirror, without the type annotations (such as {@code @Range}) it carries. */
  static TypeName typeName(TypeMirror type) {
    return withoutAnnotations(TypeName.get(type));
  }

  /** {@code type} with no type annotations anywhere in it: {@code List<@Size String>} becomes {@code List<String>}. */
  private static TypeName withoutAnnotations(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      TypeName[] arguments =
          parameterized.typeArguments().stream().map(TypeRules::withoutAnnotations).toArray(TypeName[]::new);
      ParameterizedTypeName enclosing = parameterized.enclosingType();
      if (enclosing != null) {
        ParameterizedTypeName plainEnclosing = (ParameterizedTypeName) withoutAnnotations(enclosing);
        return plainEnclosing.nestedClass(parameterized.rawType().simpleName(), List.of(arguments));
      }
      return ParameterizedTypeName.get(parameterized.rawType().withoutAnnotations(), arguments);
    }
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(withoutAnnotations(array.componentType()));
    }
    if (type instanceof WildcardTypeName wildcard) {
      return wildcard.lowerBounds().isEmpty()
          ? WildcardTypeName.subtypeOf(withoutAnnotations(wildcard.upperBounds().get(0)))
          : WildcardTypeName.supertypeOf(withoutAnnotations(wildcard.lowerBounds().get(0)));
    }
    return type.withoutAnnotations();
  }

  /** Whether values of {@code actual} compare equal to the model's {@code expected} results. */
  boolean comparable(TypeMirror actual, TypeMirror expected) {
    if (actual.getKind() == TypeKind.VOID) {
      return false;
    }
    if (expected.getKind().isPrimitive() || isBox(expected)) {
      // an int and a long are never equal once boxed: primitives must match exactly
      return types.isSameType(box(actual), box(expected));
    }
    return types.isAssignable(actual, expected);
  }

  TypeMirror box(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass(MoreTypes.asPrimitiveType(type)).asType() : type;
  }

  boolean isBox(TypeMirror type) {
    try {
      return type.getKind() == TypeKind.DECLARED && types.unboxedType(type) != null;
    } catch (IllegalArgumentException notABox) {
      return false;
    }
  }

  /**
   * Whether a method throwing {@code thrown} may throw what the machine's {@code throws Exception}
   * does not cover: {@code Throwable} itself, or another subclass of it that is no {@code Error}.
   */
  boolean throwsBeyondException(List<? extends TypeMirror> thrown) {
    TypeMirror exception = elements.getTypeElement("java.lang.Exception").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return thrown.stream().anyMatch(t -> !types.isAssignable(t, exception) && !types.isAssignable(t, error));
  }

  boolean isBooleanBox(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && MoreElements.asType(MoreTypes.asDeclared(type).asElement()).getQualifiedName().contentEquals("java.lang.Boolean");
  }

  /** Whether arguments of {@code argumentTypes} can be passed to parameters of {@code parameterTypes}. */
  boolean accepts(List<? extends TypeMirror> argumentTypes, List<? extends TypeMirror> parameterTypes) {
    return pairwise(argumentTypes, parameterTypes, types::isAssignable);
  }

  boolean sameTypes(List<? extends TypeMirror> a, List<? extends TypeMirror> b) {
    return pairwise(a, b, types::isSameType);
  }

  /** Whether the lists are as long, and each type of {@code a} is in {@code relation} with the type at its index in {@code b}. */
  static boolean pairwise(
      List<? extends TypeMirror> a, List<? extends TypeMirror> b, BiPredicate<TypeMirror, TypeMirror> relation) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!relation.test(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two results of {@code type}, one from the model and one from the implementation, can
   * only be equal by being the same object: a concrete class (or an array of one) that others can
   * instantiate and whose {@code equals} is {@code Object}'s. A class with private constructors
   * only is left alone: its instances may be shared constants, which identity compares well.
   */
  boolean comparesByIdentity(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return comparesByIdentity(MoreTypes.asArray(type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = MoreElements.asType(MoreTypes.asDeclared(type).asElement());
    if (element.getKind() != ElementKind.CLASS
        || element.getModifiers().contains(Modifier.ABSTRACT)
        || element.getQualifiedName().contentEquals("java.lang.Object")
        || ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
            .allMatch(c -> c.getModifiers().contains(Modifier.PRIVATE))) {
      return false;
    }
    TypeMirror object = elements.getTypeElement("java.lang.Object").asType();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      if (method.getSimpleName().contentEquals("equals")
          && method.getParameters().size() == 1
          && types.isSameType(method.getParameters().get(0).asType(), object)) {
        return MoreElements.asType(method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object");
      }
    }
    return false;
  }

  /** The checked exceptions a method declares, by simple name. */
  List<String> checkedExceptions(ExecutableType method) {
    TypeElement runtime = elements.getTypeElement("java.lang.RuntimeException");
    TypeElement error = elements.getTypeElement("java.lang.Error");
    return method.getThrownTypes().stream()
        .filter(t -> !types.isAssignable(t, runtime.asType()) && !types.isAssignable(t, error.asType()))
        .map(Signatures::type)
        .toList();
  }
}
