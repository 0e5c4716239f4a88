package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive bounds of a generated integral or floating-point parameter. A bound left out is the
 * type's own limit.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Range {
  /** The smallest value, inclusive. */
  double min() default Double.NEGATIVE_INFINITY;

  /** The largest value, inclusive. */
  double max() default Double.POSITIVE_INFINITY;
}
