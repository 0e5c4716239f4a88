/**
 * The description of a valid spec: immutable records holding names and JavaPoet types only, the
 * single input of the writers.
 */
package dev.modelof.processor.model;
