package dev.modelof.guide.handles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// [handles-impl]
/**
 * Files in memory, used through descriptors: open a path, then write, read and close through the
 * descriptor it returned. A closed descriptor stays invalid for good, even once its slot in the
 * table serves another file: a descriptor is the slot and the slot's generation, which closing
 * moves on.
 */
public class MemoryFileSystem {
  private final Map<String, StringBuilder> files = new HashMap<>();
  /** By slot: the open file's path, null when the slot is free. */
  protected final List<String> paths = new ArrayList<>();
  /** By slot: how many times it was closed. */
  protected final List<Integer> generations = new ArrayList<>();

  public int open(String path) {
    files.computeIfAbsent(path, p -> new StringBuilder());
    int slot = paths.indexOf(null);
    if (slot < 0) {
      slot = paths.size();
      paths.add(null);
      generations.add(0);
    }
    paths.set(slot, path);
    return generations.get(slot) << 16 | slot;
  }

  public void write(int fd, String text) {
    files.get(paths.get(slot(fd))).append(text);
  }

  public String read(int fd) {
    return files.get(paths.get(slot(fd))).toString();
  }

  public void close(int fd) {
    int slot = slot(fd);
    paths.set(slot, null);
    generations.set(slot, generations.get(slot) + 1);
  }

  /** The slot of an open descriptor; throws for one that is closed or was never opened. */
  protected int slot(int fd) {
    int slot = fd & 0xFFFF;
    if (slot >= paths.size() || paths.get(slot) == null || generations.get(slot) != fd >>> 16) {
      throw new IllegalStateException("bad descriptor " + fd);
    }
    return slot;
  }
}
// [/handles-impl]
