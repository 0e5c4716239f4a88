package dev.modelof.example.store;

public record Session(String user) {}
