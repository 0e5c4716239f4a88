package dev.modelof.example.types;

public enum Color {
  RED,
  GREEN
}
