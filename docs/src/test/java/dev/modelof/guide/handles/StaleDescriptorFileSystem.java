package dev.modelof.guide.handles;

// [handles-bug]
/** The bug: a descriptor is checked by its slot alone, so a closed one reaches the slot's next file. */
public class StaleDescriptorFileSystem extends MemoryFileSystem {
  @Override
  protected int slot(int fd) {
    int slot = fd & 0xFFFF;
    if (slot >= paths.size() || paths.get(slot) == null) {
      throw new IllegalStateException("bad descriptor " + fd);
    }
    return slot;
  }
}
// [/handles-bug]
