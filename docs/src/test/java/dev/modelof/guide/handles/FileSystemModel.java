package dev.modelof.guide.handles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// [handles-model]
final class FileSystemModel implements FileSystemSpec {
  private final Map<String, StringBuilder> files = new HashMap<>();
  private final List<String> descriptors = new ArrayList<>(); // by descriptor: its path, null once closed

  public int open(String path) {
    files.computeIfAbsent(path, p -> new StringBuilder());
    descriptors.add(path);
    return descriptors.size() - 1; // a new number every time: nothing to mix up
  }

  public void write(int fd, String text) { file(fd).append(text); }

  public String read(int fd) { return file(fd).toString(); }

  public void close(int fd) {
    file(fd);
    descriptors.set(fd, null);
  }

  private StringBuilder file(int fd) {
    String path = descriptors.get(fd);
    if (path == null) {
      throw new IllegalStateException("closed: " + fd);
    }
    return files.get(path);
  }
}
// [/handles-model]
