package dev.modelof.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A Java expression that builds a {@code Gen}, kept as a small tree so that the validator chooses
 * generators by type and the writer only prints them.
 */
public sealed interface GeneratorExpression {

  /** {@code Owner.method(arguments...)}, such as {@code Gens.ints(1, 4)}. */
  record Call(ClassName owner, String method, List<GeneratorExpression> arguments)
      implements GeneratorExpression {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code new Type()}: a user generator named by {@code @From}. */
  record Construct(TypeName type) implements GeneratorExpression {}

  /** A literal, written as Java source: {@code 4}, {@code -5L}, {@code 1.5}. */
  record Literal(String source) implements GeneratorExpression {}

  /** A constant field: {@code Integer.MAX_VALUE}. */
  record Constant(ClassName owner, String name) implements GeneratorExpression {}

  /** All constants of an enum: {@code E.values()}. */
  record EnumValues(ClassName enumType) implements GeneratorExpression {}

  /** An array constructor reference: {@code Point[]::new}. */
  record ArrayConstructor(TypeName arrayType) implements GeneratorExpression {}

  /**
   * The generator of a record by its components, no reflection:
   *
   * <pre>{@code
   * Generators.records(Point.class,
   *     c -> new Point((int) c.get(0), (int) c.get(1)),
   *     p -> Arrays.asList(p.x(), p.y()),
   *     Gens.ints(), Gens.ints())
   * }</pre>
   *
   * @param recordType the record type, with its type arguments
   * @param componentTypes the types of the canonical constructor's parameters, in order
   * @param accessors the accessor of each component, in order
   * @param componentGenerators the generator of each component, in order
   */
  record RecordOf(
      TypeName recordType,
      List<TypeName> componentTypes,
      List<String> accessors,
      List<GeneratorExpression> componentGenerators)
      implements GeneratorExpression {
    public RecordOf {
      componentTypes = List.copyOf(componentTypes);
      accessors = List.copyOf(accessors);
      componentGenerators = List.copyOf(componentGenerators);
    }
  }

  /** A call of a static method. */
  static GeneratorExpression call(ClassName owner, String method, GeneratorExpression... arguments) {
    return new Call(owner, method, List.of(arguments));
  }
}
