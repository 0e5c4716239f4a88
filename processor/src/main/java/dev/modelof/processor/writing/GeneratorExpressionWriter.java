package dev.modelof.processor.writing;

import static dev.modelof.processor.RuntimeNames.GENS;
import static dev.modelof.processor.RuntimeNames.GEN_TYPE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.modelof.processor.RuntimeNames;
import dev.modelof.processor.model.GeneratorExpression.ArrayConstructor;
import dev.modelof.processor.model.GeneratorExpression.Call;
import dev.modelof.processor.model.GeneratorExpression.Constant;
import dev.modelof.processor.model.GeneratorExpression.Construct;
import dev.modelof.processor.model.GeneratorExpression.EnumValues;
import dev.modelof.processor.model.GeneratorExpression.Literal;
import dev.modelof.processor.model.GeneratorExpression.RecordOf;
import dev.modelof.processor.model.GeneratorExpression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Prints {@link GeneratorExpression}s as Java source. The generator of each record type is written
 * once, as a constant that the generators of parameters and of other records name, so that a
 * {@code List<Point>} reads {@code Gens.lists(POINT, 0, 10)}.
 */
final class GeneratorExpressionWriter {
  /** The number generators whose bounds may be left out for the type's whole range. */
  private static final Set<String> FULL_RANGE = Set.of("ints", "longs", "shorts", "bytes", "chars", "doubles", "floats");
  /** The generators whose sizes may be left out for the default, 0 to {@code Settings.DEFAULT_MAX_SIZE}. */
  private static final Set<String> DEFAULT_SIZE = Set.of("strings", "lists", "sets", "maps", "booleanArrays",
      "byteArrays", "shortArrays", "charArrays", "intArrays", "longArrays", "floatArrays", "doubleArrays");
  private static final AnnotationSpec UNCHECKED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

  /** The constant of each record generator, inner records before the records that contain them. */
  private final Map<RecordOf, String> constants = new LinkedHashMap<>();
  private final NameAllocator names;

  /** @param names the allocator of the class's field names, so that constants clash with none */
  GeneratorExpressionWriter(NameAllocator names) {
    this.names = names;
  }

  /** Gives every record generator in {@code expression} a constant, parts first. */
  void collect(GeneratorExpression expression) {
    if (expression instanceof Call call) {
      call.arguments().forEach(this::collect);
    } else if (expression instanceof RecordOf record && !constants.containsKey(record)) {
      record.componentGenerators().forEach(this::collect);
      String simple = rawName(record.recordType()).simpleName();
      constants.put(record, names.newName(upperSnake(simple)));
    }
  }

  /**
   * The constants, in an order where each is declared before its first use:
   *
   * <pre>{@code
   * private static final Gen<Point> POINT = Generators.records(Point.class,
   *     c -> new Point((int) c.get(0), (int) c.get(1)),
   *     p -> Arrays.asList(p.x(), p.y()),
   *     Gens.ints(),
   *     Gens.ints());
   * }</pre>
   */
  List<FieldSpec> constants() {
    List<FieldSpec> fields = new ArrayList<>();
    constants.forEach(
        (record, name) -> {
          FieldSpec.Builder field =
              FieldSpec.builder(ParameterizedTypeName.get(GEN_TYPE, record.recordType()), name)
                  .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer(definition(record));
          if (record.componentTypes().stream().anyMatch(t -> !isReifiable(t))) {
            // the components arrive as a List<Object>; each was drawn for its component's type
            field.addAnnotation(UNCHECKED);
          }
          fields.add(field.build());
        });
    return fields;
  }

  /** {@code Gens.ints(1, 4)}, {@code new Emails()}, {@code Gens.lists(POINT, 0, 10)}. */
  CodeBlock code(GeneratorExpression expression) {
    if (expression instanceof Call written) {
      Call call = withoutDefaults(written);
      // a long line breaks between the parts of a composite generator, never inside Gens.ints(min, max)
      boolean composite = call.arguments().stream().anyMatch(a -> a instanceof Call || a instanceof RecordOf);
      return CodeBlock.of(
          "$T.$N($L)",
          call.owner(),
          call.method(),
          call.arguments().stream().map(this::code).collect(CodeBlock.joining(composite ? ",$W" : ", ")));
    }
    if (expression instanceof Construct construct) {
      return CodeBlock.of("new $T()", construct.type());
    }
    if (expression instanceof Literal literal) {
      return CodeBlock.of("$L", literal.source());
    }
    if (expression instanceof Constant constant) {
      return CodeBlock.of("$T.$N", constant.owner(), constant.name());
    }
    if (expression instanceof EnumValues values) {
      return CodeBlock.of("$T.values()", values.enumType());
    }
    if (expression instanceof ArrayConstructor constructor) {
      return CodeBlock.of("$T::new", constructor.arrayType());
    }
    if (expression instanceof RecordOf record) {
      String constant = constants.get(record);
      return constant != null ? CodeBlock.of("$N", constant) : definition(record);
    }
    throw new IllegalArgumentException("Unknown generator expression " + expression);
  }

