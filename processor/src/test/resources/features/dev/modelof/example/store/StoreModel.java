package dev.modelof.example.store;

import java.util.EnumMap;
import java.util.Map;

final class StoreModel implements StoreSpec {
  private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
  private String name;

  StoreModel(int shelves, String name) {
    this.name = name;
  }

  @Override
  public Session open(String user) {
    return new Session(user);
  }

  @Override
  public void close(Session session) {}

  @Override
  public boolean add(Session session, Kind kind, long amount) {
    counts.merge(kind, amount, Long::sum);
    return true;
  }

  @Override
  public int[] counts() {
    return counts.values().stream().mapToInt(Long::intValue).toArray();
  }

  @Override
  public String[] names() {
    return new String[] {name};
  }

  @Override
  public char first(char from) {
    return from;
  }

  @Override
  public double ratio(double weight, float scale, boolean exact, short small, long big, byte tiny, Integer boxed) {
    return weight;
  }

  @Override
  public void take(int amount) {}

  @Override
  public void rename(String name) {
    this.name = name;
  }

  @Override
  public void tag(String[] tags) {}

  boolean canAdd(Session session, Kind kind, long amount) {
    return session != null && amount != 0;
  }

  boolean hasItems() {
    return total() > 0;
  }

  long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
