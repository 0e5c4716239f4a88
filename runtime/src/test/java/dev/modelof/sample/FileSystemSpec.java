package dev.modelof.sample;

/**
 * Stands for the spec of an in-memory file system in reports: {@code @Ref int open(String name)},
 * then {@code write}, {@code read} and {@code close} on the handle it returned. {@link
 * FileSystemMachine} is what the processor would write for it.
 */
public interface FileSystemSpec {
  static FileSystemModel model() {
    return new FileSystemModel();
  }
}
