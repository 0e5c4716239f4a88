package dev.modelof.processor.validation;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * The implementation class that {@code @ModelOf} names, with the annotation and value it is
 * written in, where problems with it are reported.
 */
record ImplementationClass(AnnotationMirror modelOf, AnnotationValue value, TypeElement element) {

  /** Whether generated code cannot write {@code new Impl(...)}, whatever the constructors. */
  boolean hasNoConstructor() {
    return element.getKind().isInterface()
        || element.getModifiers().contains(Modifier.ABSTRACT)
        || (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC));
  }
}
