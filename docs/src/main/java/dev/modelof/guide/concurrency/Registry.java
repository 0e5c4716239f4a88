package dev.modelof.guide.concurrency;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

// [registry]
/** Who owns which name: a ConcurrentHashMap, whose single-key operations are atomic. */
public class Registry {
  private final ConcurrentHashMap<String, String> owners = new ConcurrentHashMap<>();

  /** Registers {@code name} to {@code owner} unless it is taken: the owner it already had, if any. */
  public Optional<String> register(String name, String owner) {
    return Optional.ofNullable(owners.putIfAbsent(name, owner));
  }

  public Optional<String> owner(String name) {
    return Optional.ofNullable(owners.get(name));
  }

  /** Frees {@code name} if {@code owner} holds it: whether it did. */
  public boolean release(String name, String owner) {
    return owners.remove(name, owner);
  }

  /** How many names are taken: an estimate while other threads register or release. */
  public int size() {
    return owners.size();
  }
}
// [/registry]
