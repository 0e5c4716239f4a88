package dev.modelof.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.modelof.processor.model.GeneratorExpression.ArrayConstructor;
import dev.modelof.processor.model.GeneratorExpression.Call;
import dev.modelof.processor.model.GeneratorExpression.Constant;
import dev.modelof.processor.model.GeneratorExpression.Construct;
import dev.modelof.processor.model.GeneratorExpression.EnumValues;
import dev.modelof.processor.model.GeneratorExpression.RecordOf;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.OperationDescriptor;
import dev.modelof.processor.model.ParameterDescriptor;
import dev.modelof.processor.model.SetupDescriptor;
import dev.modelof.processor.model.SpecDescriptor;
import java.util.Set;
import java.util.TreeSet;

/**
 * The simple names of the user's types that a generated class names. A field of the class must
 * take none of them: in {@code R.Kind.values()} a field {@code R} would stand where the type
 * {@code R} was meant (JLS 6.5.2).
 */
final class NamedTypes {
  private final Set<String> names = new TreeSet<>();

  private NamedTypes() {}

  /** The names of every type in {@code spec}'s description, nested types' enclosing types included. */
  static Set<String> of(SpecDescriptor spec) {
    NamedTypes types = new NamedTypes();
    types.add(spec.spec());
    types.add(spec.modelType());
    types.add(spec.implType());
    types.add(spec.implClass());
    for (SetupDescriptor setup : spec.setups()) {
      setup.parameters().forEach(types::add);
    }
    for (OperationDescriptor operation : spec.operations()) {
      operation.parameters().forEach(types::add);
      types.add(operation.returnType());
    }
    return types.names;
  }

  private void add(ParameterDescriptor parameter) {
    add(parameter.type());
    if (parameter.generator() != null) {
      add(parameter.generator());
    }
  }

  private void add(GeneratorExpression expression) {
    if (expression instanceof Call call) {
      add(call.owner());
      call.arguments().forEach(this::add);
    } else if (expression instanceof Construct construct) {
      add(construct.type());
    } else if (expression instanceof Constant constant) {
      add(constant.owner());
    } else if (expression instanceof EnumValues values) {
      add(values.enumType());
    } else if (expression instanceof ArrayConstructor constructor) {
      add(constructor.arrayType());
    } else if (expression instanceof RecordOf record) {
      add(record.recordType());
      record.componentTypes().forEach(this::add);
      record.componentGenerators().forEach(this::add);
    }
  }

  private void add(TypeName type) {
    if (type instanceof ClassName name) {
      names.addAll(name.simpleNames());
    } else if (type instanceof ParameterizedTypeName parameterized) {
      add(parameterized.rawType());
      parameterized.typeArguments().forEach(this::add);
    } else if (type instanceof ArrayTypeName array) {
      add(array.componentType());
    } else if (type instanceof WildcardTypeName wildcard) {
      wildcard.upperBounds().forEach(this::add);
      wildcard.lowerBounds().forEach(this::add);
    }
  }
}
