package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation's result is a handle (an id, a session, a node), not a value to compare. Results
 * are kept as (model's, implementation's) pairs; a later parameter of the result's type receives
 * one of them, the model its own value and the implementation its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Ref {}
