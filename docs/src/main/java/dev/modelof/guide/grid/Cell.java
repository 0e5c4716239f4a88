package dev.modelof.guide.grid;

// [grid-records]
/** A cell of the grid. */
public record Cell(int x, int y) {}
// [/grid-records]
