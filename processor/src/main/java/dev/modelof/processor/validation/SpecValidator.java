package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.FRESH;
import static dev.modelof.processor.RuntimeNames.FROM;
import static dev.modelof.processor.RuntimeNames.HANDLE;
import static dev.modelof.processor.RuntimeNames.MODEL_OF;
import static dev.modelof.processor.RuntimeNames.RANGE;
import static dev.modelof.processor.RuntimeNames.REF;
import static dev.modelof.processor.RuntimeNames.REQUIRES;
import static dev.modelof.processor.RuntimeNames.SIZE;
import static dev.modelof.processor.RuntimeNames.WEIGHT;
import static dev.modelof.processor.validation.Annotations.annotation;
import static dev.modelof.processor.validation.Annotations.has;
import static dev.modelof.processor.validation.Annotations.simpleName;
import static dev.modelof.processor.validation.TypeRules.typeName;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.modelof.processor.model.GeneratedNames;
import dev.modelof.processor.model.InvariantDescriptor;
import dev.modelof.processor.model.OperationDescriptor;
import dev.modelof.processor.model.OperationDescriptor.Comparison;
import dev.modelof.processor.model.OperationDescriptor.Precondition;
import dev.modelof.processor.model.OperationDescriptor.ResultKind;
import dev.modelof.processor.model.ParameterDescriptor;
import dev.modelof.processor.model.SetupDescriptor;
import dev.modelof.processor.model.SpecDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @ModelOf} interface, checks it against its model and implementation, and
 * describes it for the writers. Every problem goes to the {@link ValidationReport}; nothing is
 * thrown for a mistake in a spec.
 */
public final class SpecValidator {
  /** The annotations that shape a generated argument. */
  static final String JUNIT_TEST = "org.junit.jupiter.api.Test";

  /** Names a record component must not have (JLS 8.10.1). */
  private static final Set<String> RESERVED_COMPONENT_NAMES =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private final Elements elements;
  private final Types types;
  private final GeneratorChooser generators;
  private final TypeRules rules;

