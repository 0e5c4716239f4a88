package dev.modelof.processor.validation;

import com.google.auto.common.MoreElements;
import java.util.List;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Finds modelof's annotations by qualified name, on elements, on types and in lists of them. */
final class Annotations {
  private Annotations() {}

  static Optional<AnnotationMirror> annotation(AnnotatedConstruct element, String name) {
    return Optional.ofNullable(find(element.getAnnotationMirrors(), name));
  }

  static boolean has(Element element, String annotation) {
    return annotation(element, annotation).isPresent();
  }

  /** The annotation of type {@code name} among {@code annotations}, or null. */
  static AnnotationMirror find(List<? extends AnnotationMirror> annotations, String name) {
    for (AnnotationMirror annotation : annotations) {
      if (nameOf(annotation).equals(name)) {
        return annotation;
      }
    }
    return null;
  }

  static String nameOf(AnnotationMirror annotation) {
    return MoreElements.asType(annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** {@code Range} for {@code dev.modelof.Range}. */
  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
