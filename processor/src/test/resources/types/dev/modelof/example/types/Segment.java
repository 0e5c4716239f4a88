package dev.modelof.example.types;

/** A record of records. */
public record Segment(Point from, Point to) {}
