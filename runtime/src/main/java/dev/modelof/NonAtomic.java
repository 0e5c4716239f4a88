package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an operation of a {@link Linearizable} spec: the operation is not meant to be atomic (a
 * {@code size()} that is an estimate while other threads write, an iteration that is only weakly
 * consistent), so it is called only in the sequential parts of a scenario, never while other
 * threads run. The sequential model test still calls it anywhere.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NonAtomic {}
