/**
 * Writes the generated sources of a spec with JavaPoet, from its description alone: the writers
 * never see a {@code javax.lang.model} element.
 */
package dev.modelof.processor.writing;
