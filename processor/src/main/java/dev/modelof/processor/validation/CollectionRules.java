package dev.modelof.processor.validation;

import static dev.modelof.processor.RuntimeNames.GENS;
import static dev.modelof.processor.RuntimeNames.RANGE;

import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.GeneratorExpression.ArrayConstructor;
import dev.modelof.processor.model.GeneratorExpression.Call;
import dev.modelof.processor.validation.GeneratorChooser.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The generator rules of containers: {@code Optional}, lists, sets, maps and arrays, each built
 * from the generators of its parts, which the chooser picks.
 */
final class CollectionRules {
  private final GeneratorChooser chooser;

  CollectionRules(GeneratorChooser chooser) {
    this.chooser = chooser;
  }

  /** {@code Gens.optionals(gen of T)}. */
  GeneratorExpression optional(TypeMirror type, Bounds bounds) {
    List<TypeMirror> arguments = typeArguments(type, "java.util.Optional", 1);
    if (arguments == null) {
      return null;
    }
    return GeneratorExpression.call(GENS, "optionals", chooser.typeArgument(arguments.get(0), bounds.site()));
  }

  /**
   * {@code Gens.lists(gen of T, min, max)}, the sizes from {@code @Size}: for a {@code List<T>}, and
   * for a {@code Collection<T>} or an {@code Iterable<T>}, which a list is.
   */
  GeneratorExpression list(TypeMirror type, Bounds bounds) {
    for (String className : List.of("java.util.List", "java.util.Collection", "java.lang.Iterable")) {
      GeneratorExpression lists = collection(type, bounds, className, "lists");
      if (lists != null) {
        return lists;
      }
    }
    return null;
  }

  /** {@code Gens.sets(gen of T, min, max)}, the sizes from {@code @Size}. */
  GeneratorExpression set(TypeMirror type, Bounds bounds) {
    return collection(type, bounds, "java.util.Set", "sets");
  }

  private GeneratorExpression collection(TypeMirror type, Bounds bounds, String className, String method) {
    List<TypeMirror> arguments = typeArguments(type, className, 1);
    if (arguments == null) {
      return null;
    }
    List<GeneratorExpression> call = new ArrayList<>();
    call.add(chooser.typeArgument(arguments.get(0), bounds.site()));
    call.addAll(bounds.sizes());
    return new Call(GENS, method, call);
  }

  /** {@code Gens.maps(gen of K, gen of V, min, max)}, the sizes from {@code @Size}. */
  GeneratorExpression map(TypeMirror type, Bounds bounds) {
    List<TypeMirror> arguments = typeArguments(type, "java.util.Map", 2);
    if (arguments == null) {
      return null;
    }
    List<GeneratorExpression> call = new ArrayList<>();
    call.add(chooser.typeArgument(arguments.get(0), bounds.site()));
    call.add(chooser.typeArgument(arguments.get(1), bounds.site()));
    call.addAll(bounds.sizes());
    return new Call(GENS, "maps", call);
  }

  /**
   * {@code Gens.intArrays(gen of Integer, min, max)} for arrays of primitives, {@code
   * Gens.arrays(gen of T, min, max, T[]::new)} for others. {@code @Size} bounds the length and
   * {@code @Range} the elements, since in {@code @Range(min = 0, max = 9) int[] digits} it could
   * mean nothing else.
   */
  GeneratorExpression array(TypeMirror type, Bounds bounds) {
    if (type.getKind() != TypeKind.ARRAY) {
      return null;
    }
    TypeMirror component = MoreTypes.asArray(type).getComponentType();
    TypeName componentName = TypeRules.typeName(component);
    if (!isReifiable(componentName)) {
      return null; // no List<Integer>[]::new: [NoGenerator]
    }
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (AnnotationMirror annotation : GeneratorChooser.generatorAnnotations(component)) {
      if (!bounds.declared().contains(Annotations.nameOf(annotation))) {
        annotations.add(annotation);
      }
    }
    if (bounds.range() != null && Annotations.find(annotations, RANGE) == null) {
      annotations.add(bounds.range());
    }
    // the copies javac makes sit on the innermost element type: int[][] passes them on
    Set<String> declared = component.getKind() == TypeKind.ARRAY ? bounds.declared() : Set.of();
    GeneratorExpression element = chooser.part(component, annotations, bounds.site().arrayElement(component), declared);
    List<GeneratorExpression> call = new ArrayList<>();
    call.add(element);
    call.addAll(bounds.sizes());
    if (component.getKind().isPrimitive()) {
      return new Call(GENS, component.getKind().name().toLowerCase(Locale.ROOT) + "Arrays", call);
    }
    call.add(new ArrayConstructor(ArrayTypeName.of(componentName)));
    return new Call(GENS, "arrays", call);
  }

  /**
   * The type arguments of {@code type} when it is {@code className} with {@code count} of them,
   * {@code ? extends T} read as {@code T}; null otherwise (another class, a raw type, a wildcard
   * without an upper bound).
   */
  private static List<TypeMirror> typeArguments(TypeMirror type, String className, int count) {
    if (!GeneratorChooser.isClass(type, className)) {
      return null;
    }
    List<? extends TypeMirror> arguments = MoreTypes.asDeclared(type).getTypeArguments();
    if (arguments.size() != count) {
      return null;
    }
    List<TypeMirror> out = new ArrayList<>();
    for (TypeMirror argument : arguments) {
      if (argument.getKind() == TypeKind.WILDCARD) {
        // a List<T> is a List<? extends T>
        argument = MoreTypes.asWildcard(argument).getExtendsBound();
      }
      if (argument == null || !GeneratorChooser.isConcrete(argument)) {
        return null;
      }
      out.add(argument);
    }
    return out;
  }

  /** Whether {@code T[]::new} compiles for this {@code T}: no type arguments anywhere in it. */
  private static boolean isReifiable(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isReifiable(array.componentType());
    }
    return type.isPrimitive() || type instanceof ClassName;
  }
}
