package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.GENS;

import com.palantir.javapoet.ClassName;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.GeneratorExpression.Constant;
import dev.modelof.processor.model.GeneratorExpression.Literal;
import dev.modelof.processor.validation.GeneratorChooser.Bounds;
import java.util.Locale;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The generator rules of numbers: integral and floating-point primitives and their boxes. */
final class NumberRules {
  private NumberRules() {}

  /** {@code Gens.ints(min, max)} and likewise for long, short, byte and char. */
  static GeneratorExpression integral(TypeMirror type, Bounds bounds) {
    TypeKind kind = GeneratorChooser.unboxedKind(type);
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
  static GeneratorExpression floating(TypeMirror type, Bounds bounds) {
    TypeKind kind = GeneratorChooser.unboxedKind(type);
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
}
