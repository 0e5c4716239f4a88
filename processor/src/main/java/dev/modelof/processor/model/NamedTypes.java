package dev.modelof.processor.model;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's types that generated code names, each with the classes that enclose it. A name the
 * processor invents must hide none of them: a field {@code R} would stand for the type {@code R}
 * in {@code R.Kind.values()} (JLS 6.5.2), a record {@code Color} nested in the operation type for
 * the type {@code Color} in its components.
 */
public final class NamedTypes {
  private final Set<ClassName> names = new LinkedHashSet<>();

  private NamedTypes() {}

  /** The types in {@code spec}'s description, what the machine names. */
  public static Set<ClassName> of(SpecDescriptor spec) {
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

  /** The types of {@code operations}' parameters: what the operation type names. */
  public static Set<ClassName> ofParameters(List<OperationDescriptor> operations) {
    NamedTypes types = new NamedTypes();
    for (OperationDescriptor operation : operations) {
      operation.parameters().forEach(p -> types.add(p.type()));
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
      for (ClassName enclosing = name; enclosing != null; enclosing = enclosing.enclosingClassName()) {
        names.add(enclosing.withoutAnnotations());
      }
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
