package dev.modelof.engine;

import dev.modelof.Gen;
import dev.modelof.Literal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes values and type names as Java source for a regression test, collecting the imports they
 * need.
 */
public final class JavaWriter implements Literal.Writer {
  /** The most bytes javac allows a string constant, counted in the class file's modified UTF-8. */
  static final int LONGEST_CONSTANT = 65_535;

  private final Set<String> imports = new TreeSet<>();
  private final Set<String> staticImports = new TreeSet<>();
  private final Map<String, String> simpleNames = new HashMap<>();

  /** The name to write for the class {@code canonicalName}, imported unless its simple name is taken. */
  @Override
  public String type(String canonicalName) {
    int dot = canonicalName.lastIndexOf('.');
    String simple = canonicalName.substring(dot + 1);
    String owner = simpleNames.putIfAbsent(simple, canonicalName);
    if (owner != null && !owner.equals(canonicalName)) {
      return canonicalName;
    }
    boolean javaLang = canonicalName.startsWith("java.lang.") && dot == "java.lang".length();
    if (!javaLang && dot > 0) {
      imports.add(canonicalName);
    }
    return simple;
  }

  /** The simple name of a static method, imported statically. */
  public String staticMethod(String owner, String method) {
    staticImports.add(owner + "." + method);
    return method;
  }

  /** The imports used so far, as source lines, static ones last. */
  public List<String> importLines() {
    List<String> lines = new ArrayList<>();
    imports.forEach(name -> lines.add("import " + name + ";"));
    staticImports.forEach(name -> lines.add("import static " + name + ";"));
    return lines;
  }

  @Override
  @SuppressWarnings("unchecked") // gen generated value
  public String literal(Object value, Gen<?> gen) {
    if (value != null && gen instanceof Literal<?> writes) {
      String literal = ((Literal<Object>) writes).literal(value, this);
      if (literal != null) {
        return literal;
      }
    }
    return literal(value);
  }

  /** {@code value} as a Java expression that equals it, or null when it has none. */
  @Override
  public String literal(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Integer || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Long) {
      return value + "L";
    }
    if (value instanceof Short) {
      return "(short) " + value;
    }
    if (value instanceof Byte) {
      return "(byte) " + value;
    }
    if (value instanceof Character c) {
      return "'" + escape(c, '\'') + "'";
    }
    if (value instanceof Double d) {
      return floating(d, "Double", "");
    }
    if (value instanceof Float f) {
      return floating(f.doubleValue(), "Float", "f");
    }
    if (value instanceof String s) {
      return fitsAConstant(s) ? quoted(s) : null;
    }
    if (value instanceof Enum<?> e) {
      String owner = e.getDeclaringClass().getCanonicalName();
      return owner == null ? null : type(owner) + "." + e.name();
    }
    if (value instanceof Optional<?> o) {
      if (o.isEmpty()) {
        return type("java.util.Optional") + ".empty()";
      }
      String inner = literal(o.get());
      return inner == null ? null : type("java.util.Optional") + ".of(" + inner + ")";
    }
    if (value instanceof List<?> list) {
      return collection("java.util.List", list);
    }
    if (value instanceof Set<?> set) {
      return collection("java.util.Set", set);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map);
    }
    if (value.getClass().isArray()) {
      return array(value);
    }
    return null;
  }

  private String collection(String type, Collection<?> values) {
    List<String> items = new ArrayList<>();
    for (Object item : values) {
      String literal = item == null ? null : literal(item);
      if (literal == null) {
        return null;
      }
      items.add(literal);
    }
    return type(type) + ".of(" + String.join(", ", items) + ")";
  }

  private String map(Map<?, ?> map) {
    List<String> entries = new ArrayList<>();
    boolean small = map.size() <= 10;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = entry.getKey() == null ? null : literal(entry.getKey());
      String value = entry.getValue() == null ? null : literal(entry.getValue());
      if (key == null || value == null) {
        return null;
      }
      entries.add(small ? key + ", " + value : type("java.util.Map") + ".entry(" + key + ", " + value + ")");
    }
    return type("java.util.Map") + (small ? ".of(" : ".ofEntries(") + String.join(", ", entries) + ")";
  }

  private String array(Object array) {
    Class<?> component = array.getClass().getComponentType();
    String componentName = component.isPrimitive() ? component.getName() : component.getCanonicalName();
    List<Object> elements = ValueText.arrayElements(array);
    if (componentName == null || component.isArray() || elements == null) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (Object element : elements) {
      String literal = literal(element);
      if (literal == null) {
        return null;
      }
      items.add(literal);
    }
    String name = component.isPrimitive() ? componentName : type(componentName);
    return "new " + name + "[] {" + String.join(", ", items) + "}";
  }

  /** {@code text} as a string literal, however long. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars().forEach(c -> out.append(escape((char) c, '"')));
    return out.append('"').toString();
  }

  /** Whether javac can compile {@code text} as one constant: a longer one is "constant string too long". */
  static boolean fitsAConstant(String text) {
    if (text.length() * 3L <= LONGEST_CONSTANT) {
      return true;
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes <= LONGEST_CONSTANT;
  }

  private static String floating(double value, String box, String suffix) {
    if (Double.isNaN(value)) {
      return box + ".NaN";
    }
    if (Double.isInfinite(value)) {
      return box + (value > 0 ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
    }
    String text = suffix.isEmpty() ? Double.toString(value) : Float.toString((float) value);
    return text + suffix;
  }

  private static String escape(char c, char quote) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      case '\\':
        return "\\\\";
      default:
        if (c == quote) {
          return "\\" + c;
        }
        if (c < 0x20 || c > 0x7e) {
          return String.format("\\u%04x", (int) c);
        }
        return String.valueOf(c);
    }
  }
}