  public SpecValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.rules = new TypeRules(elements, types);
    this.generators = new GeneratorChooser(elements, types, rules);
  }

  /** The description of {@code spec}; empty when {@code report} has errors for it. */
  public Optional<SpecDescriptor> validate(TypeElement spec, ValidationReport report) {
    Optional<SpecDescriptor> descriptor = new Reading(spec, report).read();
    return report.hasErrors() ? Optional.empty() : descriptor;
  }

  /** The state of reading one spec. */
  private final class Reading {
    private final TypeElement spec;
    private final ValidationReport report;
    private final PackageElement specPackage;
    private TypeElement implElement;
    private TypeMirror implType;
    private TypeMirror modelType;
    private Visibility visibility;
    private boolean implVisible;
    private ImplementationMatcher implementations;
    private PreconditionReader preconditions;

    private SpecMethods methods;

    Reading(TypeElement spec, ValidationReport report) {
      this.spec = spec;
      this.report = report;
      this.specPackage = elements.getPackageOf(spec);
    }

    Optional<SpecDescriptor> read() {
      if (spec.getKind() != ElementKind.INTERFACE) {
        report.report(
            Message.MODEL_OF_NOT_INTERFACE, spec, spec.getSimpleName(), article(spec.getKind()), spec.getSimpleName());
        return Optional.empty();
      }
      if (!spec.getTypeParameters().isEmpty()) {
        report.report(Message.SPEC_GENERIC, spec, spec.getSimpleName());
      }
      if (!Access.isAccessible(spec, specPackage, elements)) {
        report.report(Message.SPEC_PRIVATE, spec, spec.getSimpleName());
      }
      Optional<AnnotationMirror> annotation = annotation(spec, MODEL_OF);
      if (annotation.isEmpty()) {
        return Optional.empty();
      }
      AnnotationMirror modelOf = annotation.get();
      AnnotationValue implValue = AnnotationMirrors.getAnnotationValue(modelOf, "value");
      // a class literal's value is a TypeMirror, of any kind: int.class is a PrimitiveType
      if (!(implValue.getValue() instanceof TypeMirror impl) || impl.getKind() != TypeKind.DECLARED) {
        report.report(Message.IMPL_NOT_CLASS, spec, modelOf, implValue, implValue);
        return Optional.empty();
      }
      implElement = MoreElements.asType(MoreTypes.asDeclared(impl).asElement());
      SettingsReader.Values settings = new SettingsReader(report, spec, modelOf).read();

      methods = SpecMethods.sort(spec, implElement, types, report);
      ImplementationClass implClass = new ImplementationClass(modelOf, implValue, implElement);
      visibility = new Visibility(elements, report, spec);
      ImplementationTypes chosen = ImplementationTypes.choose(types, report, spec, implClass, methods, visibility);
      implType = chosen.implType();
      modelType = chosen.modelType();
      implVisible = chosen.visible();
      implementations = new ImplementationMatcher(elements, types, rules, report, spec, implElement, implType);
      preconditions = new PreconditionReader(elements, types, rules, report, specPackage, modelType);
      List<SetupDescriptor> setups =
          new SetupValidator(elements, rules, generators, report, spec, visibility, implClass, chosen).setups(methods);
      List<TypeMirror> refTypes = refTypes();
      List<OperationDescriptor> operationDescriptors = new ArrayList<>();
      Set<String> recordNames = new HashSet<>();
      for (ExecutableElement operation : methods.operations()) {
        if (!recordNames.add(capitalize(operation.getSimpleName().toString()))) {
          report.report(Message.OPERATION_OVERLOADED, operation, operation.getSimpleName());
          continue;
        }
        if (!checkNames(operation)) {
          continue;
        }
        operation(operation, refTypes).ifPresent(operationDescriptors::add);
      }
      if (methods.operations().isEmpty()) {
        report.report(Message.NO_OPERATIONS, spec, spec.getSimpleName());
      }
      List<InvariantDescriptor> invariantDescriptors = new ArrayList<>();
      for (ExecutableElement invariant : methods.invariants()) {
        invariant(invariant).ifPresent(invariantDescriptors::add);
      }

      ClassName specClass = ClassName.get(spec);
      GeneratedNames names = GeneratedNames.of(specClass);
      boolean junit = elements.getTypeElement(JUNIT_TEST) != null;
      if (!junit) {
        report.report(
            Message.NO_JUNIT,
            spec,
            names.testType().simpleName(),
            spec.getSimpleName(),
            spec.getSimpleName(),
            names.machineType().simpleName());
      }
      return Optional.of(
          new SpecDescriptor(
              specClass,
              spec.getModifiers().contains(Modifier.PUBLIC),
              names.operationType(),
              names.machineType(),
              names.testType(),
              names.testMethod(),
              typeName(modelType),
              typeName(implType),
              ClassName.get(implElement),
              settings.tries(),
              settings.steps(),
              settings.seed(),
              settings.timeout(),
              setups,
              operationDescriptors,
              invariantDescriptors,
              junit,
              shadowedJavaLang()));
    }

    /**
     * The classes of the spec's package named like a {@code java.lang} type: in generated code,
     * which lives in that package, {@code String} would mean the user's class.
     */
    private List<String> shadowedJavaLang() {
      return ElementFilter.typesIn(specPackage.getEnclosedElements()).stream()
          .map(t -> t.getSimpleName().toString())
          .filter(name -> elements.getTypeElement("java.lang." + name) != null)
          .sorted()
          .toList();
    }

    /** Record names and components that Java would refuse in the generated operation type. */
    private boolean checkNames(ExecutableElement operation) {
      boolean ok = true;
      String recordName = capitalize(operation.getSimpleName().toString());
      String operationType = GeneratedNames.of(ClassName.get(spec)).operationType().simpleName();
      if (recordName.equals(operationType)) {
        report.report(Message.OPERATION_NAME_TAKEN, operation, operation.getSimpleName(), recordName);
        ok = false;
      }
      for (VariableElement parameter : operation.getParameters()) {
        if (RESERVED_COMPONENT_NAMES.contains(parameter.getSimpleName().toString())) {
          report.report(
              Message.PARAMETER_NAME_RESERVED, parameter, parameter.getSimpleName(), operation.getSimpleName());
          ok = false;
        }
      }
      return ok;
    }

    // ---- operations ----

    /** The result types of the {@code @Ref} operations: parameters of these types get handles. */
    private List<TypeMirror> refTypes() {
      return methods.operations().stream()
          .filter(o -> has(o, REF) && o.getReturnType().getKind() != TypeKind.VOID)
          .map(ExecutableElement::getReturnType)
          .toList();
    }

    private Optional<OperationDescriptor> operation(ExecutableElement operation, List<TypeMirror> refTypes) {
      String name = operation.getSimpleName().toString();
      if (!operation.getTypeParameters().isEmpty()) {
        report.report(Message.OPERATION_GENERIC, operation, name);
        return Optional.empty();
      }
      int weight = 1;
      Optional<AnnotationMirror> weightAnnotation = annotation(operation, WEIGHT);
      if (weightAnnotation.isPresent()) {
        AnnotationValue value = AnnotationMirrors.getAnnotationValue(weightAnnotation.get(), "value");
        weight = AnnotationValues.getInt(value);
        if (weight < 1) {
          report.report(Message.WEIGHT_NOT_POSITIVE, operation, weightAnnotation.get(), value, weight, name);
        }
      }
      TypeMirror result = operation.getReturnType();
      boolean isVoid = result.getKind() == TypeKind.VOID;
      Optional<AnnotationMirror> ref = annotation(operation, REF);
      if (ref.isPresent() && isVoid) {
        report.report(Message.REF_ON_VOID, operation, ref.get(), null, name);
      }
      if (!isVoid) {
        visibility.check(result, operation, "the result of operation " + name);
      }
      List<ParameterDescriptor> params = new ArrayList<>();
      for (VariableElement parameter : operation.getParameters()) {
        if (!visibility.check(parameter.asType(), parameter, "the type of parameter " + parameter.getSimpleName())) {
          continue;
        }
        boolean isHandle = refTypes.stream().anyMatch(t -> types.isSameType(t, parameter.asType()));
        if (isHandle) {
          annotation(parameter, FRESH)
              .ifPresent(a -> report.report(Message.FRESH_ON_HANDLE, parameter, a, null, parameter.getSimpleName()));
          for (String bound : List.of(RANGE, SIZE, FROM)) {
            annotation(parameter, bound)
                .ifPresent(
                    a ->
                        report.report(
                            Message.GENERATOR_ON_HANDLE,
                            parameter,
                            a,
                            null,
                            simpleName(bound),
                            parameter.getSimpleName(),
                            simpleName(bound)));
          }
          TypeName type = typeName(parameter.asType());
          params.add(
              ParameterDescriptor.handle(
                  parameter.getSimpleName().toString(), ParameterizedTypeName.get(HANDLE, type.box()), type.toString()));
        } else {
          params.add(generatedParameter(parameter));
        }
      }
      ResultKind kind = isVoid ? ResultKind.VOID : ref.isPresent() ? ResultKind.REF : ResultKind.VALUE;
      if (kind == ResultKind.VALUE && rules.comparesByIdentity(result)) {
        report.report(Message.RESULT_IDENTITY, operation, name, Signatures.type(result));
      }
      Comparison comparison = Comparison.EQUALS;
      if (result.getKind() == TypeKind.ARRAY) {
        comparison =
            MoreTypes.asArray(result).getComponentType().getKind().isPrimitive()
                ? Comparison.ARRAYS_EQUALS
                : Comparison.ARRAYS_DEEP_EQUALS;
      }
      ExecutableElement adapter = methods.adapters().get(name);
      if (adapter != null) {
        implementations.checkAdapter(operation, adapter);
      } else if (implVisible) {
        implementations.checkImplMethod(operation);
      }
      Precondition precondition = annotation(operation, REQUIRES).map(a -> preconditions.precondition(operation, a)).orElse(null);
      return Optional.of(
          new OperationDescriptor(
              name,
              capitalize(name),
              weight,
              params,
              typeName(result),
              kind,
              isVoid ? "void" : typeName(result).toString(),
              comparison,
              adapter != null,
              precondition));
    }

    private ParameterDescriptor generatedParameter(VariableElement parameter) {
      return generators.generatedParameter(parameter, spec, specPackage, report);
    }

    // ---- invariants ----

    private Optional<InvariantDescriptor> invariant(ExecutableElement method) {
      List<? extends VariableElement> parameters = method.getParameters();
      TypeKind result = method.getReturnType().getKind();
      boolean shapeOk =
          method.getModifiers().contains(Modifier.STATIC)
              && !method.getModifiers().contains(Modifier.PRIVATE)
              && method.getTypeParameters().isEmpty()
              && (result == TypeKind.BOOLEAN || result == TypeKind.VOID || rules.isBooleanBox(method.getReturnType()));
      boolean takesModel = false;
      boolean takesImpl = false;
      if (shapeOk && parameters.size() == 1) {
        TypeMirror only = parameters.get(0).asType();
        takesImpl = implType != null && types.isAssignable(implType, only);
        takesModel = !takesImpl && types.isAssignable(modelType, only);
        shapeOk = takesImpl || takesModel;
      } else if (shapeOk && parameters.size() == 2) {
        takesModel = types.isAssignable(modelType, parameters.get(0).asType());
        takesImpl = types.isAssignable(implType, parameters.get(1).asType());
        shapeOk = takesModel && takesImpl;
      } else {
        shapeOk = false;
      }
      if (!shapeOk) {
        String impl = Signatures.type(implType);
        String model = Signatures.type(modelType);
        report.report(
            Message.INVARIANT_SIGNATURE, method, method.getSimpleName(), impl, model, model, impl, method.getSimpleName(), impl);
        return Optional.empty();
      }
      return Optional.of(
          new InvariantDescriptor(method.getSimpleName().toString(), takesModel, takesImpl, result != TypeKind.VOID));
    }

  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String article(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }
}
