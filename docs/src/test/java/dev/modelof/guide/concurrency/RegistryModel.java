package dev.modelof.guide.concurrency;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The model of {@link Registry}: a plain map. */
final class RegistryModel implements RegistrySpec {
  private final Map<String, String> owners = new HashMap<>();

  public Optional<String> register(String name, String owner) {
    return Optional.ofNullable(owners.putIfAbsent(name, owner));
  }

  public Optional<String> owner(String name) {
    return Optional.ofNullable(owners.get(name));
  }

  public boolean release(String name, String owner) {
    return owners.remove(name, owner);
  }

  public int size() {
    return owners.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistryModel that && owners.equals(that.owners);
  }

  @Override
  public int hashCode() {
    return owners.hashCode();
  }
}
