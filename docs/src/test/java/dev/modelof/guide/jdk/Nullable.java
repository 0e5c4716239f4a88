package dev.modelof.guide.jdk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// [jdk-nullable]
/** Says a parameter takes null. modelof reads any annotation named Nullable, from any package. */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Nullable {}
// [/jdk-nullable]
