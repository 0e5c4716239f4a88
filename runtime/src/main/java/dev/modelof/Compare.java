package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The comparison of an operation's two results: names a static {@code boolean} method of the spec
 * taking the model's result and the implementation's, in that order, each of a type the
 * operation's result can be passed as ({@code static boolean sameValues(Collection<Integer> model,
 * Collection<Integer> impl)}). It replaces the comparison chosen from the result type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Compare {
  /** The name of the spec's static boolean method. */
  String value();
}
