/**
 * What generated {@code <Spec>Machine}s call: the {@link dev.modelof.internal.Machine} contract
 * they implement and the descriptors they build, specially tailored to support generated code.
 *
 * <p>Not for use from outside modelof's generated code. The processor and the runtime are
 * released together, and anything here may change in any release, without notice and without
 * compatibility: a spec never needs to import it.
 */
package dev.modelof.internal;
