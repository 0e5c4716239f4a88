package dev.modelof.example.types;

public record Point(int x, int y) {}