  /**
   * {@code Generators.records(Type.class, build, components, component generators...)}. The two lambdas are
   * arguments, not nested in one another, so their parameter names never clash; {@code
   * Arrays.asList} rather than {@code List.of} takes a null component from a user generator.
   */
  private CodeBlock definition(RecordOf record) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < record.componentTypes().size(); i++) {
      TypeName type = record.componentTypes().get(i);
      arguments.add(
          type.equals(ClassName.OBJECT) ? CodeBlock.of("c.get($L)", i) : CodeBlock.of("($T) c.get($L)", type, i));
    }
    String value = valueName(record.recordType());
    List<CodeBlock> components = new ArrayList<>();
    for (String accessor : record.accessors()) {
      components.add(CodeBlock.of("$N.$N()", value, accessor));
    }
    if (components.size() == 1 && isObjectArray(record.componentTypes().get(0))) {
      // one Object[] argument would be taken as the varargs array itself
      components.set(0, CodeBlock.of("(Object) $L", components.get(0)));
    }
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$T.records($T.class,\n$>$>", RuntimeNames.GENERATORS, rawName(record.recordType()))
            .add("c -> new $T($L),\n", record.recordType(), CodeBlock.join(arguments, ",$W"))
            .add("$N -> $T.asList($L)", value, Arrays.class, CodeBlock.join(components, ",$W"));
    for (GeneratorExpression component : record.componentGenerators()) {
      code.add(",\n$L", code(component));
    }
    return code.add(")$<$<").build();
  }

  /**
   * {@code call} with the arguments that only repeat {@code Gens}' defaults left out: {@code
   * Gens.ints()} for {@code Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)}, {@code
   * Gens.lists(e)} for {@code Gens.lists(e, 0, Settings.DEFAULT_MAX_SIZE)}, {@code
   * Gens.arrays(e, Point[]::new)} for {@code Gens.arrays(e, 0, Settings.DEFAULT_MAX_SIZE, Point[]::new)}.
   */
  private static Call withoutDefaults(Call call) {
    if (!call.owner().equals(GENS)) {
      return call;
    }
    List<GeneratorExpression> args = call.arguments();
    int n = args.size();
    boolean fullRange = n == 2 && FULL_RANGE.contains(call.method())
        && args.get(0) instanceof Constant min && args.get(1) instanceof Constant max
        && (min.name().equals("MIN_VALUE") && max.name().equals("MAX_VALUE")
            || min.name().equals("NEGATIVE_INFINITY") && max.name().equals("POSITIVE_INFINITY"));
    if (fullRange) {
      return new Call(call.owner(), call.method(), List.of());
    }
    // the sizes are the last two arguments, or, for Gens.arrays(element, min, max, T[]::new), the middle two
    int sizes = call.method().equals("arrays") ? n - 3 : n - 2;
    boolean defaultSize = sizes >= 0 && (DEFAULT_SIZE.contains(call.method()) || call.method().equals("arrays"))
        && args.get(sizes) instanceof Literal zero && zero.source().equals("0")
        && args.get(sizes + 1) instanceof Constant most && most.name().equals("DEFAULT_MAX_SIZE");
    if (!defaultSize) {
      return call;
    }
    List<GeneratorExpression> kept = new ArrayList<>(args.subList(0, sizes));
    kept.addAll(args.subList(sizes + 2, n));
    return new Call(call.owner(), call.method(), kept);
  }

  /** {@code p} for a {@code Point}: the record's initial, else {@code r}. */
  private static String valueName(TypeName recordType) {
    char initial = Character.toLowerCase(rawName(recordType).simpleName().charAt(0));
    // c is the components of the other lambda: no need to make a reader tell them apart
    return initial >= 'a' && initial <= 'z' && initial != 'c' ? String.valueOf(initial) : "r";
  }

  private static ClassName rawName(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : (ClassName) type;
  }

  /** {@code POINT} for {@code Point}, {@code LINE_ITEM} for {@code LineItem}. */
  private static String upperSnake(String simpleName) {
    return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static boolean isReifiable(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isReifiable(array.componentType());
    }
    return type.isPrimitive() || type instanceof ClassName;
  }

  private static boolean isObjectArray(TypeName type) {
    return type instanceof ArrayTypeName array && !array.componentType().isPrimitive();
  }
}
