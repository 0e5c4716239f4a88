package dev.modelof.engine.concurrent;

/**
 * One call of a scenario: its operation and an id that stays with it while shrinking moves it
 * about, so that the handles ({@link dev.modelof.Handle#step()}) of later calls still name it.
 */
record Call<O>(int id, O op) {}
