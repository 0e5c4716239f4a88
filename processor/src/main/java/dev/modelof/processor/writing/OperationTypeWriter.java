package dev.modelof.processor.writing;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelof.processor.model.OperationDescriptor;
import dev.modelof.processor.model.ParameterDescriptor;
import dev.modelof.processor.model.SpecDescriptor;
import javax.lang.model.element.Modifier;

/** Writes {@code <Spec>Op}: the sealed interface with one record per operation. */
public final class OperationTypeWriter {
  private OperationTypeWriter() {}

  /**
   * The operation type of {@code spec}:
   *
   * <pre>{@code
   * public sealed interface LruCacheSpecOp permits LruCacheSpecOp.Get, LruCacheSpecOp.Put {
   *   record Get(int key) implements LruCacheSpecOp {}
   *   record Put(int key, int value) implements LruCacheSpecOp {}
   * }
   * }</pre>
   */
  public static TypeSpec write(SpecDescriptor spec) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(spec.operationType())
            .addJavadoc("The operations of {@link $T}, one record per operation.\n", spec.spec())
            .addAnnotation(GeneratedAnnotation.spec())
            .addAnnotation(GeneratedAnnotation.userTypeWarnings());
    if (spec.isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    type.addModifiers(Modifier.SEALED);
    for (OperationDescriptor operation : spec.operations()) {
      MethodSpec.Builder components = MethodSpec.constructorBuilder();
      for (ParameterDescriptor param : operation.parameters()) {
        components.addParameter(param.type(), param.name());
      }
      type.addPermittedSubclass(spec.operationType().nestedClass(operation.recordName()));
      type.addType(
          TypeSpec.recordBuilder(operation.recordName())
              .addJavadoc("A call of {@link $T#$L}.\n", spec.spec(), operation.name())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .recordConstructor(components.build())
              .addSuperinterface(spec.operationType())
              .build());
    }
    return type.build();
  }
}
