package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.MODEL_OF;
import static dev.modelof.processor.validation.Annotations.annotation;
import static dev.modelof.processor.validation.TypeRules.typeName;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import dev.modelof.processor.model.ConcurrencyDescriptor;
import dev.modelof.processor.model.GeneratedNames;
import dev.modelof.processor.model.InvariantDescriptor;
import dev.modelof.processor.model.OperationDescriptor;
import dev.modelof.processor.model.SetupDescriptor;
import dev.modelof.processor.model.SpecDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @ModelOf} interface, checks it against its model and implementation, and
 * describes it for the writers. Every problem goes to the {@link ValidationReport}; nothing is
 * thrown for a mistake in a spec.
 *
 * <p>Each role of the spec's parts has its validator, run in this order, each taking what the
 * earlier ones found: {@link SettingsReader}, {@link SpecMethods}, {@link ImplementationTypes},
 * {@link SetupValidator}, {@link OperationValidator}, {@link InvariantValidator}, {@link
 * ConcurrencyReader}.
 */
public final class SpecValidator {
  private static final String JUNIT_TEST = "org.junit.jupiter.api.Test";

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
    Optional<SpecDescriptor> descriptor = read(spec, report);
    return report.hasErrors() ? Optional.empty() : descriptor;
  }

  private Optional<SpecDescriptor> read(TypeElement spec, ValidationReport report) {
    PackageElement specPackage = elements.getPackageOf(spec);
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
    if (!(implValue.getValue() instanceof TypeMirror implMirror) || implMirror.getKind() != TypeKind.DECLARED) {
      report.report(Message.IMPL_NOT_CLASS, spec, modelOf, implValue, implValue);
      return Optional.empty();
    }
    ImplementationClass impl =
        new ImplementationClass(modelOf, implValue, MoreElements.asType(MoreTypes.asDeclared(implMirror).asElement()));

    SettingsReader.Values settings = new SettingsReader(report, spec, modelOf).read();
    SpecMethods methods = SpecMethods.sort(spec, impl.element(), types, report);
    Visibility visibility = new Visibility(elements, report, spec);
    ImplementationTypes chosen = ImplementationTypes.choose(types, report, spec, impl, methods, visibility);
    List<SetupDescriptor> setups =
        new SetupValidator(elements, rules, generators, report, spec, visibility, impl, chosen).setups(methods);
    List<OperationDescriptor> operations =
        new OperationValidator(elements, types, rules, generators, report, spec, visibility, impl.element(), chosen)
            .operations(methods);
    List<InvariantDescriptor> invariants =
        new InvariantValidator(types, rules, report, chosen).invariants(methods.invariants());

    ClassName specClass = ClassName.get(spec);
    GeneratedNames names = GeneratedNames.of(specClass);
    ConcurrencyDescriptor concurrency =
        new ConcurrencyReader(elements, report, spec).read(operations, chosen.modelType(), names);
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
            typeName(chosen.modelType()),
            typeName(chosen.implType()),
            ClassName.get(impl.element()),
            settings.tries(),
            settings.steps(),
            settings.seed(),
            settings.timeout(),
            setups,
            operations,
            invariants,
            junit,
            shadowedJavaLang(specPackage),
            concurrency));
  }

  /**
   * The classes of the spec's package named like a {@code java.lang} type: in generated code,
   * which lives in that package, {@code String} would mean the user's class.
   */
  private List<String> shadowedJavaLang(PackageElement specPackage) {
    return ElementFilter.typesIn(specPackage.getEnclosedElements()).stream()
        .map(t -> t.getSimpleName().toString())
        .filter(name -> elements.getTypeElement("java.lang." + name) != null)
        .sorted()
        .toList();
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
