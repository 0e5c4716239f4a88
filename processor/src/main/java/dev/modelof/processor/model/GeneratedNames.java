package dev.modelof.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The names of what is generated from one spec, in the spec's package.
 *
 * @param operationType the sealed interface of operation records, {@code LruCacheSpecOp}
 * @param machineType the machine class, {@code LruCacheSpecMachine}
 * @param testType the JUnit test class, {@code LruCacheSpecModelTest}
 * @param testMethod the test method, {@code lruCacheSpec}
 */
public record GeneratedNames(ClassName operationType, ClassName machineType, ClassName testType, String testMethod) {

  /** The names for {@code spec}; a nested spec's are prefixed by its enclosing classes: {@code Outer_Spec}. */
  public static GeneratedNames of(ClassName spec) {
    String prefix = String.join("_", spec.simpleNames());
    String packageName = spec.packageName();
    return new GeneratedNames(
        ClassName.get(packageName, prefix + "Op"),
        ClassName.get(packageName, prefix + "Machine"),
        ClassName.get(packageName, prefix + "ModelTest"),
        Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1));
  }
}
