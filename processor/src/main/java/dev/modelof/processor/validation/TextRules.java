package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.GENS;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.GeneratorExpression.Call;
import dev.modelof.processor.model.GeneratorExpression.EnumValues;
import dev.modelof.processor.validation.GeneratorChooser.Bounds;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The generator rules of single values that are not numbers: booleans, strings and enums. */
final class TextRules {
  private TextRules() {}

  /** {@code Gens.booleans()}. */
  static GeneratorExpression bool(TypeMirror type, Bounds bounds) {
    return GeneratorChooser.unboxedKind(type) == TypeKind.BOOLEAN ? GeneratorExpression.call(GENS, "booleans") : null;
  }

  /** {@code Gens.strings(min, max)}, the lengths from {@code @Size}. */
  static GeneratorExpression string(TypeMirror type, Bounds bounds) {
    if (!GeneratorChooser.isClass(type, "java.lang.String")) {
      return null;
    }
    return new Call(GENS, "strings", bounds.sizes());
  }

  /** {@code Gens.enums(E.values())}. */
  static GeneratorExpression enumeration(TypeMirror type, Bounds bounds) {
    if (type.getKind() != TypeKind.DECLARED
        || MoreTypes.asDeclared(type).asElement().getKind() != ElementKind.ENUM) {
      return null;
    }
    TypeElement enumType = MoreElements.asType(MoreTypes.asDeclared(type).asElement());
    return GeneratorExpression.call(GENS, "enums", new EnumValues(ClassName.get(enumType)));
  }
}
