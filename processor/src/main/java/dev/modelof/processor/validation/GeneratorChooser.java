package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.FRESH;
import static dev.modelof.processor.RuntimeNames.FROM;
import static dev.modelof.processor.RuntimeNames.GENS;
import static dev.modelof.processor.RuntimeNames.RANGE;
import static dev.modelof.processor.RuntimeNames.SETTINGS;
import static dev.modelof.processor.RuntimeNames.SIZE;
import static dev.modelof.processor.validation.Annotations.find;
import static dev.modelof.processor.validation.Annotations.has;
import static dev.modelof.processor.validation.Annotations.nameOf;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import dev.modelof.processor.model.GeneratorExpression.Constant;
import dev.modelof.processor.model.GeneratorExpression.Literal;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.ParameterDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses the generator of a parameter from its type and its {@code @Range}, {@code @Size} and
 * {@code @From}, checking those annotations on the way.
 *
 * <p>Each supported type is one {@link Rule} method, listed in {@link #supported} with the words that
 * {@code [NoGenerator]} uses for it: to support a new type, write its rule beside those of its
 * family ({@link NumberRules}, {@link TextRules}, {@link CollectionRules}, {@link RecordRule}) and
 * add it there; {@code @From} replaces them all ({@link FromRule}). Rules
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
  static final GeneratorExpression REPORTED = new Literal("null");

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
  record Site(
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
  record Bounds(Site site, AnnotationMirror range, AnnotationMirror size, Set<String> declared) {

    double rangeValue(String name) {
      return ((Number) AnnotationMirrors.getAnnotationValue(range, name).getValue()).doubleValue();
    }

    int sizeValue(String name) {
      return ((Number) AnnotationMirrors.getAnnotationValue(size, name).getValue()).intValue();
    }

    boolean sizeHas(String name) {
      return written(size, name) != null;
    }

    /** The bounds of a length: {@code @Size}'s, else 0 and {@code Settings.DEFAULT_MAX_SIZE}. */
    List<GeneratorExpression> sizes() {
      GeneratorExpression min = new Literal("0");
      GeneratorExpression max = new Constant(SETTINGS, "DEFAULT_MAX_SIZE");
      if (size != null) {
        min = new Literal(Integer.toString(sizeValue("min")));
        if (sizeHas("max")) {
          max = new Literal(Integer.toString(sizeValue("max")));
        }
      }
      return List.of(min, max);
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
  /**
   * A rule and what it generates, as {@code [NoGenerator]} lists it; rules that share the words are
   * listed once.
   */
  private record Supported(String types, Rule rule) {}

  private final List<Supported> supported;
  private final FromRule fromRule;

  GeneratorChooser(Elements elements, Types types, TypeRules rules) {
    this.elements = elements;
    this.types = types;
    RecordRule records = new RecordRule(elements, types, this);
    CollectionRules collections = new CollectionRules(this);
    this.supported =
        List.of(
            new Supported("primitives and their boxes", NumberRules::integral),
            new Supported("primitives and their boxes", NumberRules::floating),
            new Supported("primitives and their boxes", TextRules::bool),
            new Supported("String", TextRules::string),
            new Supported("enums", TextRules::enumeration),
            new Supported("records", records::record),
            new Supported("Optional", collections::optional),
            new Supported("List, Collection, Iterable", collections::list),
            new Supported("Set", collections::set),
            new Supported("Map", collections::map),
            new Supported("arrays", collections::array));
    this.fromRule = new FromRule(elements, types, rules);
  }

  /**
   * The generator of {@code parameter} of {@code spec}, or null after reporting why there is none.
   *
   * @param from the package of the spec, from which generated code must reach every type it names
   */
  private GeneratorExpression choose(
      VariableElement parameter, TypeElement spec, PackageElement from, ValidationReport report) {
    GeneratorExpression generator =
        forDeclaration(parameter, parameter.asType(), Site.of(parameter, from, report, spec));
    return generator == REPORTED ? null : generator;
  }

  /** The description of {@code parameter} of {@code spec}, whose arguments are generated. */
  ParameterDescriptor generatedParameter(
      VariableElement parameter, TypeElement spec, PackageElement from, ValidationReport report) {
    GeneratorExpression generator = choose(parameter, spec, from, report);
    return ParameterDescriptor.generated(
        parameter.getSimpleName().toString(), TypeRules.typeName(parameter.asType()), generator, has(parameter, FRESH));
  }

  /**
   * The generator of a declaration's values: a parameter, or a record component by its canonical
   * constructor's parameter. Its annotations are those written on it, and those written on an
   * array type itself ({@code int @Size(max = 3) [] digits}).
   */
  GeneratorExpression forDeclaration(VariableElement declaration, TypeMirror type, Site site) {
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
    GeneratorExpression generator = forType(type, annotations, site, declared);
    if (generator != null && generator != REPORTED && !type.getKind().isPrimitive() && isNullable(declaration, type)) {
      return GeneratorExpression.call(GENS, "nullable", generator);
    }
    return generator;
  }

  /**
   * Whether a declaration may hold null: an annotation called {@code Nullable} on it or on its type
   * (JSpecify, JSR-305, JetBrains, Checker Framework, Android and others all use that name).
   */
  private static boolean isNullable(VariableElement declaration, TypeMirror type) {
    List<AnnotationMirror> annotations = new ArrayList<>(declaration.getAnnotationMirrors());
    annotations.addAll(type.getAnnotationMirrors());
    for (AnnotationMirror annotation : annotations) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
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
    AnnotationMirror range = find(annotations, RANGE);
    AnnotationMirror size = find(annotations, SIZE);
    if (fromAnnotation != null) {
      // the user's generator alone decides the values: a bound beside it would be ignored
      for (AnnotationMirror bound : new AnnotationMirror[] {range, size}) {
        if (bound != null) {
          Object value = AnnotationMirrors.getAnnotationValue(fromAnnotation, "value").getValue();
          String generator = value instanceof TypeMirror literal ? Signatures.type(literal) : String.valueOf(value);
          String name = bound.getAnnotationType().asElement().getSimpleName().toString();
          site.report(Message.BOUNDS_BESIDE_FROM, bound, null, name, site.place(), generator, generator, name);
          return null;
        }
      }
      return fromRule.userGenerator(type, fromAnnotation, site);
    }
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
    if (types.isSameType(type, elements.getTypeElement("java.lang.Object").asType())) {
      site.report(Message.NO_GENERATOR_FOR_OBJECT, null, null, site.typedPlace());
      return null;
    }
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
  GeneratorExpression part(
      TypeMirror type, List<? extends AnnotationMirror> annotations, Site site, Set<String> declared) {
    GeneratorExpression generator = forType(type, annotations, site, declared);
    return generator == null ? REPORTED : generator;
  }

  /** The generator of type argument {@code argument}, by its own type-use annotations. */
  GeneratorExpression typeArgument(TypeMirror argument, Site site) {
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

  // ---- annotations ----

  /** The {@code @Range}, {@code @Size} and {@code @From} written on {@code type} as type-use annotations. */
  static List<AnnotationMirror> generatorAnnotations(TypeMirror type) {
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
  static TypeKind unboxedKind(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind();
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return BOXES.get(MoreElements.asType(MoreTypes.asDeclared(type).asElement()).getQualifiedName().toString());
    }
    return null;
  }

  /** A type that values can be generated for: a class, interface or array type, not a variable or wildcard. */
  static boolean isConcrete(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.ARRAY;
  }

  private static boolean isNumeric(TypeMirror type) {
    TypeKind kind = unboxedKind(type);
    return kind != null && kind != TypeKind.BOOLEAN;
  }

  /** Types whose length {@code @Size} bounds: strings, arrays, collections, iterables and maps. */
  private boolean isSized(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY
        || isClass(type, "java.lang.String")
        || isClass(type, "java.lang.Iterable")) {
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

  static boolean isClass(TypeMirror type, String className) {
    return type.getKind() == TypeKind.DECLARED
        && MoreElements.asType(MoreTypes.asDeclared(type).asElement()).getQualifiedName().contentEquals(className);
  }

  /** A bound as the user would write it: {@code 4} rather than {@code 4.0}. */
  static String number(double value) {
    if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
