package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Draws an operation's parameter from the model's state: from the collection that the named
 * no-argument method of the model returns when the step is drawn. For an operation that only makes
 * sense on what is there: a present key, an id the model handed out, a valid position.
 *
 * <pre>{@code
 * String lookup(@FromModel("ids") int id);     // the model has: Set<Integer> ids()
 * }</pre>
 *
 * <p>While the collection is empty the operation is not drawn. A step whose argument is not in
 * the collection at its turn (after shrinking changed an earlier step) does not run, as when a
 * precondition is false, so every sequence a failure shrinks to stays one the model allows. With
 * {@link #percent} below 100 the other draws come from the parameter's own generator (its type's,
 * {@code @Range}'s or {@code @From}'s), which may give values the model does not hold.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface FromModel {
  /** The model's method: public or package-private, no parameters, returns a {@code Collection}. */
  String value();

  /** In how many draws of 100 the argument comes from the model: 1 to 100. */
  int percent() default 100;
}
