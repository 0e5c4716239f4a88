package dev.modelof.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** The problems found in one spec, collected so that all are reported at once. */
public final class ValidationReport {
  private final List<Problem> problems = new ArrayList<>();

  /** One message, at the most precise location known. */
  private record Problem(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  /** Reports {@code message} on {@code element}. */
  public void report(Message message, Element element, Object... arguments) {
    problems.add(new Problem(message, message.format(arguments), element, null, null));
  }

  /** Reports {@code message} on {@code annotation} of {@code element}, or on its {@code value}. */
  public void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... arguments) {
    problems.add(new Problem(message, message.format(arguments), element, annotation, value));
  }

  /** True when an error was reported: nothing is generated for the spec. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.message().kind() == Diagnostic.Kind.ERROR);
  }

  /** The ids of the messages reported so far, in order. */
  public List<Message> messages() {
    return problems.stream().map(Problem::message).toList();
  }

  /**
   * Prints every problem, in the order found. A problem on an element with no source in this
   * compilation, an operation (or its parameter) that {@code spec} inherits from a compiled
   * interface, would have no file and line: it is printed on {@code spec}, saying where it is.
   */
  public void printTo(Messager messager, TypeElement spec, Predicate<Element> hasSource) {
    for (Problem p : problems) {
      if (!hasSource.test(p.element())) {
        messager.printMessage(
            p.message().kind(),
            p.text() + " (in " + where(p.element()) + ", which " + spec.getSimpleName() + " inherits)",
            spec);
      } else if (p.value() != null) {
        messager.printMessage(p.message().kind(), p.text(), p.element(), p.annotation(), p.value());
      } else if (p.annotation() != null) {
        messager.printMessage(p.message().kind(), p.text(), p.element(), p.annotation());
      } else {
        messager.printMessage(p.message().kind(), p.text(), p.element());
      }
    }
  }

  /** {@code put(int, int) of lib.Puts}, {@code parameter key of put(int, int) of lib.Puts}. */
  private static String where(Element element) {
    if (element instanceof ExecutableElement method) {
      return Signatures.call(method) + " of " + where(method.getEnclosingElement());
    }
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    if (element.getKind() == ElementKind.PARAMETER) {
      return "parameter " + element.getSimpleName() + " of " + where(element.getEnclosingElement());
    }
    return element.getSimpleName().toString();
  }
}
