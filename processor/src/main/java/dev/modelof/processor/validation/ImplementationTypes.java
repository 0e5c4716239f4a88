package dev.modelof.processor.validation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The implementation and model types of a spec, chosen from its factories.
 *
 * @param implType what the impl factories return, else the implementation class
 * @param modelType what all model factories return, else the spec
 * @param needsFactory whether the implementation class cannot be built without an impl factory,
 *     which has been reported on {@code @ModelOf}
 * @param visible false when generated code cannot name the implementation type, which has been
 *     reported: its methods are not checked then
 * @param typeArgumentsKnown false when the implementation class is generic and no impl factory
 *     says which type arguments to test, which has been reported: its methods are not checked
 *     either, since each would only repeat that report ({@code addFirst(E)} against {@code
 *     addFirst(Integer)})
 */
record ImplementationTypes(
    TypeMirror implType, TypeMirror modelType, boolean needsFactory, boolean visible, boolean typeArgumentsKnown) {

  /** Whether the implementation's methods can be checked against the operations. */
  boolean methodsCheckable() {
    return visible && typeArgumentsKnown;
  }

  /** Chooses both types and reports those that generated code cannot build or name. */
  static ImplementationTypes choose(
      Types types,
      ValidationReport report,
      TypeElement spec,
      ImplementationClass impl,
      SpecMethods methods,
      Visibility visibility) {
    List<ExecutableElement> implFactories = methods.implFactories();
    List<ExecutableElement> modelFactories = methods.modelFactories();
    TypeMirror implType;
    boolean needsFactory = false;
    boolean typeArgumentsKnown = true;
    if (!implFactories.isEmpty()) {
      ExecutableElement first = implFactories.get(0);
      implType = first.getReturnType();
      for (ExecutableElement other : implFactories.subList(1, implFactories.size())) {
        if (!types.isSameType(other.getReturnType(), implType)) {
          report.report(
              Message.IMPL_FACTORY_TYPES_DIFFER,
              other,
              other.getSimpleName(),
              Signatures.type(other.getReturnType()),
              first.getSimpleName(),
              Signatures.type(implType));
        }
      }
    } else {
      TypeElement implElement = impl.element();
      implType = implElement.asType();
      String example = exampleImplFactory(implElement, modelFactories);
      if (!implElement.getTypeParameters().isEmpty()) {
        needsFactory = true;
        typeArgumentsKnown = false;
        report.report(
            Message.IMPL_GENERIC_NEEDS_FACTORY,
            spec,
            impl.modelOf(),
            impl.value(),
            implElement.getSimpleName(),
            spec.getSimpleName(),
            example);
      } else if (impl.hasNoConstructor()) {
        needsFactory = true;
        report.report(
            Message.IMPL_ABSTRACT_NEEDS_FACTORY,
            spec,
            impl.modelOf(),
            impl.value(),
            implElement.getSimpleName(),
            implElement.getKind().isInterface()
                ? "an interface"
                : implElement.getModifiers().contains(Modifier.ABSTRACT) ? "abstract" : "an inner (non-static) class",
            implElement.getSimpleName(),
            spec.getSimpleName(),
            example);
      }
    }

    TypeMirror modelType = spec.asType();
    if (!modelFactories.isEmpty()) {
      TypeMirror first = modelFactories.get(0).getReturnType();
      if (modelFactories.stream().allMatch(f -> types.isSameType(f.getReturnType(), first))) {
        modelType = first;
      }
    }

    // generated code names both types
    boolean visible = true;
    Optional<TypeElement> hiddenImpl = visibility.firstHidden(implType);
    if (hiddenImpl.isPresent()) {
      visible = false;
      Object[] arguments = {
        Signatures.type(implType), "the implementation under test", visibility.packageDescription(), spec.getSimpleName(),
        hiddenImpl.get().getSimpleName()
      };
      if (implFactories.isEmpty()) {
        report.report(Message.TYPE_NOT_ACCESSIBLE, spec, impl.modelOf(), impl.value(), arguments);
      } else {
        report.report(Message.TYPE_NOT_ACCESSIBLE, implFactories.get(0), arguments);
      }
    }
    if (!modelFactories.isEmpty() && !types.isSameType(modelType, spec.asType())) {
      visibility.check(modelType, modelFactories.get(0), "the model type");
    }
    return new ImplementationTypes(implType, modelType, needsFactory, visible, typeArgumentsKnown);
  }

  /** {@code static Box<Integer> impl(int capacity)}, shaped like the first model factory. */
  private static String exampleImplFactory(TypeElement implElement, List<ExecutableElement> modelFactories) {
    String typeArguments =
        implElement.getTypeParameters().isEmpty()
            ? ""
            : implElement.getTypeParameters().stream().map(t -> "Integer").collect(Collectors.joining(", ", "<", ">"));
    String parameters =
        modelFactories.isEmpty() ? "" : Signatures.parameters(modelFactories.get(0).getParameters());
    return "static " + implElement.getSimpleName() + typeArguments + " impl(" + parameters + ")";
  }
}
