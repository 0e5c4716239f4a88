package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A static method of the spec checked after every step. It takes {@code (Impl)}, {@code (Model)}
 * or {@code (Model, Impl)} and returns {@code boolean} (false fails) or {@code void} (a throw fails).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Invariant {}
