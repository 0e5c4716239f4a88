package dev.modelof.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.modelof.processor.model.SpecDescriptor;
import dev.modelof.processor.validation.Message;
import dev.modelof.processor.validation.SpecValidator;
import dev.modelof.processor.validation.ValidationReport;
import dev.modelof.processor.writing.LinearizabilityTestWriter;
import dev.modelof.processor.writing.MachineWriter;
import dev.modelof.processor.writing.ModelTestWriter;
import dev.modelof.processor.writing.OperationTypeWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Takes one {@code @ModelOf} interface through validation, description and writing. A crash while
 * processing one spec becomes an error on that spec; the others still generate.
 */
final class SpecPipeline {
  private final Messager messager;
  private final Filer filer;
  private final SpecValidator validator;
  private final Sources sources;
  private final Consumer<TypeElement> beforeEachSpec;

  SpecPipeline(ProcessingEnvironment env, Consumer<TypeElement> beforeEachSpec) {
    this.messager = env.getMessager();
    this.filer = env.getFiler();
    this.validator = new SpecValidator(env.getElementUtils(), env.getTypeUtils());
    this.sources = Sources.of(env);
    this.beforeEachSpec = beforeEachSpec;
  }

  /** Reports the problems of {@code spec}, or writes its classes when there are none. */
  void process(TypeElement spec) {
    try {
      beforeEachSpec.accept(spec);
      ValidationReport report = new ValidationReport();
      Optional<SpecDescriptor> descriptor = validator.validate(spec, report);
      report.printTo(messager, spec, sources::contain);
      if (descriptor.isEmpty()) {
        return;
      }
      // every file is built before the first is written, so that a crash leaves nothing half done
      List<JavaFile> files = new ArrayList<>();
      for (TypeSpec type : write(descriptor.get())) {
        files.add(
            JavaFile.builder(
                    descriptor.get().spec().packageName(),
                    type.toBuilder()
                        .addOriginatingElement(spec)
                        .alwaysQualify(descriptor.get().shadowedJavaLang().toArray(String[]::new))
                        .build())
                .skipJavaLangImports(true)
                .build());
      }
      for (JavaFile file : files) {
        file.writeTo(filer);
      }
    } catch (FilerException e) {
      // another spec, or another processor, already wrote a file of that name in this compilation
      messager.printMessage(Diagnostic.Kind.ERROR, Message.CANNOT_WRITE.format(spec.getSimpleName(), e.getMessage()), spec);
    } catch (IOException | RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
      // a bug in modelof (or in javac under it): one error on this spec, and on to the next one
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
      if (spec.concurrency() != null) {
        types.add(LinearizabilityTestWriter.write(spec));
      }
    }
    return types;
  }

  /** The exception and where it was thrown: enough for a bug report. */
  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e + (trace.length > 0 ? " at " + trace[0] : "");
  }
}
