package dev.modelof.processor.validation;

import static dev.modelof.processor.validation.TypeRules.parameterTypes;

import dev.modelof.processor.model.ParameterDescriptor;
import dev.modelof.processor.model.SetupDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks each model factory of a spec against the implementation: an impl factory or a
 * constructor must build the implementation from the same arguments.
 */
final class SetupValidator {
  private final Elements elements;
  private final TypeRules rules;
  private final GeneratorChooser generators;
  private final ValidationReport report;
  private final TypeElement spec;
  private final PackageElement specPackage;
  private final Visibility visibility;
  private final ImplementationClass impl;
  private final ImplementationTypes chosen;

  SetupValidator(
      Elements elements,
      TypeRules rules,
      GeneratorChooser generators,
      ValidationReport report,
      TypeElement spec,
      Visibility visibility,
      ImplementationClass impl,
      ImplementationTypes chosen) {
    this.elements = elements;
    this.rules = rules;
    this.generators = generators;
    this.report = report;
    this.spec = spec;
    this.specPackage = elements.getPackageOf(spec);
    this.visibility = visibility;
    this.impl = impl;
    this.chosen = chosen;
  }

  /** One setup per model factory, in declaration order. */
  List<SetupDescriptor> setups(SpecMethods methods) {
    List<SetupDescriptor> setups = new ArrayList<>();
    for (ExecutableElement factory : methods.modelFactories()) {
      setups.add(setup(factory, methods.implFactories()));
    }
    return setups;
  }

  private SetupDescriptor setup(ExecutableElement factory, List<ExecutableElement> implFactories) {
    List<ParameterDescriptor> params = new ArrayList<>();
    for (VariableElement parameter : factory.getParameters()) {
      if (visibility.check(parameter.asType(), parameter, "the type of parameter " + parameter.getSimpleName())) {
        params.add(generators.generatedParameter(parameter, spec, specPackage, report));
      }
    }
    List<TypeMirror> parameterTypes = parameterTypes(factory);
    for (ExecutableElement implFactory : implFactories) {
      if (rules.sameTypes(parameterTypes, parameterTypes(implFactory))) {
        return new SetupDescriptor(factory.getSimpleName().toString(), params, implFactory.getSimpleName().toString());
      }
    }
    TypeElement implElement = impl.element();
    String suggestion =
        "static " + Signatures.type(chosen.implType()) + " impl(" + Signatures.parameters(factory.getParameters()) + ")";
    boolean noConstructor = !implElement.getTypeParameters().isEmpty() || impl.hasNoConstructor();
    if (chosen.needsFactory() || !chosen.visible()) {
      // already reported on @ModelOf
    } else if (noConstructor) {
      report.report(
          Message.IMPL_NO_FACTORY,
          factory,
          Signatures.type(chosen.implType()),
          Signatures.types(parameterTypes),
          factory.getSimpleName(),
          suggestion,
          spec.getSimpleName());
    } else if (!findConstructor(parameterTypes)) {
      report.report(
          Message.IMPL_NO_CONSTRUCTOR,
          factory,
          implElement.getSimpleName(),
          Signatures.call(implElement.getSimpleName().toString(), parameterTypes),
          factory.getSimpleName(),
          suggestion,
          spec.getSimpleName());
    }
    return new SetupDescriptor(factory.getSimpleName().toString(), params, null);
  }

  private boolean findConstructor(List<TypeMirror> argumentTypes) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(impl.element().getEnclosedElements())) {
      if (rules.accepts(argumentTypes, parameterTypes(constructor)) && Access.isAccessible(constructor, specPackage, elements)) {
        return true;
      }
    }
    return false;
  }
}
