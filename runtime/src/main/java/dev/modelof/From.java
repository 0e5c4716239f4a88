package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates a parameter with a user's {@link Gen}: a class with a public no-argument constructor
 * that implements {@code Gen<T>} for the parameter's type {@code T}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface From {
  /** The generator class. */
  @SuppressWarnings("rawtypes")
  Class<? extends Gen> value();
}
