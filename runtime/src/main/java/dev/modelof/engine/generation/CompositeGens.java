package dev.modelof.engine.generation;

import dev.modelof.Gen;
import dev.modelof.Literal;
import dev.modelof.Source;
import dev.modelof.engine.ValueText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The generators of values made of other values: Optionals, lists, sets, maps, arrays and records.
 * Parts are drawn with {@link Source#draw}, so they join (and come from) the pools of their own
 * generators: a key in a generated map is one a later {@code get(int key)} may ask for. Sizes start
 * small and grow with {@link Source#size()}; shrinking removes parts first, then shrinks each part
 * with its own generator. Every one writes its values as Java source ({@link Literal}).
 */
public final class CompositeGens {
  private CompositeGens() {}

  /** How many elements to draw: {@code [min, min + 1]} at first, up to {@code max} as size grows. */
  static int length(Source source, int min, int max) {
    int longest = (int) Math.min(max, (long) min + 1 + source.size() / 5);
    return (int) source.between(min, Math.max(min, longest));
  }

  /** Shorter versions of {@code values}, simplest first: the shortest prefix, halves, one element fewer. */
  static <T> List<List<T>> shorter(List<T> values, int min) {
    Set<List<T>> out = new LinkedHashSet<>();
    int n = values.size();
    if (n > min) {
      out.add(values.subList(0, min));
      int half = Math.max(min, n / 2);
      out.add(values.subList(0, half));
      out.add(values.subList(n - half, n));
      for (int i = 0; i < n; i++) {
        List<T> fewer = new ArrayList<>(values);
        fewer.remove(i);
        out.add(fewer);
      }
    }
    out.remove(values);
    return new ArrayList<>(out);
  }

  /** {@code values} with one element replaced by each of its shrinks, element by element. */
  @SuppressWarnings("unchecked") // elements came from element
  static <T> List<List<T>> elementwise(List<T> values, Gen<T> element) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      for (T simpler : element.shrink(values.get(i))) {
        List<T> copy = new ArrayList<>(values);
        copy.set(i, simpler);
        out.add(copy);
      }
    }
    return out;
  }

  static String join(Literal.Writer java, List<?> values, Gen<?> gen) {
    List<String> out = new ArrayList<>();
    for (Object value : values) {
      String literal = java.literal(value, gen);
      if (literal == null) {
        return null;
      }
      out.add(literal);
    }
    return String.join(", ", out);
  }

  /**
   * {@code null} or a value of {@code value}, for a parameter declared {@code @Nullable}: null one
   * time in ten, at every size, since a bug with null needs no large state; shrinks to null first,
   * then as {@code value} does.
   */
  public record Nullables<T>(Gen<T> value) implements Gen<T>, Literal<T>, Composite<T> {
    /** How often a draw is null. */
    static final double NULL_CHANCE = 0.1;

    @Override
    public List<?> parts(T nullable) {
      return nullable == null ? List.of() : List.of(nullable);
    }

    @Override
    public Gen<?> partGen(T nullable, int index) {
      return value;
    }

    @Override
    @SuppressWarnings("unchecked") // the part came from value
    public T withPart(T nullable, int index, Object part) {
      return (T) part;
    }

    @Override
    public T generate(Source source) {
      return source.chance(NULL_CHANCE) ? null : source.draw(value);
    }

    @Override
    public List<T> shrink(T nullable) {
      if (nullable == null) {
        return List.of();
      }
      List<T> out = new ArrayList<>();
      out.add(null);
      out.addAll(value.shrink(nullable));
      return out;
    }

    @Override
    public String literal(T nullable, Literal.Writer java) {
      return nullable == null ? "null" : java.literal(nullable, value);
    }
  }

  public record Optionals<T>(Gen<T> value) implements Gen<Optional<T>>, Literal<Optional<T>>, Composite<Optional<T>> {
    @Override
    public List<?> parts(Optional<T> optional) {
      return optional.stream().toList();
    }

    @Override
    public Gen<?> partGen(Optional<T> optional, int index) {
      return value;
    }

    @Override
    @SuppressWarnings("unchecked") // the part came from value
    public Optional<T> withPart(Optional<T> optional, int index, Object part) {
      return Optional.of((T) part);
    }

    @Override
    public Optional<T> generate(Source source) {
      // empty half of the time at first, one time in six at full size
      return source.chance(0.5 - 0.33 * source.size() / 100) ? Optional.empty() : Optional.of(source.draw(value));
    }

    @Override
    public List<Optional<T>> shrink(Optional<T> optional) {
      if (optional.isEmpty()) {
        return List.of();
      }
      List<Optional<T>> out = new ArrayList<>();
      out.add(Optional.empty());
      value.shrink(optional.get()).forEach(v -> out.add(Optional.of(v)));
      return out;
    }

    @Override
    public String literal(Optional<T> optional, Literal.Writer java) {
      if (optional.isEmpty()) {
        return java.type(Optional.class) + ".empty()";
      }
      String inner = java.literal(optional.get(), value);
      return inner == null ? null : java.type(Optional.class) + ".of(" + inner + ")";
    }
  }

  public record Lists<T>(Gen<T> element, int min, int max) implements Gen<List<T>>, Literal<List<T>>, Composite<List<T>> {
    @Override
    public List<?> parts(List<T> values) {
      return values;
    }

    @Override
    public Gen<?> partGen(List<T> values, int index) {
      return element;
    }

    @Override
    @SuppressWarnings("unchecked") // the part came from element
    public List<T> withPart(List<T> values, int index, Object part) {
      List<T> copy = new ArrayList<>(values);
      copy.set(index, (T) part);
      return Collections.unmodifiableList(copy);
    }

    @Override
    public List<T> generate(Source source) {
      int length = length(source, min, max);
      List<T> out = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        out.add(source.draw(element));
      }
      return Collections.unmodifiableList(out);
    }

    @Override
    public List<List<T>> shrink(List<T> values) {
      List<List<T>> out = new ArrayList<>(shorter(values, min));
      out.addAll(elementwise(values, element));
      return out.stream().map(Collections::unmodifiableList).toList();
    }

    @Override
    public String literal(List<T> values, Literal.Writer java) {
      String items = join(java, values, element);
      return items == null ? null : java.type(List.class) + ".of(" + items + ")";
    }
  }

  public record Sets<T>(Gen<T> element, int min, int max) implements Gen<Set<T>>, Literal<Set<T>>, Composite<Set<T>> {
    @Override
    public List<?> parts(Set<T> values) {
      return new ArrayList<>(values);
    }

    @Override
    public Gen<?> partGen(Set<T> values, int index) {
      return element;
    }

    @Override
    @SuppressWarnings("unchecked") // the part came from element
    public Set<T> withPart(Set<T> values, int index, Object part) {
      List<T> elements = new ArrayList<>(values);
      elements.set(index, (T) part);
      Set<T> out = new LinkedHashSet<>(elements);
      return out.size() < values.size() ? null : Collections.unmodifiableSet(out);
    }

    @Override
    public Set<T> generate(Source source) {
      int length = length(source, min, max);
      Set<T> out = new LinkedHashSet<>();
      // a few draws more than needed: reused and small values collide
      for (int draw = 0; out.size() < length && draw < 4 * length + 8; draw++) {
        out.add(draw < 2 * length ? source.draw(element) : source.fresh(element));
      }
      return Collections.unmodifiableSet(out);
    }

    @Override
    public List<Set<T>> shrink(Set<T> values) {
      List<T> elements = new ArrayList<>(values);
      List<List<T>> candidates = new ArrayList<>(shorter(elements, min));
      candidates.addAll(elementwise(elements, element));
      Set<Set<T>> out = new LinkedHashSet<>();
      for (List<T> candidate : candidates) {
        Set<T> set = new LinkedHashSet<>(candidate);
        if (set.size() >= min && !set.equals(values)) {
          out.add(Collections.unmodifiableSet(set));
        }
      }
      return new ArrayList<>(out);
    }

    @Override
    public String literal(Set<T> values, Literal.Writer java) {
      String items = join(java, new ArrayList<>(values), element);
      return items == null ? null : java.type(Set.class) + ".of(" + items + ")";
    }
  }

  public record Maps<K, V>(Gen<K> key, Gen<V> value, int min, int max)
      implements Gen<Map<K, V>>, Literal<Map<K, V>>, Composite<Map<K, V>> {
    /** The keys, then the values, in entry order. */
    @Override
    public List<?> parts(Map<K, V> map) {
      List<Object> out = new ArrayList<>(map.keySet());
      out.addAll(map.values());
      return out;
    }

    @Override
    public Gen<?> partGen(Map<K, V> map, int index) {
      return index < map.size() ? key : value;
    }

    @Override
    @SuppressWarnings("unchecked") // the part came from key or value
    public Map<K, V> withPart(Map<K, V> map, int index, Object part) {
      List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
      int n = entries.size();
      Map.Entry<K, V> entry = entries.get(index % n);
      if (index < n && !part.equals(entry.getKey()) && map.containsKey(part)) {
        return null;
      }
      entries.set(index % n, index < n ? Map.entry((K) part, entry.getValue()) : Map.entry(entry.getKey(), (V) part));
      return mapOf(entries);
    }

    @Override
    public Map<K, V> generate(Source source) {
      int length = length(source, min, max);
      Map<K, V> out = new LinkedHashMap<>();
      for (int draw = 0; out.size() < length && draw < 4 * length + 8; draw++) {
        K k = draw < 2 * length ? source.draw(key) : source.fresh(key);
        if (!out.containsKey(k)) {
          out.put(k, source.draw(value));
        }
      }
      return Collections.unmodifiableMap(out);
    }

    @Override
    public List<Map<K, V>> shrink(Map<K, V> map) {
      List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
      List<Map<K, V>> out = new ArrayList<>();
      for (List<Map.Entry<K, V>> fewer : shorter(entries, min)) {
        out.add(mapOf(fewer));
      }
      for (int i = 0; i < entries.size(); i++) {
        Map.Entry<K, V> entry = entries.get(i);
        for (K k : key.shrink(entry.getKey())) {
          if (!map.containsKey(k)) {
            List<Map.Entry<K, V>> copy = new ArrayList<>(entries);
            copy.set(i, Map.entry(k, entry.getValue()));
            out.add(mapOf(copy));
          }
        }
        for (V v : value.shrink(entry.getValue())) {
          List<Map.Entry<K, V>> copy = new ArrayList<>(entries);
          copy.set(i, Map.entry(entry.getKey(), v));
          out.add(mapOf(copy));
        }
      }
      return out;
    }

    private static <K, V> Map<K, V> mapOf(List<Map.Entry<K, V>> entries) {
      Map<K, V> out = new LinkedHashMap<>();
      entries.forEach(e -> out.put(e.getKey(), e.getValue()));
      return Collections.unmodifiableMap(out);
    }

    @Override
    public String literal(Map<K, V> map, Literal.Writer java) {
      List<String> entries = new ArrayList<>();
      boolean small = map.size() <= 10;
      for (Map.Entry<K, V> entry : map.entrySet()) {
        String k = java.literal(entry.getKey(), key);
        String v = java.literal(entry.getValue(), value);
        if (k == null || v == null) {
          return null;
        }
        entries.add(small ? k + ", " + v : java.type(Map.class) + ".entry(" + k + ", " + v + ")");
      }
      return java.type(Map.class) + (small ? ".of(" : ".ofEntries(") + String.join(", ", entries) + ")";
    }
  }

  /** The primitive array types, and how to go between an array and a list of its boxed elements. */
  public enum Primitive {
    BOOLEAN("boolean") {
      @Override
      Object array(List<?> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Boolean) values.get(i);
        }
        return out;
      }
    },
    BYTE("byte") {
      @Override
      Object array(List<?> values) {
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Byte) values.get(i);
        }
        return out;
      }
    },
    SHORT("short") {
      @Override
      Object array(List<?> values) {
        short[] out = new short[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Short) values.get(i);
        }
        return out;
      }
    },
    CHAR("char") {
      @Override
      Object array(List<?> values) {
        char[] out = new char[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Character) values.get(i);
        }
        return out;
      }
    },
    INT("int") {
      @Override
      Object array(List<?> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Integer) values.get(i);
        }
        return out;
      }
    },
    LONG("long") {
      @Override
      Object array(List<?> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Long) values.get(i);
        }
        return out;
      }
    },
    FLOAT("float") {
      @Override
      Object array(List<?> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Float) values.get(i);
        }
        return out;
      }
    },
    DOUBLE("double") {
      @Override
      Object array(List<?> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Double) values.get(i);
        }
        return out;
      }
    };

    private final String keyword;

    Primitive(String keyword) {
      this.keyword = keyword;
    }

    /** A new array of this type holding {@code values}, unboxed. */
    abstract Object array(List<?> values);
  }

  /** Arrays of a primitive type {@code A} ({@code int[]}, ...), generated and shrunk as lists. */
  public record PrimitiveArrays<A>(Lists<?> elements, Primitive type) implements Gen<A>, Literal<A>, Composite<A> {
    @Override
    public List<?> parts(A array) {
      return ValueText.arrayElements(array);
    }

    @Override
    public Gen<?> partGen(A array, int index) {
      return elements.element();
    }

    @Override
    @SuppressWarnings("unchecked") // type makes arrays of A
    public A withPart(A array, int index, Object part) {
      List<Object> copy = ValueText.arrayElements(array);
      copy.set(index, part);
      return (A) type.array(copy);
    }

    @Override
    @SuppressWarnings("unchecked") // type makes arrays of A
    public A generate(Source source) {
      return (A) type.array(elements.generate(source));
    }

    @Override
    @SuppressWarnings("unchecked") // type makes arrays of A; the elements came from elements
    public List<A> shrink(A array) {
      List<A> out = new ArrayList<>();
      for (List<?> shorter : ((Lists<Object>) elements).shrink((List<Object>) (List<?>) ValueText.arrayElements(array))) {
        out.add((A) type.array(shorter));
      }
      return out;
    }

    @Override
    public String literal(A array, Literal.Writer java) {
      String items = join(java, ValueText.arrayElements(array), elements.element());
      return items == null ? null : "new " + type.keyword + "[] {" + items + "}";
    }
  }

  /**
   * Arrays of objects, generated and shrunk as lists. Equal when their elements, bounds and
   * component type are, whatever {@code newArray} function made them.
   */
  public record ObjectArrays<T>(Lists<T> elements, Class<?> componentType, IntFunction<T[]> newArray)
      implements Gen<T[]>, Literal<T[]>, Composite<T[]> {
    @Override
    public List<?> parts(T[] array) {
      return List.of(array);
    }

    @Override
    public Gen<?> partGen(T[] array, int index) {
      return elements.element();
    }

    @Override
    @SuppressWarnings("unchecked") // the part came from the element generator
    public T[] withPart(T[] array, int index, Object part) {
      T[] copy = array.clone();
      copy[index] = (T) part;
      return copy;
    }

    public ObjectArrays(Lists<T> elements, IntFunction<T[]> newArray) {
      this(elements, newArray.apply(0).getClass().getComponentType(), newArray);
    }

    @Override
    public T[] generate(Source source) {
      return elements.generate(source).toArray(newArray);
    }

    @Override
    public List<T[]> shrink(T[] array) {
      List<T[]> out = new ArrayList<>();
      for (List<T> shorter : elements.shrink(List.of(array))) {
        out.add(shorter.toArray(newArray));
      }
      return out;
    }

    @Override
    public String literal(T[] array, Literal.Writer java) {
      String items = join(java, List.of(array), elements.element());
      String component = componentType.getCanonicalName();
      return items == null || component == null ? null : "new " + java.type(component) + "[] {" + items + "}";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ObjectArrays<?> that && elements.equals(that.elements)
          && componentType.equals(that.componentType);
    }

    @Override
    public int hashCode() {
      return Objects.hash(elements, componentType);
    }

    @Override
    public String toString() {
      return "ObjectArrays[elements=" + elements + ", componentType=" + componentType.getName() + "]";
    }
  }

  /**
   * ValueText built from components, each drawn from its own generator: records, by their canonical
   * constructor ({@code build}) and accessors ({@code parts}). Shrinks component by component.
   * Equal, and so sharing a pool, when type and component generators are; with no type, only when
   * built by the same functions.
   *
   * @param type canonical name of the record, to write {@code new Point(1, 2)}; null for no literal
   */
  public record Records<T>(String type, List<Gen<?>> components, Function<List<Object>, T> build,
      Function<T, List<Object>> parts) implements Gen<T>, Literal<T>, Composite<T> {
    /** Draws before giving up on a record whose constructor rejects what was drawn. */
    private static final int ATTEMPTS = 100;

    @Override
    public List<?> parts(T value) {
      return parts.apply(value);
    }

    @Override
    public Gen<?> partGen(T value, int index) {
      return components.get(index);
    }

    @Override
    public T withPart(T value, int index, Object part) {
      List<Object> copy = new ArrayList<>(parts.apply(value));
      copy.set(index, part);
      try {
        return build.apply(copy);
      } catch (RuntimeException e) {
        return null;
      }
    }

    @Override
    public T generate(Source source) {
      RuntimeException rejected = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        List<Object> values = new ArrayList<>(components.size());
        for (Gen<?> component : components) {
          values.add(source.draw(component));
        }
        try {
          return build.apply(values);
        } catch (RuntimeException e) {
          rejected = e;
        }
      }
      throw new IllegalStateException("The constructor of " + (type == null ? "a record" : type)
          + " rejected " + ATTEMPTS + " draws of its components in a row; give them a @Range or @From that it accepts",
          rejected);
    }

    @Override
    @SuppressWarnings("unchecked") // part i came from components.get(i)
    public List<T> shrink(T value) {
      List<Object> values = parts.apply(value);
      List<T> out = new ArrayList<>();
      for (int i = 0; i < components.size(); i++) {
        for (Object simpler : ((Gen<Object>) components.get(i)).shrink(values.get(i))) {
          List<Object> copy = new ArrayList<>(values);
          copy.set(i, simpler);
          try {
            out.add(build.apply(copy));
          } catch (RuntimeException e) {
            // the constructor rejects this combination: not a candidate
          }
        }
      }
      return out;
    }

    @Override
    public String literal(T value, Literal.Writer java) {
      if (type == null) {
        return null;
      }
      List<Object> values = parts.apply(value);
      List<String> args = new ArrayList<>();
      for (int i = 0; i < components.size(); i++) {
        String literal = java.literal(values.get(i), components.get(i));
        if (literal == null) {
          return null;
        }
        args.add(literal);
      }
      boolean generic = type.endsWith("<>");
      String name = java.type(generic ? type.substring(0, type.length() - 2) : type);
      return "new " + name + (generic ? "<>(" : "(") + String.join(", ", args) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Records<?> that && components.equals(that.components)
          && (type == null ? that.type == null && build == that.build && parts == that.parts : type.equals(that.type));
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, components);
    }

    @Override
    public String toString() {
      return "Records[type=" + type + ", components=" + components + "]";
    }
  }
}
