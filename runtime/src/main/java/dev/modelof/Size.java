package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Inclusive bounds of the length of a generated String, collection, map or array. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Size {
  /** The shortest length. */
  int min() default 0;

  /** The longest length. */
  int max() default Settings.DEFAULT_MAX_SIZE;
}
