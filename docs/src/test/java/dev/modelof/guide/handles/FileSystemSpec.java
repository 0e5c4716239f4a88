package dev.modelof.guide.handles;

import dev.modelof.ModelOf;
import dev.modelof.Ref;

// [handles-spec]
@ModelOf(MemoryFileSystem.class)
public interface FileSystemSpec {
  static FileSystemModel model() {
    return new FileSystemModel();
  }

  @Ref // a descriptor: kept for later steps, each side its own, never compared
  int open(String path);

  void write(int fd, String text); // every int parameter receives a descriptor open returned

  String read(int fd);

  void close(int fd);
}
// [/handles-spec]
