package dev.modelof.processor.validation;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Whether generated code, which lives in the spec's package, can refer to an element. */
final class Access {
  private Access() {}

  /** {@code package com.example}, or {@code the unnamed package}, as messages name it. */
  static String describe(PackageElement from) {
    return from.isUnnamed() ? "the unnamed package" : "package " + from.getQualifiedName();
  }

  /** The instance methods called {@code name} of {@code type}, declared or inherited, that package {@code from} can call. */
  static List<ExecutableElement> instanceMethods(TypeElement type, String name, PackageElement from, Elements elements) {
    return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
        .filter(m -> m.getSimpleName().contentEquals(name))
        .filter(m -> !m.getModifiers().contains(Modifier.STATIC))
        .filter(m -> isAccessible(m, from, elements))
        .toList();
  }

  /** True when {@code element} and every type enclosing it is visible from package {@code from}. */
  static boolean isAccessible(Element element, PackageElement from, Elements elements) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (!visible(e, from, elements)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when code in package {@code from} can call {@code method} on an instance of {@code
   * receiver}: the method permits access, and so does the receiver's type, whatever class the
   * method is declared in (a public method of a package-private superclass, a default method).
   */
  static boolean isCallableOn(ExecutableElement method, TypeElement receiver, PackageElement from, Elements elements) {
    return visible(method, from, elements) && isAccessible(receiver, from, elements);
  }

  /** Whether {@code element}'s own modifiers let package {@code from} see it. */
  private static boolean visible(Element element, PackageElement from, Elements elements) {
    // members of interfaces carry an implicit PUBLIC
    return !element.getModifiers().contains(Modifier.PRIVATE)
        && (element.getModifiers().contains(Modifier.PUBLIC) || elements.getPackageOf(element).equals(from));
  }

  /**
   * The first class that generated code in package {@code from} would have to name in {@code
   * type} but cannot: the type itself, a class enclosing it, a type argument, an array's
   * component, a wildcard's bound.
   */
  static Optional<TypeElement> firstInaccessible(TypeMirror type, PackageElement from, Elements elements) {
    switch (type.getKind()) {
      case ARRAY:
        return firstInaccessible(MoreTypes.asArray(type).getComponentType(), from, elements);
      case WILDCARD:
        WildcardType wildcard = MoreTypes.asWildcard(type);
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        return bound == null ? Optional.empty() : firstInaccessible(bound, from, elements);
      case DECLARED:
        DeclaredType declared = MoreTypes.asDeclared(type);
        TypeElement element = MoreElements.asType(declared.asElement());
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
          if (!visible(e, from, elements)) {
            return Optional.of(MoreElements.asType(e));
          }
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          Optional<TypeElement> inaccessible = firstInaccessible(argument, from, elements);
          if (inaccessible.isPresent()) {
            return inaccessible;
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }
}
