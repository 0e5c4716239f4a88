package dev.modelof.example.store;

public enum Kind {
  APPLE,
  PEAR
}
