package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.GEN;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.GeneratorExpression.Construct;
import dev.modelof.processor.validation.GeneratorChooser.Site;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The rule of {@code @From(G.class)}: the user's generator {@code G}, built by its no-argument constructor. */
final class FromRule {
  private final Elements elements;
  private final Types types;
  private final TypeRules rules;

  FromRule(Elements elements, Types types, TypeRules rules) {
    this.elements = elements;
    this.types = types;
    this.rules = rules;
  }

  GeneratorExpression userGenerator(TypeMirror type, AnnotationMirror from, Site site) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(from, "value");
    if (!(value.getValue() instanceof TypeMirror generator)) {
      return null; // not a class literal: javac reports it
    }
    TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass(MoreTypes.asPrimitiveType(type)).asType() : type;
    TypeElement genElement = elements.getTypeElement(GEN);
    String generatorName = Signatures.type(generator);
    if (generator.getKind() != TypeKind.DECLARED
        || genElement == null
        || !MoreTypes.asDeclared(generator).asElement().getKind().isClass()
        || !types.isAssignable(generator, types.getDeclaredType(genElement, boxed))) {
      site.report(
          Message.FROM_NOT_GEN,
          from,
          value,
          generatorName,
          site.typedPlace(),
          generatorName,
          Signatures.type(boxed),
          Signatures.type(boxed));
      return null;
    }
    TypeElement generatorClass = MoreElements.asType(MoreTypes.asDeclared(generator).asElement());
    Optional<ExecutableElement> constructor = noArgumentConstructor(generatorClass, site.from());
    if (constructor.isEmpty()) {
      site.report(
          Message.FROM_NO_CONSTRUCTOR,
          from,
          value,
          generatorName,
          site.place(),
          generatorName,
          generatorClass.getSimpleName());
      return null;
    }
    // generated code builds the generator in a field initializer, where nothing checked may be thrown
    List<String> thrown = rules.checkedExceptions(MoreTypes.asExecutable(constructor.get().asType()));
    if (!thrown.isEmpty()) {
      site.report(
          Message.FROM_CONSTRUCTOR_THROWS,
          from,
          value,
          generatorName,
          site.place(),
          generatorClass.getSimpleName(),
          String.join(", ", thrown));
      return null;
    }
    return new Construct(ClassName.get(generatorClass));
  }

  /** The constructor of {@code new G()} as generated code in package {@code from} writes it, if it can. */
  private Optional<ExecutableElement> noArgumentConstructor(TypeElement generator, PackageElement from) {
    // a record with a no-argument canonical constructor is a class here too
    if ((generator.getKind() != ElementKind.CLASS && generator.getKind() != ElementKind.RECORD)
        || generator.getModifiers().contains(Modifier.ABSTRACT)
        || !generator.getTypeParameters().isEmpty()
        || !Access.isAccessible(generator, from, elements)) {
      return Optional.empty();
    }
    if (generator.getNestingKind() == NestingKind.MEMBER && !generator.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(generator.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && (constructor.getModifiers().contains(Modifier.PUBLIC)
              || (!constructor.getModifiers().contains(Modifier.PRIVATE)
                  && elements.getPackageOf(generator).equals(from)))) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }
}
