package dev.modelof.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * Everything the writers need to know of one valid spec, free of {@code javax.lang.model}.
 *
 * @param spec the spec interface
 * @param isPublic whether the spec is public, so the operation type is too
 * @param operationType the generated sealed interface of operation records
 * @param machineType the generated machine class
 * @param testType the generated JUnit test class
 * @param testMethod the name of the generated test method
 * @param modelType the model type {@code M} of the machine
 * @param implType the implementation type {@code I} of the machine
 * @param implClass the implementation class, without type arguments
 * @param tries {@code @ModelOf(tries)}
 * @param steps {@code @ModelOf(steps)}
 * @param seed {@code @ModelOf(seed)}, empty when none
 * @param timeout {@code @ModelOf(timeout)}, empty for the runtime's default
 * @param setups the model factories, in declaration order
 * @param operations the operations, in declaration order
 * @param invariants the invariants, in declaration order
 * @param junitAvailable whether JUnit Jupiter is on the compile classpath, so the test class is written
 * @param shadowedJavaLang simple names of {@code java.lang} types that a class of the spec's
 *     package hides, such as a {@code Character} of the user's: generated code qualifies them
 * @param concurrency what {@code @Linearizable} asks for; null when the spec has no such annotation
 */
public record SpecDescriptor(
    ClassName spec,
    boolean isPublic,
    ClassName operationType,
    ClassName machineType,
    ClassName testType,
    String testMethod,
    TypeName modelType,
    TypeName implType,
    ClassName implClass,
    int tries,
    int steps,
    String seed,
    String timeout,
    List<SetupDescriptor> setups,
    List<OperationDescriptor> operations,
    List<InvariantDescriptor> invariants,
    boolean junitAvailable,
    List<String> shadowedJavaLang,
    ConcurrencyDescriptor concurrency) {

  public SpecDescriptor {
    setups = List.copyOf(setups);
    shadowedJavaLang = List.copyOf(shadowedJavaLang);
    operations = List.copyOf(operations);
    invariants = List.copyOf(invariants);
  }
}
