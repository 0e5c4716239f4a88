package dev.modelof.processor.validation;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.GeneratorExpression.Constant;
import dev.modelof.processor.model.GeneratorExpression.Construct;
import dev.modelof.processor.model.GeneratorExpression.EnumValues;
import dev.modelof.processor.model.GeneratorExpression.Literal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
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
 * {@code [NoGenerator]} uses for it: to support a new type, write its rule and add it there.
 */
final class GeneratorChooser {
  static final ClassName GENS = ClassName.get("dev.modelof", "Gens");
  static final ClassName SETTINGS = ClassName.get("dev.modelof", "Settings");
  static final String RANGE = "dev.modelof.Range";
  static final String SIZE = "dev.modelof.Size";
  static final String FROM = "dev.modelof.From";
  static final String GEN = "dev.modelof.Gen";

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
   * The parameter whose generator is being chosen: where problems are reported.
   *
   * @param parameter the parameter, for messages
   * @param from the package of the spec, from which a {@code @From} class must be accessible
   * @param report where problems go
   */
  private record Site(VariableElement parameter, PackageElement from, ValidationReport report) {}

  /**
   * The bounding annotations of one type, each null when absent.
   *
   * @param site the parameter being read
   * @param range its {@code @Range}
   * @param size its {@code @Size}
   */
  private record Bounds(Site site, AnnotationMirror range, AnnotationMirror size) {

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
      VariableElement parameter = site.parameter();
      site.report()
          .report(
              Message.RANGE_EMPTY,
              parameter,
              range,
              writtenOr(range, "min", "max"),
              number(rangeValue("min")),
              number(rangeValue("max")),
              parameter.getSimpleName(),
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
          new Supported("enums", this::enumeration));

  GeneratorChooser(Elements elements, Types types, TypeRules rules) {
    this.elements = elements;
    this.types = types;
    this.rules = rules;
  }

  /**
   * The generator of {@code parameter}, or null after reporting why there is none.
   *
   * @param from the package of the spec, from which a {@code @From} class must be accessible
   */
  GeneratorExpression choose(VariableElement parameter, PackageElement from, ValidationReport report) {
    return forType(parameter.asType(), parameter, new Site(parameter, from, report));
  }

  /**
   * The generator of values of {@code type}, bounded by the annotations on {@code annotated}: the
   * parameter itself, or the type-use annotations of a type argument. A rule for a container type
   * calls this for its element types.
   */
  private GeneratorExpression forType(TypeMirror type, AnnotatedConstruct annotated, Site site) {
    VariableElement parameter = site.parameter();
    ValidationReport report = site.report();
    Optional<AnnotationMirror> fromAnnotation = SpecValidator.annotation(annotated, FROM);
    if (fromAnnotation.isPresent()) {
      return userGenerator(type, fromAnnotation.get(), site);
    }
    AnnotationMirror range = SpecValidator.annotation(annotated, RANGE).orElse(null);
    AnnotationMirror size = SpecValidator.annotation(annotated, SIZE).orElse(null);
    Bounds bounds = new Bounds(site, range, size);
    boolean boundsValid = true;
    if (range != null && !isNumeric(type)) {
      report.report(
          Message.RANGE_NOT_NUMERIC, parameter, range, null, parameter.getSimpleName(), Signatures.type(type));
      boundsValid = false;
    }
    if (size != null) {
      if (!isSized(type)) {
        report.report(
            Message.SIZE_NOT_SIZED, parameter, size, null, parameter.getSimpleName(), Signatures.type(type));
        boundsValid = false;
      } else {
        int min = bounds.sizeValue("min");
        int max = bounds.sizeValue("max");
        if (min < 0 || max < 0) {
          AnnotationValue negative = min < 0 ? written(size, "min") : written(size, "max");
          report.report(Message.SIZE_NEGATIVE, parameter, size, negative, min, max, parameter.getSimpleName());
          boundsValid = false;
        } else if (min > max) {
          report.report(
              Message.SIZE_EMPTY, parameter, size, writtenOr(size, "min", "max"), min, max, parameter.getSimpleName());
          boundsValid = false;
        }
      }
    }
    Bounds usable = boundsValid ? bounds : new Bounds(site, null, null);
    for (Supported rule : supported) {
      GeneratorExpression generator = rule.rule().choose(type, usable);
      if (generator != null) {
        return generator;
      }
    }
    String typeName = Signatures.type(type);
    report.report(
        Message.NO_GENERATOR,
        parameter,
        parameter.getSimpleName(),
        typeName,
        supportedTypes(),
        type.getKind().isPrimitive() ? Signatures.type(types.boxedClass(MoreTypes.asPrimitiveType(type)).asType()) : typeName);
    return null;
  }

