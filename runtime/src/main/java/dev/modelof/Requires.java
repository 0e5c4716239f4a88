package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A precondition of an operation: names a {@code boolean} method of the model type that takes no
 * parameters or the operation's parameters. A step is generated, and kept while shrinking, only
 * where the method returns true.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Requires {
  /** The name of the model's boolean method. */
  String value();
}
