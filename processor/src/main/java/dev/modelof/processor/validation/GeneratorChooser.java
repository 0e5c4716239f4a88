package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.FROM;
import static dev.modelof.processor.RuntimeNames.GEN;
import static dev.modelof.processor.RuntimeNames.GENS;
import static dev.modelof.processor.RuntimeNames.RANGE;
import static dev.modelof.processor.RuntimeNames.SETTINGS;
import static dev.modelof.processor.RuntimeNames.SIZE;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.GeneratorExpression.ArrayConstructor;
import dev.modelof.processor.model.GeneratorExpression.Call;
import dev.modelof.processor.model.GeneratorExpression.Constant;
import dev.modelof.processor.model.GeneratorExpression.Construct;
import dev.modelof.processor.model.GeneratorExpression.EnumValues;
import dev.modelof.processor.model.GeneratorExpression.Literal;
import dev.modelof.processor.model.GeneratorExpression.RecordOf;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses the generator of a parameter from its type and its {@code @Range}, {@code @Size} and
 * {@code @From}, checking those annotations on the way.
 *
 * <p>Each supported type is one {@link Rule} method, listed in {@link #supported} with the words that
 * {@code [NoGenerator]} uses for it: to support a new type, write its rule and add it there. Rules
 * of composite types (Optional, collections, maps, arrays, records) choose the generators of their
 * parts the same way, so parts nest to any depth and carry their own annotations: a type argument
 * its type-use annotations ({@code List<@Range(min = 0, max = 9) Integer>}), a record component the
 * annotations of its canonical constructor's parameter.
 */
final class GeneratorChooser {
  /** The annotations that bound or replace a generator, wherever they are written. */
  private static final Set<String> GENERATOR_ANNOTATIONS = Set.of(RANGE, SIZE, FROM);

  /**
   * Stands for the generator of a part whose problem has been reported: the rule of the whole
   * still answers, so that one mistake gives one error. Never written, since a spec with errors
   * generates nothing.
   */
  private static final GeneratorExpression REPORTED = new Literal("null");

  private static final Map<String, TypeKind> BOXES =
      Map.of(
          "java.lang.Integer", TypeKind.INT,
          "java.lang.Long", TypeKind.LONG,
          "java.lang.Short", TypeKind.SHORT,
          "java.lang.Byte", TypeKind.BYTE,
          "java.lang.Character", TypeKind.CHAR,
          "java.lang.Double", TypeKind.DOUBLE,
          "java.lang.Float", TypeKind.FLOAT,
          "java.lang.Boolean", TypeKind.BOOLEAN);

  /** A generator for one kind of type; null when the type is not its kind. */
  @FunctionalInterface
  private interface Rule {
    GeneratorExpression choose(TypeMirror type, Bounds bounds);
  }

  /**
   * Where in a parameter a generator is being chosen: the parameter itself, or a part of its type.
   * Problems are reported on the parameter, and their text names the part.
   *
   * @param parameter the parameter of the spec
   * @param from the package of the spec, from which generated code must reach every type it names
   * @param report where problems go
   * @param spec the spec, for messages
   * @param place the part as a message names it: {@code parameter n}, {@code type argument Integer
   *     of parameter xs}, {@code component x of record Point in parameter p}
   * @param typedPlace the same with its type: {@code parameter n of type int}
   * @param records the record types whose components are being chosen, outermost first
   * @param component the record component the part belongs to, {@code next of Node}; null outside records
   */
  private record Site(
      VariableElement parameter,
      PackageElement from,
      ValidationReport report,
      TypeElement spec,
      String place,
      String typedPlace,
      List<DeclaredType> records,
      String component) {

    static Site of(VariableElement parameter, PackageElement from, ValidationReport report, TypeElement spec) {
      String place = "parameter " + parameter.getSimpleName();
      return new Site(
          parameter, from, report, spec, place, place + " of type " + Signatures.type(parameter.asType()), List.of(), null);
    }

    /** The parameter, or the record component, that this part belongs to. */
    private String root() {
      return component == null ? "parameter " + parameter.getSimpleName() : place;
    }

    Site typeArgument(TypeMirror argument) {
      String place = "type argument " + Signatures.type(argument) + " of " + root();
      return new Site(parameter, from, report, spec, place, place, records, component);
    }

    Site arrayElement(TypeMirror element) {
      String place = "element type " + Signatures.type(element) + " of " + root();
      return new Site(parameter, from, report, spec, place, place, records, component);
    }

    Site component(DeclaredType recordType, String name, TypeMirror type) {
      TypeElement record = MoreElements.asType(recordType.asElement());
      String of = " of record " + record.getSimpleName() + " in parameter " + parameter.getSimpleName();
      List<DeclaredType> inside = new ArrayList<>(records);
      inside.add(recordType);
      return new Site(
          parameter,
          from,
          report,
          spec,
          "component " + name + of,
          "component " + name + " (" + Signatures.type(type) + ")" + of,
          List.copyOf(inside),
          name + " of " + record.getSimpleName());
    }

    /**
     * Reports on the parameter, and on {@code annotation} (or its {@code value}) when the annotation
     * is the parameter's own, not one of a type argument or a record component.
     */
    void report(Message message, AnnotationMirror annotation, AnnotationValue value, Object... arguments) {
      if (annotation != null && parameter.getAnnotationMirrors().contains(annotation)) {
        report.report(message, parameter, annotation, value, arguments);
      } else {
        report.report(message, parameter, arguments);
      }
    }
  }

  /**
   * The bounding annotations of one type, each null when absent.
   *
   * @param site the part being read
   * @param range its {@code @Range}
   * @param size its {@code @Size}
   * @param declared the annotations written on the declaration (parameter or record component) that
   *     this type, or the array it is the element of, is the type of: javac copies them onto the
   *     array's element type too, where they would count twice
   */
  private record Bounds(Site site, AnnotationMirror range, AnnotationMirror size, Set<String> declared) {

    double rangeValue(String name) {
      return ((Number) AnnotationMirrors.getAnnotationValue(range, name).getValue()).doubleValue();
    }

    int sizeValue(String name) {
      return ((Number) AnnotationMirrors.getAnnotationValue(size, name).getValue()).intValue();
    }

    boolean sizeHas(String name) {
      return written(size, name) != null;
    }

    /** Reports an empty {@code @Range} on the value of {@code min} as written, else of {@code max}. */
    void rangeEmpty(String typeName) {
      site.report(
          Message.RANGE_EMPTY,
          range,
          writtenOr(range, "min", "max"),
          number(rangeValue("min")),
          number(rangeValue("max")),
          site.place(),
          typeName);
    }
  }

  private final Elements elements;
  private final Types types;
  private final TypeRules rules;
  /**
   * A rule and what it generates, as {@code [NoGenerator]} lists it; rules that share the words are
   * listed once.
   */
  private record Supported(String types, Rule rule) {}

  private final List<Supported> supported =
      List.of(
          new Supported("primitives and their boxes", this::integral),
          new Supported("primitives and their boxes", this::floating),
          new Supported("primitives and their boxes", this::bool),
          new Supported("String", this::string),
          new Supported("enums", this::enumeration),
          new Supported("records", this::record),
          new Supported("Optional", this::optional),
          new Supported("List, Collection, Iterable", this::list),
          new Supported("Set", this::set),
          new Supported("Map", this::map),
          new Supported("arrays", this::array));

  GeneratorChooser(Elements elements, Types types, TypeRules rules) {
    this.elements = elements;
    this.types = types;
    this.rules = rules;
  }

  /**
   * The generator of {@code parameter} of {@code spec}, or null after reporting why there is none.
   *
   * @param from the package of the spec, from which generated code must reach every type it names
   */
  GeneratorExpression choose(
      VariableElement parameter, TypeElement spec, PackageElement from, ValidationReport report) {
    GeneratorExpression generator =
        forDeclaration(parameter, parameter.asType(), Site.of(parameter, from, report, spec));
    return generator == REPORTED ? null : generator;
  }

  /**
   * The generator of a declaration's values: a parameter, or a record component by its canonical
   * constructor's parameter. Its annotations are those written on it, and those written on an
   * array type itself ({@code int @Size(max = 3) [] digits}).
   */
  private GeneratorExpression forDeclaration(VariableElement declaration, TypeMirror type, Site site) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (AnnotationMirror annotation : declaration.getAnnotationMirrors()) {
      String name = nameOf(annotation);
      if (GENERATOR_ANNOTATIONS.contains(name) && declared.add(name)) {
        annotations.add(annotation);
      }
    }
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      String name = nameOf(annotation);
      if (GENERATOR_ANNOTATIONS.contains(name) && !declared.contains(name)) {
        annotations.add(annotation);
      }
    }
    return forType(type, annotations, site, declared);
  }

  /**
   * The generator of values of {@code type}, bounded by {@code annotations}; null after reporting
   * why there is none.
   *
   * @param declared see {@link Bounds#declared}
   */
  private GeneratorExpression forType(
      TypeMirror type, List<? extends AnnotationMirror> annotations, Site site, Set<String> declared) {
    AnnotationMirror fromAnnotation = find(annotations, FROM);
    if (fromAnnotation != null) {
      return userGenerator(type, fromAnnotation, site);
    }
    AnnotationMirror range = find(annotations, RANGE);
    AnnotationMirror size = find(annotations, SIZE);
    Bounds bounds = new Bounds(site, range, size, declared);
    boolean boundsValid = true;
    // on an array, @Range bounds the elements: the array rule passes it on
    if (range != null && !isNumeric(type) && type.getKind() != TypeKind.ARRAY) {
      site.report(Message.RANGE_NOT_NUMERIC, range, null, site.typedPlace());
      boundsValid = false;
    }
    if (size != null) {
      if (!isSized(type)) {
        site.report(Message.SIZE_NOT_SIZED, size, null, site.typedPlace());
        boundsValid = false;
      } else {
        int min = bounds.sizeValue("min");
        int max = bounds.sizeValue("max");
        if (min < 0 || max < 0) {
          AnnotationValue negative = min < 0 ? written(size, "min") : written(size, "max");
          site.report(Message.SIZE_NEGATIVE, size, negative, min, max, site.place());
          boundsValid = false;
        } else if (min > max) {
          site.report(Message.SIZE_EMPTY, size, writtenOr(size, "min", "max"), min, max, site.place());
          boundsValid = false;
        }
      }
    }
    Bounds usable = boundsValid ? bounds : new Bounds(site, null, null, declared);
    for (Supported rule : supported) {
      GeneratorExpression generator = rule.rule().choose(type, usable);
      if (generator != null) {
        return generator;
      }
    }
    String typeName = Signatures.type(type);
    site.report(
        Message.NO_GENERATOR,
        null,
        null,
        site.typedPlace(),
        supportedTypes(),
        type.getKind().isPrimitive() ? Signatures.type(types.boxedClass(MoreTypes.asPrimitiveType(type)).asType()) : typeName);
    return null;
  }

  /** The generator of a part of a composite value; {@link #REPORTED} when its problem was reported. */
  private GeneratorExpression part(
      TypeMirror type, List<? extends AnnotationMirror> annotations, Site site, Set<String> declared) {
    GeneratorExpression generator = forType(type, annotations, site, declared);
    return generator == null ? REPORTED : generator;
  }

  /** The generator of type argument {@code argument}, by its own type-use annotations. */
  private GeneratorExpression typeArgument(TypeMirror argument, Site site) {
    return part(argument, generatorAnnotations(argument), site.typeArgument(argument), Set.of());
  }

  /** {@code primitives and their boxes, String, enums, ...}: what the rules generate. */
  private String supportedTypes() {
    List<String> names = supported.stream().map(Supported::types).distinct().toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  // ---- rules: one per supported type ----

  /** {@code Gens.ints(min, max)} and likewise for long, short, byte and char. */
  private GeneratorExpression integral(TypeMirror type, Bounds bounds) {
    TypeKind kind = unboxedKind(type);
    if (kind == null) {
      return null;
    }
    String method;
    ClassName box;
    long typeMin;
    long typeMax;
    switch (kind) {
      case INT -> {
        method = "ints";
        box = ClassName.get(Integer.class);
        typeMin = Integer.MIN_VALUE;
        typeMax = Integer.MAX_VALUE;
      }
      case LONG -> {
        method = "longs";
        box = ClassName.get(Long.class);
        typeMin = Long.MIN_VALUE;
        typeMax = Long.MAX_VALUE;
      }
      case SHORT -> {
        method = "shorts";
        box = ClassName.get(Short.class);
        typeMin = Short.MIN_VALUE;
        typeMax = Short.MAX_VALUE;
      }
      case BYTE -> {
        method = "bytes";
        box = ClassName.get(Byte.class);
        typeMin = Byte.MIN_VALUE;
        typeMax = Byte.MAX_VALUE;
      }
      case CHAR -> {
        method = "chars";
        box = ClassName.get(Character.class);
        typeMin = Character.MIN_VALUE;
        typeMax = Character.MAX_VALUE;
      }
      default -> {
        return null;
      }
    }
    long lo = typeMin;
    long hi = typeMax;
    if (bounds.range() != null) {
      double min = bounds.rangeValue("min");
      double max = bounds.rangeValue("max");
      // integral bounds: the smallest whole value at or above min, the largest at or below max
      if (Double.isNaN(min) || Double.isNaN(max) || min > typeMax || max < typeMin) {
        bounds.rangeEmpty(kind.name().toLowerCase(Locale.ROOT));
        return GeneratorExpression.call(GENS, method, new Literal("0"), new Literal("0"));
      }
      lo = min <= typeMin ? typeMin : (long) Math.ceil(min);
      hi = max >= typeMax ? typeMax : (long) Math.floor(max);
      if (lo > hi) {
        bounds.rangeEmpty(kind.name().toLowerCase(Locale.ROOT));
      }
    }
    return GeneratorExpression.call(
        GENS,
        method,
        integralBound(lo, typeMin, typeMax, box, kind),
        integralBound(hi, typeMin, typeMax, box, kind));
  }

  /** {@code Gens.doubles(min, max)} and {@code Gens.floats(min, max)}. */
  private GeneratorExpression floating(TypeMirror type, Bounds bounds) {
    TypeKind kind = unboxedKind(type);
    if (kind != TypeKind.DOUBLE && kind != TypeKind.FLOAT) {
      return null;
    }
    double min = Double.NEGATIVE_INFINITY;
    double max = Double.POSITIVE_INFINITY;
    if (bounds.range() != null) {
      min = bounds.rangeValue("min");
      max = bounds.rangeValue("max");
      if (!(min <= max)) {
        bounds.rangeEmpty(kind.name().toLowerCase(Locale.ROOT));
      }
    }
    return GeneratorExpression.call(
        GENS, kind == TypeKind.DOUBLE ? "doubles" : "floats", floatingBound(min), floatingBound(max));
  }

  /** {@code Gens.booleans()}. */
  private GeneratorExpression bool(TypeMirror type, Bounds bounds) {
    return unboxedKind(type) == TypeKind.BOOLEAN ? GeneratorExpression.call(GENS, "booleans") : null;
  }

  /** {@code Gens.strings(min, max)}, the lengths from {@code @Size}. */
  private GeneratorExpression string(TypeMirror type, Bounds bounds) {
    if (!isClass(type, "java.lang.String")) {
      return null;
    }
    return new Call(GENS, "strings", sizes(bounds));
  }

  /** {@code Gens.enums(E.values())}. */
  private GeneratorExpression enumeration(TypeMirror type, Bounds bounds) {
    if (type.getKind() != TypeKind.DECLARED
        || MoreTypes.asDeclared(type).asElement().getKind() != ElementKind.ENUM) {
      return null;
    }
    TypeElement enumType = MoreElements.asType(MoreTypes.asDeclared(type).asElement());
    return GeneratorExpression.call(GENS, "enums", new EnumValues(ClassName.get(enumType)));
  }

  /**
   * {@code Gens.records("pkg.Point", c -> new Point(...), p -> Arrays.asList(p.x(), ...), gens...)}:
   * a record by the generators of its components, through its canonical constructor. A component's
   * annotations are those of the canonical constructor's parameter, where javac puts those written
   * on the component.
   */
  private GeneratorExpression record(TypeMirror type, Bounds bounds) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    TypeElement record = MoreElements.asType(declared.asElement());
    if (record.getKind() != ElementKind.RECORD) {
      return null;
    }
    boolean generic = !record.getTypeParameters().isEmpty();
    if (generic
        && (declared.getTypeArguments().isEmpty()
            || declared.getTypeArguments().stream().anyMatch(a -> !isConcrete(a)))) {
      return null; // a raw or wildcard record has no type to build: [NoGenerator]
    }
    Site site = bounds.site();
    if (contains(site.records(), declared)) {
      site.report(
          Message.RECORD_RECURSIVE,
          null,
          null,
          record.getSimpleName(),
          site.component(),
          record.getSimpleName(),
          record.getSimpleName(),
          site.parameter().getSimpleName());
      return REPORTED;
    }
    Optional<ExecutableElement> canonical = canonicalConstructor(record);
    if (canonical.isEmpty() || !Access.isAccessible(canonical.get(), site.from(), elements)) {
      return null; // javac requires the canonical constructor to be as visible as its record
    }
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    List<? extends TypeMirror> memberTypes =
        MoreTypes.asExecutable(types.asMemberOf(declared, canonical.get())).getParameterTypes();
    List<TypeName> componentTypes = new ArrayList<>();
    List<String> accessors = new ArrayList<>();
    List<GeneratorExpression> generators = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      VariableElement parameter = canonical.get().getParameters().get(i);
      RecordComponentElement component = components.get(i);
      // a generic record's component types as this parameterization has them; otherwise as
      // declared, type-use annotations included
      TypeMirror componentType = generic ? memberTypes.get(i) : parameter.asType();
      Site componentSite = site.component(declared, component.getSimpleName().toString(), componentType);
      componentTypes.add(SpecValidator.typeName(componentType));
      ExecutableElement accessor = component.getAccessor();
      accessors.add((accessor != null ? accessor.getSimpleName() : component.getSimpleName()).toString());
      Optional<TypeElement> hidden = Access.firstInaccessible(componentType, site.from(), elements);
      if (hidden.isPresent()) {
        PackageElement from = site.from();
        site.report(
            Message.TYPE_NOT_ACCESSIBLE,
            null,
            null,
            Signatures.type(componentType),
            "the type of " + componentSite.place(),
            from.isUnnamed() ? "the unnamed package" : "package " + from.getQualifiedName(),
            site.spec().getSimpleName(),
            hidden.get().getSimpleName());
        generators.add(REPORTED);
        continue;
      }
      GeneratorExpression generator = forDeclaration(parameter, componentType, componentSite);
      generators.add(generator == null ? REPORTED : generator);
    }
    String literalName = ClassName.get(record).canonicalName() + (generic ? "<>" : "");
    return new RecordOf(literalName, SpecValidator.typeName(type), componentTypes, accessors, generators);
  }

  /** {@code Gens.optionals(gen of T)}. */
  private GeneratorExpression optional(TypeMirror type, Bounds bounds) {
    List<TypeMirror> arguments = typeArguments(type, "java.util.Optional", 1);
    if (arguments == null) {
      return null;
    }
    return GeneratorExpression.call(GENS, "optionals", typeArgument(arguments.get(0), bounds.site()));
  }

  /**
   * {@code Gens.lists(gen of T, min, max)}, the sizes from {@code @Size}: for a {@code List<T>}, and
   * for a {@code Collection<T>} or an {@code Iterable<T>}, which a list is.
   */
  private GeneratorExpression list(TypeMirror type, Bounds bounds) {
    for (String className : List.of("java.util.List", "java.util.Collection", "java.lang.Iterable")) {
      GeneratorExpression lists = collection(type, bounds, className, "lists");
      if (lists != null) {
        return lists;
      }
    }
    return null;
  }

  /** {@code Gens.sets(gen of T, min, max)}, the sizes from {@code @Size}. */
  private GeneratorExpression set(TypeMirror type, Bounds bounds) {
    return collection(type, bounds, "java.util.Set", "sets");
  }

  private GeneratorExpression collection(TypeMirror type, Bounds bounds, String className, String method) {
    List<TypeMirror> arguments = typeArguments(type, className, 1);
    if (arguments == null) {
      return null;
    }
    List<GeneratorExpression> call = new ArrayList<>();
    call.add(typeArgument(arguments.get(0), bounds.site()));
    call.addAll(sizes(bounds));
    return new Call(GENS, method, call);
  }

  /** {@code Gens.maps(gen of K, gen of V, min, max)}, the sizes from {@code @Size}. */
  private GeneratorExpression map(TypeMirror type, Bounds bounds) {
    List<TypeMirror> arguments = typeArguments(type, "java.util.Map", 2);
    if (arguments == null) {
      return null;
    }
    List<GeneratorExpression> call = new ArrayList<>();
    call.add(typeArgument(arguments.get(0), bounds.site()));
    call.add(typeArgument(arguments.get(1), bounds.site()));
    call.addAll(sizes(bounds));
    return new Call(GENS, "maps", call);
  }

  /**
   * {@code Gens.intArrays(gen of Integer, min, max)} for arrays of primitives, {@code
   * Gens.arrays(gen of T, min, max, T[]::new)} for others. {@code @Size} bounds the length and
   * {@code @Range} the elements, since in {@code @Range(min = 0, max = 9) int[] digits} it could
   * mean nothing else.
   */
  private GeneratorExpression array(TypeMirror type, Bounds bounds) {
    if (type.getKind() != TypeKind.ARRAY) {
      return null;
    }
    TypeMirror component = MoreTypes.asArray(type).getComponentType();
    TypeName componentName = SpecValidator.typeName(component);
    if (!isReifiable(componentName)) {
      return null; // no List<Integer>[]::new: [NoGenerator]
    }
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (AnnotationMirror annotation : generatorAnnotations(component)) {
      if (!bounds.declared().contains(nameOf(annotation))) {
        annotations.add(annotation);
      }
    }
    if (bounds.range() != null && find(annotations, RANGE) == null) {
      annotations.add(bounds.range());
    }
    // the copies javac makes sit on the innermost element type: int[][] passes them on
    Set<String> declared = component.getKind() == TypeKind.ARRAY ? bounds.declared() : Set.of();
    GeneratorExpression element = part(component, annotations, bounds.site().arrayElement(component), declared);
    List<GeneratorExpression> call = new ArrayList<>();
    call.add(element);
    call.addAll(sizes(bounds));
    if (component.getKind().isPrimitive()) {
      return new Call(GENS, component.getKind().name().toLowerCase(Locale.ROOT) + "Arrays", call);
    }
    call.add(new ArrayConstructor(ArrayTypeName.of(componentName)));
    return new Call(GENS, "arrays", call);
  }

  /** The bounds of a length: {@code @Size}'s, else 0 and {@code Settings.DEFAULT_MAX_SIZE}. */
  private static List<GeneratorExpression> sizes(Bounds bounds) {
    GeneratorExpression min = new Literal("0");
    GeneratorExpression max = new Constant(SETTINGS, "DEFAULT_MAX_SIZE");
    if (bounds.size() != null) {
      min = new Literal(Integer.toString(bounds.sizeValue("min")));
      if (bounds.sizeHas("max")) {
        max = new Literal(Integer.toString(bounds.sizeValue("max")));
      }
    }
    return List.of(min, max);
  }

  /**
   * The type arguments of {@code type} when it is {@code className} with {@code count} of them,
   * {@code ? extends T} read as {@code T}; null otherwise (another class, a raw type, a wildcard
   * without an upper bound).
   */
  private static List<TypeMirror> typeArguments(TypeMirror type, String className, int count) {
    if (!isClass(type, className)) {
      return null;
    }
    List<? extends TypeMirror> arguments = MoreTypes.asDeclared(type).getTypeArguments();
    if (arguments.size() != count) {
      return null;
    }
    List<TypeMirror> out = new ArrayList<>();
    for (TypeMirror argument : arguments) {
      if (argument.getKind() == TypeKind.WILDCARD) {
        // a List<T> is a List<? extends T>
        argument = MoreTypes.asWildcard(argument).getExtendsBound();
      }
      if (argument == null || !isConcrete(argument)) {
        return null;
      }
      out.add(argument);
    }
    return out;
  }

  /** A type that values can be generated for: a class, interface or array type, not a variable or wildcard. */
  private static boolean isConcrete(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.ARRAY;
  }

  /** Whether {@code T[]::new} compiles for this {@code T}: no type arguments anywhere in it. */
  private static boolean isReifiable(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isReifiable(array.componentType());
    }
    return type.isPrimitive() || type instanceof ClassName;
  }

  /**
   * Whether {@code record} is among the records being expanded: the same type, or, for a generic
   * record whose type arguments grow at each level ({@code Box<List<T>>} inside {@code Box<T>}),
   * the same record more than a few times.
   */
  private boolean contains(List<DeclaredType> records, DeclaredType record) {
    long sameRecord = records.stream().filter(r -> r.asElement().equals(record.asElement())).count();
    return sameRecord >= 4 || records.stream().anyMatch(r -> types.isSameType(r, record));
  }

  /** The canonical constructor of {@code record}: its parameter types are the component types. */
  private Optional<ExecutableElement> canonicalConstructor(TypeElement record) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (parameters.size() != components.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < parameters.size() && same; i++) {
        same =
            types.isSameType(
                types.erasure(parameters.get(i).asType()), types.erasure(components.get(i).asType()));
      }
      if (same) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  // ---- @From ----

  private GeneratorExpression userGenerator(TypeMirror type, AnnotationMirror from, Site site) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(from, "value");
    if (!(value.getValue() instanceof TypeMirror generator)) {
      return null; // not a class literal: javac reports it
    }
    TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass(MoreTypes.asPrimitiveType(type)).asType() : type;
    TypeElement genElement = elements.getTypeElement(GEN);
    String generatorName = Signatures.type(generator);
    if (generator.getKind() != TypeKind.DECLARED
        || genElement == null
        || !MoreTypes.asDeclared(generator).asElement().getKind().isClass()
        || !types.isAssignable(generator, types.getDeclaredType(genElement, boxed))) {
      site.report(
          Message.FROM_NOT_GEN,
          from,
          value,
          generatorName,
          site.typedPlace(),
          generatorName,
          Signatures.type(boxed),
          Signatures.type(boxed));
      return null;
    }
    TypeElement generatorClass = MoreElements.asType(MoreTypes.asDeclared(generator).asElement());
    Optional<ExecutableElement> constructor = noArgumentConstructor(generatorClass, site.from());
    if (constructor.isEmpty()) {
      site.report(
          Message.FROM_NO_CONSTRUCTOR,
          from,
          value,
          generatorName,
          site.place(),
          generatorName,
          generatorClass.getSimpleName());
      return null;
    }
    // generated code builds the generator in a field initializer, where nothing checked may be thrown
    List<String> thrown = rules.checkedExceptions(MoreTypes.asExecutable(constructor.get().asType()));
    if (!thrown.isEmpty()) {
      site.report(
          Message.FROM_CONSTRUCTOR_THROWS,
          from,
          value,
          generatorName,
          site.place(),
          generatorClass.getSimpleName(),
          String.join(", ", thrown));
      return null;
    }
    return new Construct(ClassName.get(generatorClass));
  }

  /** The constructor of {@code new G()} as generated code in package {@code from} writes it, if it can. */
  private Optional<ExecutableElement> noArgumentConstructor(TypeElement generator, PackageElement from) {
    // a record with a no-argument canonical constructor is a class here too
    if ((generator.getKind() != ElementKind.CLASS && generator.getKind() != ElementKind.RECORD)
        || generator.getModifiers().contains(Modifier.ABSTRACT)
        || !generator.getTypeParameters().isEmpty()
        || !Access.isAccessible(generator, from, elements)) {
      return Optional.empty();
    }
    if (generator.getNestingKind() == NestingKind.MEMBER && !generator.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(generator.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && (constructor.getModifiers().contains(Modifier.PUBLIC)
              || (!constructor.getModifiers().contains(Modifier.PRIVATE)
                  && elements.getPackageOf(generator).equals(from)))) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  // ---- annotations ----

  /** The annotation of type {@code name} among {@code annotations}, or null. */
  private static AnnotationMirror find(List<? extends AnnotationMirror> annotations, String name) {
    for (AnnotationMirror annotation : annotations) {
      if (nameOf(annotation).equals(name)) {
        return annotation;
      }
    }
    return null;
  }

  private static String nameOf(AnnotationMirror annotation) {
    return MoreElements.asType(annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The {@code @Range}, {@code @Size} and {@code @From} written on {@code type} as type-use annotations. */
  private static List<AnnotationMirror> generatorAnnotations(TypeMirror type) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (GENERATOR_ANNOTATIONS.contains(nameOf(annotation))) {
        out.add(annotation);
      }
    }
    return out;
  }

  /**
   * The value of {@code name} as written in {@code annotation}, where an error about it belongs;
   * null when the annotation leaves it to its default.
   */
  private static AnnotationValue written(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The written value of {@code first}, else of {@code second}, else null. */
  private static AnnotationValue writtenOr(AnnotationMirror annotation, String first, String second) {
    AnnotationValue value = written(annotation, first);
    return value != null ? value : written(annotation, second);
  }

  // ---- types ----

  /** The primitive kind of a primitive or box; null for anything else. */
  private static TypeKind unboxedKind(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind();
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return BOXES.get(MoreElements.asType(MoreTypes.asDeclared(type).asElement()).getQualifiedName().toString());
    }
    return null;
  }

  private static boolean isNumeric(TypeMirror type) {
    TypeKind kind = unboxedKind(type);
    return kind != null && kind != TypeKind.BOOLEAN;
  }

  /** Types whose length {@code @Size} bounds: strings, arrays, collections and maps. */
  private boolean isSized(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY || isClass(type, "java.lang.String")) {
      return true;
    }
    return isSubtypeOf(type, "java.util.Collection") || isSubtypeOf(type, "java.util.Map");
  }

  private boolean isSubtypeOf(TypeMirror type, String className) {
    TypeElement element = elements.getTypeElement(className);
    return element != null
        && type.getKind() == TypeKind.DECLARED
        && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }

  private static boolean isClass(TypeMirror type, String className) {
    return type.getKind() == TypeKind.DECLARED
        && MoreElements.asType(MoreTypes.asDeclared(type).asElement()).getQualifiedName().contentEquals(className);
  }

  private static GeneratorExpression integralBound(
      long value, long typeMin, long typeMax, ClassName box, TypeKind kind) {
    if (value == typeMin) {
      return new Constant(box, "MIN_VALUE");
    }
    if (value == typeMax) {
      return new Constant(box, "MAX_VALUE");
    }
    if (kind == TypeKind.CHAR && value >= ' ' && value <= '~' && value != '\'' && value != '\\') {
      return new Literal("'" + (char) value + "'");
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      return new Literal(value + "L");
    }
    return new Literal(Long.toString(value));
  }

  private static GeneratorExpression floatingBound(double value) {
    ClassName box = ClassName.get(Double.class);
    if (value == Double.NEGATIVE_INFINITY) {
      return new Constant(box, "NEGATIVE_INFINITY");
    }
    if (value == Double.POSITIVE_INFINITY) {
      return new Constant(box, "POSITIVE_INFINITY");
    }
    if (Double.isNaN(value)) {
      return new Constant(box, "NaN");
    }
    return new Literal(Double.toString(value));
  }

  /** A bound as the user would write it: {@code 4} rather than {@code 4.0}. */
  static String number(double value) {
    if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
