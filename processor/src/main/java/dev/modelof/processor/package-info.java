/**
 * The modelof annotation processor. The pipeline runs one way, one package per stage: {@code
 * validation} reads a spec, {@code model} describes it, {@code writing} turns the description
 * into source.
 */
package dev.modelof.processor;
