package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.FROM_MODEL;
import static dev.modelof.processor.validation.Annotations.annotation;
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
      annotation(parameter, FROM_MODEL)
          .ifPresent(a -> report.report(Message.FROM_MODEL_NOT_OPERATION, parameter, a, null,
              parameter.getSimpleName(), factory.getSimpleName()));
      if (visibility.check(parameter.asType(), parameter, "the type of parameter " + parameter.getSimpleName())) {
        params.add(generators.generatedParameter(parameter, spec, specPackage, report));
      }
    }
    String method = factory.getSimpleName().toString();
    boolean modelThrowsThrowable = rules.throwsBeyondException(factory.getThrownTypes());
    List<TypeMirror> parameterTypes = parameterTypes(factory);
    for (ExecutableElement implFactory : implFactories) {
      if (rules.sameTypes(parameterTypes, parameterTypes(implFactory))) {
        return new SetupDescriptor(
            method,
            params,
            implFactory.getSimpleName().toString(),
            modelThrowsThrowable,
            rules.throwsBeyondException(implFactory.getThrownTypes()));
      }
    }
    TypeElement implElement = impl.element();
    String suggestion =
        "static " + Signatures.type(chosen.implType()) + " impl(" + Signatures.parameters(factory.getParameters()) + ")";
    boolean noConstructor = !implElement.getTypeParameters().isEmpty() || impl.hasNoConstructor();
    List<ExecutableElement> constructors = constructorsAccepting(parameterTypes);
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
    } else if (constructors.isEmpty()) {
      report.report(
          Message.IMPL_NO_CONSTRUCTOR,
          factory,
          implElement.getSimpleName(),
          Signatures.call(implElement.getSimpleName().toString(), parameterTypes),
          factory.getSimpleName(),
          suggestion,
          spec.getSimpleName());
    }
    // javac picks the most specific of them; any may be it
    boolean implThrowsThrowable = constructors.stream().anyMatch(c -> rules.throwsBeyondException(c.getThrownTypes()));
    return new SetupDescriptor(method, params, null, modelThrowsThrowable, implThrowsThrowable);
  }

  /** The accessible constructors of the implementation that take arguments of these types. */
  private List<ExecutableElement> constructorsAccepting(List<TypeMirror> argumentTypes) {
    return ElementFilter.constructorsIn(impl.element().getEnclosedElements()).stream()
        .filter(c -> rules.accepts(argumentTypes, parameterTypes(c)) && Access.isAccessible(c, specPackage, elements))
        .toList();
  }
}
