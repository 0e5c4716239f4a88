package dev.modelof.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * What {@code @Linearizable} on a spec asks for: the generated linearizability test and its knobs.
 *
 * @param testType the generated test class, {@code LruCacheSpecLinearizabilityTest}
 * @param threads {@code @Linearizable(threads)}
 * @param calls {@code @Linearizable(calls)}
 * @param prefix {@code @Linearizable(prefix)}
 * @param scenarios {@code @Linearizable(scenarios)}
 * @param repetitions {@code @Linearizable(repetitions)}
 * @param modelHasValueEquality whether the model is a record or declares {@code equals}, so the
 *     checker may merge equal model states
 */
public record ConcurrencyDescriptor(
    ClassName testType,
    int threads,
    int calls,
    int prefix,
    int scenarios,
    int repetitions,
    boolean modelHasValueEquality) {}
