package dev.modelof.sample;

import java.util.HashMap;
import java.util.Map;

/** An in-memory file system: open a file by name for a descriptor, then write, read and close it. */
public class MemoryFs {
  protected final Map<String, StringBuilder> files = new HashMap<>();
  protected final Map<Integer, String> open = new HashMap<>();
  private int next;

  public int open(String name) {
    files.computeIfAbsent(name, n -> new StringBuilder());
    int fd = nextDescriptor();
    open.put(fd, name);
    return fd;
  }

  protected int nextDescriptor() {
    return next++;
  }

  public void write(int fd, String text) {
    file(fd).append(text);
  }

  public String read(int fd) {
    return file(fd).toString();
  }

  public void close(int fd) {
    if (open.remove(fd) == null) {
      throw new IllegalStateException("not open: " + fd);
    }
  }

  private StringBuilder file(int fd) {
    String name = open.get(fd);
    if (name == null) {
      throw new IllegalStateException("not open: " + fd);
    }
    return files.get(name);
  }
}
