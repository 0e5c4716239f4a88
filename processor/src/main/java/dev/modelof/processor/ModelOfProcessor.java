package dev.modelof.processor;

import static dev.modelof.processor.RuntimeNames.LINEARIZABLE;
import static dev.modelof.processor.RuntimeNames.MODEL_OF;

import com.google.auto.common.MoreTypes;
import com.google.auto.common.SuperficialValidation;
import com.google.auto.service.AutoService;
import dev.modelof.processor.validation.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The modelof annotation processor: turns each {@code @ModelOf} interface into an operation type,
 * a machine and a JUnit test, next to the interface.
 *
 * <p>A spec that mentions a type not yet generated (by another processor, in a later round) waits
 * for the round where every type it mentions exists, as auto-common's {@code
 * BasicAnnotationProcessor} defers elements; a spec still waiting after the last round gets {@code
 * [TypesNotFound]}.
 */
@AutoService(Processor.class)
public final class ModelOfProcessor extends AbstractProcessor {
  private final Consumer<TypeElement> beforeEachSpec;
  private SpecPipeline pipeline;
  /** Specs waiting for types of a later round, by qualified name, in the order met. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** The processor as javac finds it through {@code META-INF/services}. */
  public ModelOfProcessor() {
    this(spec -> {});
  }

  /**
   * A processor that runs {@code beforeEachSpec} on each spec before validating it. Tests use it to
   * make one spec fail on purpose and check that the failure stays on that spec.
   */
  ModelOfProcessor(Consumer<TypeElement> beforeEachSpec) {
    this.beforeEachSpec = beforeEachSpec;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    pipeline = new SpecPipeline(env, beforeEachSpec);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(MODEL_OF, LINEARIZABLE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /** Claims nothing: other processors may read modelof's annotations too. */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> specs = new ArrayList<>();
    for (String name : deferred) {
      TypeElement spec = processingEnv.getElementUtils().getTypeElement(name);
      if (spec != null) {
        specs.add(spec);
      }
    }
    deferred.clear();
    TypeElement modelOf = processingEnv.getElementUtils().getTypeElement(MODEL_OF);
    if (modelOf != null) {
      for (Element element : round.getElementsAnnotatedWith(modelOf)) {
        if (element instanceof TypeElement spec && !specs.contains(spec)) {
          specs.add(spec);
        }
      }
    }
    TypeElement linearizable = processingEnv.getElementUtils().getTypeElement(LINEARIZABLE);
    if (linearizable != null) {
      for (Element element : round.getElementsAnnotatedWith(linearizable)) {
        if (modelOf == null || element.getAnnotationMirrors().stream().noneMatch(
            a -> MoreTypes.asTypeElement(a.getAnnotationType()).getQualifiedName().contentEquals(MODEL_OF))) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
              Message.LINEARIZABLE_WITHOUT_MODEL_OF.format(element.getSimpleName()), element);
        }
      }
    }
    for (TypeElement spec : specs) {
      if (round.processingOver()) {
        processingEnv
            .getMessager()
            .printMessage(Diagnostic.Kind.ERROR, Message.TYPES_NOT_FOUND.format(spec.getSimpleName()), spec);
      } else if (readyToProcess(spec)) {
        pipeline.process(spec);
      } else {
        deferred.add(spec.getQualifiedName().toString());
      }
    }
    return false;
  }

  /**
   * Whether every type that validation looks into exists: the spec's own, the implementation named
   * by {@code @ModelOf}, and the model types its static methods return.
   */
  private boolean readyToProcess(TypeElement spec) {
    if (!SuperficialValidation.validateElement(spec)) {
      return false;
    }
    List<TypeMirror> looked = new ArrayList<>();
    for (AnnotationMirror annotation : spec.getAnnotationMirrors()) {
      if (MoreTypes.asTypeElement(annotation.getAnnotationType()).getQualifiedName().contentEquals(MODEL_OF)) {
        for (AnnotationValue value : annotation.getElementValues().values()) {
          if (value.getValue() instanceof TypeMirror impl) {
            looked.add(impl);
          }
        }
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(spec.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC)) {
        looked.add(method.getReturnType());
      }
    }
    for (TypeMirror type : looked) {
      if (type.getKind() == TypeKind.DECLARED && !SuperficialValidation.validateElement(MoreTypes.asElement(type))) {
        return false;
      }
    }
    return true;
  }
}
