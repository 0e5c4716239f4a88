package dev.modelof.sample;

/**
 * Known bug: a new descriptor is the number of open files, which is still in use once an earlier
 * file was closed; opening then takes over the descriptor of a file that is still open.
 */
public final class FdReuseFs extends MemoryFs {
  @Override
  protected int nextDescriptor() {
    return open.size();
  }
}