  /** {@code primitives and their boxes, String and enums}: what the rules generate. */
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
        bounds.rangeEmpty(kind.name().toLowerCase(java.util.Locale.ROOT));
        return GeneratorExpression.call(GENS, method, new Literal("0"), new Literal("0"));
      }
      lo = min <= typeMin ? typeMin : (long) Math.ceil(min);
      hi = max >= typeMax ? typeMax : (long) Math.floor(max);
      if (lo > hi) {
        bounds.rangeEmpty(kind.name().toLowerCase(java.util.Locale.ROOT));
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
        bounds.rangeEmpty(kind.name().toLowerCase(java.util.Locale.ROOT));
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
    GeneratorExpression min = new Literal("0");
    GeneratorExpression max = new Constant(SETTINGS, "DEFAULT_MAX_SIZE");
    if (bounds.size() != null) {
      min = new Literal(Integer.toString(bounds.sizeValue("min")));
      if (bounds.sizeHas("max")) {
        max = new Literal(Integer.toString(bounds.sizeValue("max")));
      }
    }
    return GeneratorExpression.call(GENS, "strings", min, max);
  }

  /** {@code Gens.oneOf(E.values())}. */
  private GeneratorExpression enumeration(TypeMirror type, Bounds bounds) {
    if (type.getKind() != TypeKind.DECLARED
        || MoreTypes.asDeclared(type).asElement().getKind() != ElementKind.ENUM) {
      return null;
    }
    TypeElement enumType = MoreElements.asType(MoreTypes.asDeclared(type).asElement());
    return GeneratorExpression.call(GENS, "oneOf", new EnumValues(ClassName.get(enumType)));
  }

  // ---- @From ----

  private GeneratorExpression userGenerator(TypeMirror type, AnnotationMirror from, Site site) {
    VariableElement parameter = site.parameter();
    ValidationReport report = site.report();
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
      report.report(
          Message.FROM_NOT_GEN,
          parameter,
          from,
          value,
          generatorName,
          parameter.getSimpleName(),
          Signatures.type(type),
          generatorName,
          Signatures.type(boxed),
          Signatures.type(boxed));
      return null;
    }
    TypeElement generatorClass = MoreElements.asType(MoreTypes.asDeclared(generator).asElement());
    Optional<ExecutableElement> constructor = noArgumentConstructor(generatorClass, site.from());
    if (constructor.isEmpty()) {
      report.report(
          Message.FROM_NO_CONSTRUCTOR,
          parameter,
          from,
          value,
          generatorName,
          parameter.getSimpleName(),
          generatorName,
          generatorClass.getSimpleName());
      return null;
    }
    // generated code builds the generator in a field initializer, where nothing checked may be thrown
    List<String> thrown = rules.checkedExceptions(MoreTypes.asExecutable(constructor.get().asType()));
    if (!thrown.isEmpty()) {
      report.report(
          Message.FROM_CONSTRUCTOR_THROWS,
          parameter,
          from,
          value,
          generatorName,
          parameter.getSimpleName(),
          generatorClass.getSimpleName(),
          String.join(", ", thrown));
      return null;
    }
    return new Construct(ClassName.get(generatorClass));
  }

  /** The constructor of {@code new G()} as generated code in package {@code from} writes it, if it can. */
  private Optional<ExecutableElement> noArgumentConstructor(TypeElement generator, PackageElement from) {
    if (generator.getKind() != ElementKind.CLASS
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

  // ---- annotation values ----

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
