package dev.modelof.processor.validation;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reports the types of a spec that its generated code, in the spec's package, cannot name. */
final class Visibility {
  private final Elements elements;
  private final ValidationReport report;
  private final TypeElement spec;
  private final PackageElement specPackage;

  Visibility(Elements elements, ValidationReport report, TypeElement spec) {
    this.elements = elements;
    this.report = report;
    this.spec = spec;
    this.specPackage = elements.getPackageOf(spec);
  }

  /** Reports {@code type} on {@code at} when generated code cannot name it; true when it can. */
  boolean check(TypeMirror type, Element at, String role) {
    Optional<TypeElement> hidden = firstHidden(type);
    hidden.ifPresent(
        h ->
            report.report(
                Message.TYPE_NOT_ACCESSIBLE,
                at,
                Signatures.type(type),
                role,
                packageDescription(),
                spec.getSimpleName(),
                h.getSimpleName()));
    return hidden.isEmpty();
  }

  /** The spec's package as messages name it. */
  String packageDescription() {
    return Access.describe(specPackage);
  }

  /** The first class in {@code type} that generated code cannot name. */
  Optional<TypeElement> firstHidden(TypeMirror type) {
    return Access.firstInaccessible(type, specPackage, elements);
  }
}
