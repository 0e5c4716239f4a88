package dev.modelof.processor;

import com.google.auto.common.BasicAnnotationProcessor.Step;
import com.google.common.collect.ImmutableSetMultimap;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.modelof.processor.model.SpecDescriptor;
import dev.modelof.processor.validation.Message;
import dev.modelof.processor.validation.SpecValidator;
import dev.modelof.processor.validation.ValidationReport;
import dev.modelof.processor.writing.MachineWriter;
import dev.modelof.processor.writing.ModelTestWriter;
import dev.modelof.processor.writing.OperationTypeWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Processes the {@code @ModelOf} interfaces of a round, one at a time: validate, describe, write.
 * A crash while processing one spec becomes an error on that spec; the others still generate.
 */
final class ModelOfStep implements Step {
  static final String MODEL_OF = "dev.modelof.ModelOf";

  private final Messager messager;
  private final Filer filer;
  private final SpecValidator validator;

  ModelOfStep(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.filer = env.getFiler();
    this.validator = new SpecValidator(env.getElementUtils(), env.getTypeUtils());
  }

  @Override
  public Set<String> annotations() {
    return Set.of(MODEL_OF);
  }

  @Override
  public Set<? extends Element> process(ImmutableSetMultimap<String, Element> elementsByAnnotation) {
    for (Element element : elementsByAnnotation.get(MODEL_OF)) {
      if (element instanceof TypeElement spec) {
        processSpec(spec);
      }
    }
    // Types not yet generated are deferred by BasicAnnotationProcessor before they reach us.
    return Set.of();
  }

  private void processSpec(TypeElement spec) {
    try {
      ValidationReport report = new ValidationReport();
      Optional<SpecDescriptor> descriptor = validator.validate(spec, report);
      report.printTo(messager);
      if (descriptor.isEmpty()) {
        return;
      }
      for (TypeSpec type : write(descriptor.get())) {
        JavaFile.builder(descriptor.get().spec().packageName(), type.toBuilder().addOriginatingElement(spec).build())
            .skipJavaLangImports(true)
            .build()
            .writeTo(filer);
      }
    } catch (FilerException e) {
      // another spec, or another processor, already wrote a file of that name in this compilation
      messager.printMessage(Diagnostic.Kind.ERROR, Message.CANNOT_WRITE.format(spec.getSimpleName(), e.getMessage()), spec);
    } catch (IOException | RuntimeException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(spec.getQualifiedName(), describe(e)), spec);
    }
  }

  private static List<TypeSpec> write(SpecDescriptor spec) {
    List<TypeSpec> types = new ArrayList<>();
    types.add(OperationTypeWriter.write(spec));
    types.add(MachineWriter.write(spec));
    if (spec.junitAvailable()) {
      types.add(ModelTestWriter.write(spec));
    }
    return types;
  }

  /** The exception and where it was thrown: enough for a bug report. */
  private static String describe(Exception e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e + (trace.length > 0 ? " at " + trace[0] : "");
  }
}
