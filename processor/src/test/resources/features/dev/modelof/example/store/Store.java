package dev.modelof.example.store;

import java.util.EnumMap;
import java.util.Map;

public class Store {
  private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
  private String name;

  public Store(int shelves, String name) {
    this.name = name;
  }

  public Session open(String user) {
    return new Session(user);
  }

  public void close(Session session) {}

  public boolean add(Session session, Kind kind, long amount) {
    counts.merge(kind, amount, Long::sum);
    return true;
  }

  public int[] counts() {
    return counts.values().stream().mapToInt(Long::intValue).toArray();
  }

  public String[] names() {
    return new String[] {name};
  }

  public char first(char from) {
    return from;
  }

  public double ratio(double weight, float scale, boolean exact, short small, long big, byte tiny, Integer boxed) {
    return weight;
  }

  public void take(long amount) {}

  public void setName(String name) {
    this.name = name;
  }

  public void tag(String... tags) {}

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
