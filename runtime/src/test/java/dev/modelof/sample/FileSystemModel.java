package dev.modelof.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of {@link MemoryFs}: files by name, and a list of open handles that never reuses a number. */
public final class FileSystemModel {
  private final Map<String, StringBuilder> files = new HashMap<>();
  private final List<String> handles = new ArrayList<>();
  private final List<Boolean> open = new ArrayList<>();

  public int open(String name) {
    files.computeIfAbsent(name, n -> new StringBuilder());
    handles.add(name);
    open.add(true);
    return 1000 + handles.size() - 1;
  }

  public void write(int fd, String text) {
    file(fd).append(text);
  }

  public String read(int fd) {
    return file(fd).toString();
  }

  public void close(int fd) {
    file(fd);
    open.set(fd - 1000, false);
  }

  private StringBuilder file(int fd) {
    if (!open.get(fd - 1000)) {
      throw new IllegalStateException("closed");
    }
    return files.get(handles.get(fd - 1000));
  }
}
