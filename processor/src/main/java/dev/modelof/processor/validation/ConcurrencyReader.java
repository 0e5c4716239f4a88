package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.LINEARIZABLE;
import static dev.modelof.processor.RuntimeNames.NON_ATOMIC;
import static dev.modelof.processor.validation.Annotations.annotation;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import dev.modelof.processor.model.ConcurrencyDescriptor;
import dev.modelof.processor.model.GeneratedNames;
import dev.modelof.processor.model.OperationDescriptor;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Linearizable} on a spec and {@code @NonAtomic} on its methods: the knobs, checked,
 * and whether the model compares by value.
 */
final class ConcurrencyReader {
  private final Elements elements;
  private final ValidationReport report;
  private final TypeElement spec;

  ConcurrencyReader(Elements elements, ValidationReport report, TypeElement spec) {
    this.elements = elements;
    this.report = report;
    this.spec = spec;
  }

  /** What {@code @Linearizable} asks for; null when the spec has none (or it is invalid). */
  ConcurrencyDescriptor read(List<OperationDescriptor> operations, TypeMirror modelType, GeneratedNames names) {
    Optional<AnnotationMirror> linearizable = annotation(spec, LINEARIZABLE);
    for (ExecutableElement method : ElementFilter.methodsIn(spec.getEnclosedElements())) {
      Optional<AnnotationMirror> nonAtomic = annotation(method, NON_ATOMIC);
      if (nonAtomic.isEmpty()) {
        continue;
      }
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        report.report(Message.NON_ATOMIC_NOT_OPERATION, method, nonAtomic.get(), null, Signatures.call(method));
      } else if (linearizable.isEmpty()) {
        report.report(Message.NON_ATOMIC_WITHOUT_LINEARIZABLE, method, nonAtomic.get(), null, Signatures.call(method),
            spec.getSimpleName(), spec.getSimpleName());
      }
    }
    if (linearizable.isEmpty()) {
      return null;
    }
    AnnotationMirror mirror = linearizable.get();
    int threads = setting(mirror, "threads", 2, "at least 2 threads must call at the same time");
    int calls = setting(mirror, "calls", 1, "each thread makes at least 1 call");
    int prefix = setting(mirror, "prefix", 0, "the prefix has 0 calls or more");
    int scenarios = setting(mirror, "scenarios", 1, "at least 1 scenario must run");
    int repetitions = setting(mirror, "repetitions", 1, "each scenario runs at least once");
    boolean parallel = operations.stream()
        .anyMatch(op -> !op.nonAtomic() && op.resultKind() != OperationDescriptor.ResultKind.REF);
    if (!operations.isEmpty() && !parallel) {
      report.report(Message.NOTHING_PARALLEL, spec, mirror, null, spec.getSimpleName());
    }
    String prefixName = String.join("_", ClassName.get(spec).simpleNames());
    return new ConcurrencyDescriptor(
        ClassName.get(names.testType().packageName(), prefixName + "LinearizabilityTest"),
        threads, calls, prefix, scenarios, repetitions, hasValueEquality(modelType));
  }

  private int setting(AnnotationMirror mirror, String name, int least, String why) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(mirror, name);
    int number = AnnotationValues.getInt(value);
    if (number < least) {
      report.report(Message.LINEARIZABLE_SETTING_INVALID, spec, mirror, value, name, number, why);
    }
    return number;
  }

  /** Whether the model is a record or declares {@code equals(Object)} itself or below {@code Object}. */
  private boolean hasValueEquality(TypeMirror modelType) {
    if (modelType == null || modelType.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement model = MoreElements.asType(MoreTypes.asDeclared(modelType).asElement());
    if (model.getKind() == ElementKind.RECORD) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(model))) {
      if (method.getSimpleName().contentEquals("equals")
          && method.getParameters().size() == 1
          && !method.getModifiers().contains(Modifier.ABSTRACT)
          && method.getParameters().get(0).asType().toString().equals("java.lang.Object")
          && !MoreElements.asType(method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
        return true;
      }
    }
    return false;
  }
}
