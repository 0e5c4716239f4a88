package dev.modelof.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a random spec with an implementation and a model that fit it, from a small grammar of the
 * shapes docs/annotations.md allows, and sometimes applies one mutation to it.
 *
 * <p>Every mutation but "model lacks an operation" keeps the user's files valid Java
 * on their own: it changes types, names, modifiers and annotations consistently in the spec, the
 * model and the implementation, so that any error javac reports comes from the processor or from
 * the code it generates. A mutated spec says whether the docs make it an error ({@link
 * Spec#mustReject}).
 */
final class RandomSpecs {
  /** One source file of a spec. */
  record SourceFile(String name, String code) {}

  /**
   * A spec and the files it needs; {@code mutation} is null for a valid spec, {@code invalidJavaIn}
   * names the one user file a mutation may leave invalid Java.
   */
  record Spec(
      int index,
      String mutation,
      boolean mustReject,
      List<SourceFile> files,
      String invalidJavaIn) {
    String source() {
      return files.stream()
          .map(f -> "// " + f.name() + ".java\n" + f.code())
          .collect(Collectors.joining("\n"));
    }
  }

  private static final List<String> TYPE_NAMES =
      List.of(
          "Color", "Kind", "Point", "Item", "Level", "Character", "Record", "Objects", "Arrays",
          "Gens", "Setup", "Handle", "Machine", "Draws", "Refs", "Duration", "Generated", "Test",
          "Settings", "Copies", "Generators", "Gen", "Source", "Put", "Add", "Value");
  private static final List<String> OPERATION_NAMES =
      List.of("add", "put", "take", "peek", "size", "clear", "push", "pop", "get", "find", "mark", "move");
  /** Operation names that may collide with the names of user types or of generated code's imports. */
  private static final List<String> COLLIDING_NAMES =
      List.of(
          "color", "point", "item", "list", "objects", "arrays", "setup", "handle", "machine",
          "character", "value", "index", "op", "gens", "optional", "map", "test", "generated");
  private static final List<String> PARAMETER_NAMES =
      List.of(
          "n", "key", "value", "x", "items", "text", "model", "impl", "op", "setup", "index",
          "refs", "args", "result", "source", "list", "color", "c", "r");
  private static final List<String> NUMBERS = List.of("int", "long", "short", "byte", "char", "double", "float");
  /** Beyond the machine's {@code throws Exception}: a factory, a constructor or an invariant may declare it. */
  private static final String THROWS_THROWABLE = " throws Throwable";

  private final Random random;
  private final int index;
  private final String pkg;
  private final String prefix;
  private final Set<String> typeNames = new LinkedHashSet<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private final List<Op> ops = new ArrayList<>();
  private final List<Factory> factories = new ArrayList<>();
  private final List<String> specExtras = new ArrayList<>();
  private final List<String> modelExtras = new ArrayList<>();
  private final List<String> implExtras = new ArrayList<>();
  private final Set<String> usedTypes = new LinkedHashSet<>();
  private String specName;
  private String outer;
  private String implName;
  private String implType;
  private boolean implGeneric;
  private String constructorThrows = "";
  private String modelName;
  private boolean specIsModelType;
  private String settings = "";
  private String mutation;
  private boolean mustReject;
  private String invalidJavaIn;
  private String genericRecord;
  private String handleType;
  private int generators;
  private int others;

  private RandomSpecs(long seed, int index) {
    this.random = new Random(seed);
    this.index = index;
    this.pkg = pick("", "p", "a.b", "p");
    this.prefix = pkg.isEmpty() ? "" : pkg + ".";
  }

  /** The spec number {@code index} of the run with {@code seed}: the same arguments give the same spec. */
  static Spec generate(long seed, int index) {
    RandomSpecs specs = new RandomSpecs(seed * 1_000_003L + index, index);
    specs.draft();
    if (specs.random.nextInt(100) < 60) {
      specs.mutate();
    }
    return specs.render();
  }

  /** A type as the spec, the model and the implementation all write it. */
  private record Ty(String src, String kind) {
    boolean primitive() {
      return Character.isLowerCase(src.charAt(0)) && !src.contains(".") && !src.endsWith("]");
    }

    boolean numeric() {
      return kind.equals("number");
    }

    boolean sized() {
      return kind.equals("String") || kind.equals("collection") || kind.equals("array");
    }

    String zero() {
      return src.equals("boolean") ? "false" : primitive() ? "0" : "null";
    }
  }

  /** A parameter: its type, name and the annotations written before it. */
  private static final class Param {
    Ty ty;
    String name;
    String annotations = "";

    Param(Ty ty, String name) {
      this.ty = ty;
      this.name = name;
    }

    Param copy() {
      Param copy = new Param(ty, name);
      copy.annotations = annotations;
      return copy;
    }

    String declare() {
      return annotations + ty.src() + " " + name;
    }
  }

  /** An operation, and how the implementation and the model declare it. */
  private static final class Op {
    String name;
    Ty result;
    List<Param> params = new ArrayList<>();
    String annotations = "";
    String typeParameters = "";
    boolean adapter;
    String implName;
    List<Param> implParams;
    Ty implResult;
    String implModifiers = "public ";
    String implThrows = "";
    boolean inImpl = true;
    boolean inModel = true;
    String requires;
    boolean requiresWithParams;

    String signature(List<Param> parameters) {
      return parameters.stream().map(Param::declare).collect(Collectors.joining(", "));
    }
  }

  /** A model factory, and whether an impl factory or a constructor builds the implementation. */
  private static final class Factory {
    String name;
    List<Param> params = new ArrayList<>();
    boolean implFactory;
    boolean constructor = true;
    String modelThrows = "";
    String implThrows = "";
  }

  private void draft() {
    specName = pick("CounterSpec", "Spec", "StoreSpec", "Objects", "QueueSpec");
    claim(specName);
    if (random.nextInt(4) == 0) {
      outer = claim(pick("Outer", "Holder", "Tests"));
    }
    implName = claim(fresh(pick("Counter", "Store", "Impl", "Machine", "Setup", "Box")));
    modelName = claim(fresh(pick("CounterModel", "Model", "Setup", "Settings", "Fake")));
    implGeneric = random.nextInt(6) == 0;
    implType = implGeneric ? implName + "<" + box("int") + ">" : implName;
    specIsModelType = random.nextInt(6) == 0;
    if (random.nextInt(3) == 0) {
      settings = pick(", tries = 5", ", steps = 3", ", seed = \"0x2A\"", ", timeout = \"2s\"", ", seed = \"42\", timeout = \"off\"");
    }
    int factoryCount = 1 + (random.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < factoryCount; i++) {
      Factory factory = new Factory();
      factory.name = i == 0 ? "model" : "small";
      int arity = i == 0 ? random.nextInt(3) : factories.get(0).params.size() + 1;
      factory.params = parameters(arity, true);
      factory.implFactory = implGeneric || random.nextInt(4) == 0;
      factory.constructor = !implGeneric && (!factory.implFactory || random.nextBoolean());
      factories.add(factory);
    }
    constructorThrows = sometimesThrowsThrowable();
    for (Factory factory : factories) {
      factory.modelThrows = sometimesThrowsThrowable();
      // an impl factory calling a constructor that throws Throwable must declare it too
      factory.implThrows = factory.implFactory ? constructorThrows.isEmpty() ? sometimesThrowsThrowable() : THROWS_THROWABLE : "";
    }
    Set<String> names = new LinkedHashSet<>();
    int count = 1 + random.nextInt(5);
    if (random.nextInt(5) == 0) {
      handleType = claim(fresh(pick("Ticket", "Session", "Node")));
      files.put(handleType, packageLine() + "public record " + handleType + "(int id) {}\n");
      Op open = new Op();
      open.name = "open";
      names.add("open");
      open.result = new Ty(handleType, "handle");
      open.annotations = "@Ref\n";
      open.params = parameters(random.nextInt(2), true);
      finish(open);
      ops.add(open);
    }
    while (ops.size() < count) {
      String name = pick(random.nextInt(5) == 0 ? COLLIDING_NAMES : OPERATION_NAMES);
      if (!names.add(name)) {
        continue;
      }
      Op op = new Op();
      op.name = name;
      op.result = random.nextInt(3) == 0 ? new Ty("void", "void") : type(1, false);
      op.params = parameters(random.nextInt(4), true);
      if (handleType != null && random.nextInt(2) == 0) {
        op.params.add(new Param(new Ty(handleType, "handle"), freshParameter(op.params)));
      }
      if (random.nextInt(5) == 0) {
        op.annotations += "@Weight(" + (1 + random.nextInt(5)) + ")\n";
      }
      if (random.nextInt(5) == 0) {
        op.requires = "can" + capitalize(name);
        op.requiresWithParams = random.nextBoolean();
        op.annotations += "@Requires(\"" + op.requires + "\")\n";
      }
      op.adapter = random.nextInt(5) == 0;
      finish(op);
      ops.add(op);
    }
    for (Op op : ops) {
      if (usedTypes.contains(capitalize(op.name)) || typeNames.contains(capitalize(op.name))) {
      }
    }
    int invariants = random.nextInt(3);
    for (int i = 0; i < invariants; i++) {
      invariant("invariant" + i, pick("boolean", "void"), pick("impl", "model", "both", "object"));
    }
    if (random.nextBoolean()) {
      specExtras.add("static int twice(int n) {\n  return 2 * n;\n}");
    }
    if (random.nextBoolean()) {
      specExtras.add("default int helper() {\n  return 0;\n}");
    }
  }

  private void finish(Op op) {
    op.implName = op.adapter ? op.name + "Directly" : op.name;
    op.implParams = op.params.stream().map(Param::copy).peek(p -> p.annotations = "").collect(Collectors.toList());
    op.implResult = op.result;
  }

  private void invariant(String name, String result, String takes) {
    String model = modelType();
    String parameters =
        switch (takes) {
          case "impl" -> implType + " impl";
          case "model" -> model + " model";
          case "both" -> model + " model, " + implType + " impl";
          default -> "Object impl";
        };
    String body = result.equals("void") ? "" : "  return true;\n";
    specExtras.add(
        "@Invariant\nstatic " + result + " " + name + "(" + parameters + ")" + sometimesThrowsThrowable() + " {\n" + body + "}");
  }

  /** {@code throws Throwable} one time in eight, nothing otherwise. */
  private String sometimesThrowsThrowable() {
    return random.nextInt(8) == 0 ? THROWS_THROWABLE : "";
  }

  private List<Param> parameters(int count, boolean annotate) {
    List<Param> params = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Param param = new Param(type(0, false), freshParameter(params));
      if (annotate) {
        annotate(param);
      }
      params.add(param);
    }
    return params;
  }

  private String freshParameter(List<Param> params) {
    while (true) {
      String name = pick(PARAMETER_NAMES);
      if (params.stream().noneMatch(p -> p.name.equals(name))) {
        return name;
      }
    }
  }

  /** Annotations that fit the parameter's type, written before it. */
  private void annotate(Param param) {
    if (param.ty.numeric() && random.nextInt(3) == 0) {
      // a char has no negative values: a range below 0 is empty
      int min = random.nextInt(20) - (param.ty.src().endsWith("har") || param.ty.src().endsWith("Character") ? 0 : 10);
      param.annotations += "@Range(min = " + min + ", max = " + (min + random.nextInt(30)) + ") ";
    }
    if (param.ty.sized() && random.nextInt(3) == 0) {
      int min = random.nextInt(3);
      param.annotations += "@Size(min = " + min + ", max = " + (min + random.nextInt(4)) + ") ";
    }
    if (random.nextInt(10) == 0) {
      param.annotations += "@Fresh ";
    }
    if (param.ty.src().equals("Integer") || param.ty.src().equals("String")) {
      if (random.nextInt(5) == 0 && param.annotations.isEmpty()) {
        param.annotations += "@From(" + generator(param.ty.src()) + ".class) ";
      }
    }
  }

  /** A user generator of {@code type} values, a class of its own. */
  private String generator(String type) {
    String name = claim("Gen" + type + (generators++));
    String value = type.equals("String") ? "\"x\"" : "0";
    files.put(
        name,
        packageLine()
            + "public final class " + name + " implements dev.modelof.Gen<" + type + "> {\n"
            + "  @Override\n"
            + "  public " + type + " generate(dev.modelof.Source source) {\n"
            + "    return " + value + ";\n"
            + "  }\n"
            + "}\n");
    return name;
  }

  /** A type modelof generates; {@code inOther}: only types a class of package other may use. */
  private Ty type(int depth, boolean inOther) {
    int choice = random.nextInt(depth > 2 ? 4 : 11);
    return switch (choice) {
      case 0 -> primitive();
      case 1 -> boxed();
      case 2 -> new Ty("String", "String");
      case 3 -> enumType(inOther);
      case 4 -> record(depth, inOther);
      case 5 -> new Ty("java.util.Optional<" + argument(depth, inOther).src() + ">", "optional");
      case 6 -> new Ty(pick("java.util.List", "java.util.Set", "java.util.Collection", "java.lang.Iterable")
          + "<" + argument(depth, inOther).src() + ">", "collection");
      case 7 -> new Ty("java.util.Map<" + argument(depth, inOther).src() + ", " + argument(depth, inOther).src() + ">", "collection");
      case 8 -> {
        // no type-use annotation on the elements: @Size before the parameter applies to them too
        Ty element = random.nextBoolean() ? primitive() : type(depth + 1, inOther);
        yield new Ty(element.src().contains("<") ? "int[]" : element.src() + "[]", "array");
      }
      case 9 -> new Ty("int[][]", "array");
      default -> genericRecord(depth, inOther);
    };
  }

  private Ty primitive() {
    return random.nextInt(8) == 0 ? new Ty("boolean", "boolean") : new Ty(pick(NUMBERS), "number");
  }

  private Ty boxed() {
    if (random.nextInt(8) == 0) {
      return new Ty(box("boolean"), "boolean");
    }
    return new Ty(box(pick(NUMBERS)), "number");
  }

  private String box(String primitive) {
    String box =
        switch (primitive) {
          case "int" -> "Integer";
          case "char" -> "Character";
          default -> capitalize(primitive);
        };
    // a user type of the spec's package may take the name, before or after this use
    return TYPE_NAMES.contains(box) ? "java.lang." + box : box;
  }

  /** A reference type for a type argument, sometimes with a type-use annotation. */
  private Ty argument(int depth, boolean inOther) {
    Ty ty = random.nextInt(3) == 0 ? type(depth + 1, inOther) : random.nextBoolean() ? boxed() : new Ty("String", "String");
    if (ty.primitive()) {
      ty = new Ty(box(ty.src()), ty.kind());
    }
    if (random.nextInt(4) == 0 && ty.numeric()) {
      return new Ty(annotateType(ty.src(), "@dev.modelof.Range(min = 0, max = 9)"), ty.kind());
    }
    if (random.nextInt(4) == 0 && ty.kind().equals("String")) {
      return new Ty(annotateType(ty.src(), "@dev.modelof.Size(max = 3)"), ty.kind());
    }
    return ty;
  }

  private static String annotateType(String src, String annotation) {
    int dot = src.lastIndexOf('.');
    return dot < 0 ? annotation + " " + src : src.substring(0, dot + 1) + annotation + " " + src.substring(dot + 1);
  }

  private Ty enumType(boolean inOther) {
    boolean other = inOther || random.nextInt(4) == 0;
    String name = other ? "Shade" + (others++) : claim(fresh(pick(TYPE_NAMES)));
    String declaration = "public enum " + name + " {\n  A,\n  B\n}\n";
    String src = declare(name, declaration, other);
    usedTypes.add(name);
    return new Ty(src, "enum");
  }

  private Ty record(int depth, boolean inOther) {
    boolean other = inOther || random.nextInt(5) == 0;
    int shape = random.nextInt(12);
    String name = other ? "Rec" + (others++) : claim(fresh(pick(TYPE_NAMES)));
    List<String> components = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      Ty ty = type(depth + 2, other);
      String annotation = "";
      if (ty.numeric() && !ty.src().contains(".") && random.nextBoolean()) {
        annotation = "@dev.modelof.Range(min = 1, max = 5) ";
      }
      components.add(annotation + ty.src() + " c" + i);
    }
    usedTypes.add(name);
    if (shape == 0 && !other) {
      // a record nested in a class of its own
      String holder = claim(fresh("Shapes"));
      files.put(
          holder,
          packageLine() + "public final class " + holder + " {\n  private " + holder + "() {}\n\n  public record "
              + name + "(" + String.join(", ", components) + ") {}\n}\n");
      usedTypes.add(holder);
      return new Ty(holder + "." + name, "record");
    }
    if (shape == 1 && !other) {
      // a record with a nested type among its components
      name = claim(fresh(pick("R", "Q", "Pt")));
      components.add(name + ".Kind kind");
      if (name.toUpperCase(Locale.ROOT).equals(name)) {
      }
      files.put(
          name,
          packageLine() + "public record " + name + "(" + String.join(", ", components) + ") {\n"
              + "  public enum Kind {\n    A,\n    B\n  }\n}\n");
      usedTypes.add(name);
      return new Ty(name, "record");
    }
    return new Ty(declare(name, "public record " + name + "(" + String.join(", ", components) + ") {}\n", other), "record");
  }

  private Ty genericRecord(int depth, boolean inOther) {
    if (inOther) {
      return boxed();
    }
    if (genericRecord == null) {
      genericRecord = claim(fresh(pick("Pair", "Duo", "Gens")));
      files.put(genericRecord, packageLine() + "public record " + genericRecord + "<A, B>(A first, B second) {}\n");
    }
    usedTypes.add(genericRecord);
    return new Ty(genericRecord + "<" + argument(depth + 1, false).src() + ", " + argument(depth + 1, false).src() + ">", "record");
  }

  /** Writes a declaration in the spec's package or in package {@code other}, and returns how to name it. */
  private String declare(String name, String declaration, boolean other) {
    if (other) {
      files.put("other." + name, "package other;\n\n" + declaration);
      return "other." + name;
    }
    files.put(name, packageLine() + declaration);
    return name;
  }

  private String packageLine() {
    return pkg.isEmpty() ? "" : "package " + pkg + ";\n\n";
  }

  private String claim(String name) {
    typeNames.add(name);
    return name;
  }

  private String fresh(String name) {
    String candidate = name;
    for (int i = 2; typeNames.contains(candidate) || candidate.equals(specName); i++) {
      candidate = name + i;
    }
    return candidate;
  }

  private String modelType() {
    return specIsModelType ? specReference() : modelName;
  }

  private String specReference() {
    return outer == null ? specName : outer + "." + specName;
  }

  // ---- mutations ----

  private void mutate() {
    List<Runnable> mutations = new ArrayList<>();
    Op op = pick(ops);
    Param param = op.params.isEmpty() ? null : pick(op.params);
    mutations.add(() -> mutation("impl lacks " + op.name, true, () -> op.inImpl = false, !op.adapter));
    String modifiers = pick("", "protected ", "private ");
    mutations.add(() -> mutation("impl method " + modifiers.strip(), modifiers.equals("private "), () -> op.implModifiers = modifiers, !op.adapter));
    mutations.add(() -> mutation("impl method static", true, () -> op.implModifiers = "public static ", !op.adapter));
    mutations.add(() -> mutation("impl method takes other types", false, () -> op.implParams.replaceAll(p -> new Param(type(0, false), p.name)), !op.adapter && param != null));
    mutations.add(() -> mutation("impl method returns another type", false, () -> op.implResult = type(1, false), true));
    mutations.add(() -> mutation("impl method throws Exception", false, () -> op.implThrows = " throws Exception", true));
    mutations.add(() -> mutation("impl method throws Throwable", false, () -> {
      op.implThrows = " throws Throwable";
    }, true));
    mutations.add(() -> mutation("no constructor", true, () -> factories.forEach(f -> f.constructor = false), factories.stream().noneMatch(f -> f.implFactory)));
    mutations.add(() -> mutation("@Range on a String", true, () -> reannotate(param, "@Range(max = 3)"), param != null && param.ty.kind().equals("String")));
    mutations.add(() -> mutation("@Size on a number", true, () -> reannotate(param, "@Size(max = 3)"), param != null && param.ty.kind().equals("number")));
    mutations.add(() -> mutation("empty @Range", true, () -> reannotate(param, "@Range(min = 5, max = 1)"), param != null && param.ty.numeric()));
    mutations.add(() -> mutation("negative @Size", true, () -> reannotate(param, "@Size(min = -1)"), param != null && param.ty.sized()));
    mutations.add(() -> mutation("empty @Size", true, () -> reannotate(param, "@Size(min = 5, max = 2)"), param != null && param.ty.sized()));
    mutations.add(() -> mutation("@Weight(0)", true, () -> op.annotations += "@Weight(0)\n", !op.annotations.contains("@Weight")));
    mutations.add(() -> mutation("@Weight on a default method", true, () -> specExtras.add("@Weight(2)\ndefault int weighed() {\n  return 0;\n}"), true));
    mutations.add(() -> mutation("@Ref on void", true, () -> op.annotations += "@Ref\n", op.result.src().equals("void")));
    mutations.add(() -> mutation("@Ref on a helper", true, () -> specExtras.add("@Ref\nstatic String label() {\n  return \"\";\n}"), true));
    mutations.add(() -> mutation("@Requires unknown", true, () -> op.annotations += "@Requires(\"nope\")\n", op.requires == null));
    mutations.add(() -> mutation("@Requires on a default method", true, () -> specExtras.add("@Requires(\"x\")\ndefault int guarded() {\n  return 0;\n}"), true));
    mutations.add(() -> mutation("@Invariant taking a String", true, () -> specExtras.add("@Invariant\nstatic boolean wrong(String s) {\n  return true;\n}"), true));
    mutations.add(() -> mutation("@Invariant not static", true, () -> specExtras.add("@Invariant\ndefault boolean wrong() {\n  return true;\n}"), true));
    mutations.add(() -> mutation("@Invariant returning Boolean", true, () -> {
      specExtras.add("@Invariant\nstatic Boolean boxed(" + implType + " impl) {\n  return true;\n}");
    }, true));
    mutations.add(() -> mutation("@From of the wrong type", true, () -> reannotate(param, "@From(" + generator("String") + ".class)"), param != null && param.ty.kind().equals("number")));
    mutations.add(() -> mutation("@Range on an adapter parameter", true, () -> op.implParams.get(0).annotations = "@Range(max = 3) ", op.adapter && param != null));
    mutations.add(() -> mutation("@Range on a handle", true, () -> reannotate(handleParam(op), "@Range(max = 3)"), handleParam(op) != null));
    mutations.add(() -> mutation("@Fresh on a handle", true, () -> handleParam(op).annotations += "@Fresh ", handleParam(op) != null));
    mutations.add(() -> mutation("tries = 0", true, () -> settings = ", tries = 0", true));
    mutations.add(() -> mutation("seed = 0xZZ", true, () -> settings = ", seed = \"0xZZ\"", true));
    mutations.add(() -> mutation("timeout = 5 seconds", true, () -> settings = ", timeout = \"5 seconds\"", true));
    mutations.add(() -> mutation("a parameter without generator", true, () -> param.ty = new Ty(pick("Object", "Runnable", "java.util.List<?>", "Number"), "object"), param != null && !param.ty.kind().equals("handle")));
    mutations.add(() -> mutation("a result without equals", true, () -> op.result = op.implResult = new Ty("StringBuilder", "object"), !op.annotations.contains("@Ref")));
    mutations.add(() -> mutation("a reserved parameter name", true, () -> param.name = "hashCode", param != null));
    mutations.add(() -> mutation("a generic operation", true, () -> op.typeParameters = "<T> ", true));
    mutations.add(() -> mutation("an operation named hashCode", false, () -> {
      op.name = op.implName = pick("hashCode", "toString");
      op.result = op.implResult = new Ty(op.name.equals("hashCode") ? "int" : "String", "object");
      op.params.clear();
      op.implParams.clear();
      op.requires = null;
      op.annotations = "";
    }, !op.adapter));
    mutations.add(() -> mutation("model lacks " + op.name, true, () -> {
      op.inModel = false;
      invalidJavaIn = prefix + modelName;
    }, !specIsModelType));
    mutations.add(() -> mutation("no model factory", true, factories::clear, true));
    mutations.add(() -> mutation("an adapter with other parameters", true, () -> op.implParams.add(new Param(new Ty("int", "number"), "extra")), op.adapter));
    mutations.add(() -> mutation("an overloaded operation", false, () -> {
      Op twin = new Op();
      twin.name = op.name;
      twin.result = new Ty("void", "void");
      twin.params.add(new Param(new Ty("String", "String"), "overload"));
      twin.params.addAll(op.params.stream().map(Param::copy).toList());
      twin.adapter = op.adapter;
      finish(twin);
      ops.add(twin);
    }, true));
    mutations.add(() -> mutation("two @Ref operations of one class", true, () -> {
      for (String name : List.of("numbers", "names")) {
        Op ref = new Op();
        ref.name = name;
        ref.result = new Ty("java.util.List<" + (name.equals("numbers") ? box("int") : "String") + ">", "collection");
        ref.annotations = "@Ref\n";
        finish(ref);
        ops.add(ref);
      }
    }, ops.stream().noneMatch(o -> o.name.equals("numbers") || o.name.equals("names"))));
    mutations.add(() -> mutation("a recursive record", true, () -> {
      String node = claim(fresh("Link"));
      files.put(node, packageLine() + "public record " + node + "(int value, java.util.Optional<" + node + "> next) {}\n");
      param.ty = new Ty(node, "record");
    }, param != null && !param.ty.kind().equals("handle")));
    for (int tries = 0; mutation == null && tries < 50; tries++) {
      pick(mutations).run();
    }
  }

  /** Puts {@code annotation} on {@code param} in place of one of the same type. */
  private void reannotate(Param param, String annotation) {
    String type = annotation.replaceAll("\\(.*", "");
    param.annotations = param.annotations.replaceAll(Pattern.quote(type) + "(\\([^)]*\\))? ", "") + annotation + " ";
  }

  private Param handleParam(Op op) {
    return op.params.stream().filter(p -> p.ty.kind().equals("handle")).findFirst().orElse(null);
  }

  private void mutation(String name, boolean reject, Runnable change, boolean applies) {
    if (applies) {
      change.run();
      mutation = name;
      mustReject = reject;
    }
  }

  // ---- rendering ----

  private Spec render() {
    files.put(outer == null ? specName.replaceAll("<.*", "") : outer, renderSpec());
    files.put(modelName, renderModel());
    files.put(implName, renderImpl());
    List<SourceFile> sources = new ArrayList<>();
    files.forEach((name, code) -> sources.add(new SourceFile(name.startsWith("other.") ? name : prefix + name, code)));
    return new Spec(index, mutation, mustReject, sources, invalidJavaIn);
  }

  private String renderSpec() {
    StringBuilder body = new StringBuilder();
    for (Factory factory : factories) {
      String params = new Op().signature(factory.params);
      String args = factory.params.stream().map(p -> p.name).collect(Collectors.joining(", "));
      String returns = specIsModelType ? specReference() : modelName;
      body.append("static ").append(returns).append(" ").append(factory.name).append("(").append(params).append(")")
          .append(factory.modelThrows).append(" {\n")
          .append("  return new ").append(modelName).append("(").append(args).append(");\n}\n\n");
      if (factory.implFactory) {
        String plain = factory.params.stream().map(p -> p.ty.src() + " " + p.name).collect(Collectors.joining(", "));
        String create = implGeneric ? "new " + implName + "<>(" : "new " + implName + "(";
        body.append("static ").append(implType).append(" impl").append(factories.indexOf(factory) == 0 ? "" : "Small")
            .append("(").append(plain).append(")").append(factory.implThrows).append(" {\n  return ").append(create)
            .append(factory.constructor ? args : "").append(");\n}\n\n");
      }
    }
    for (Op op : ops) {
      body.append(op.annotations).append(op.typeParameters).append(op.result.src()).append(" ").append(op.name)
          .append("(").append(op.signature(op.params)).append(");\n\n");
      if (op.adapter) {
        String call = "underTest." + op.implName + "(" + adapted(op).stream().map(p -> p.name).collect(Collectors.joining(", ")) + ")";
        body.append("static ").append(op.implResult.src()).append(" ").append(op.name).append("(").append(implType).append(" underTest")
            .append(op.implParams.isEmpty() ? "" : ", ").append(op.signature(op.implParams)).append(")").append(op.implThrows).append(" {\n")
            .append(op.implResult.src().equals("void") ? "  " + call + ";\n" : "  " + call + ";\n  return " + op.implResult.zero() + ";\n")
            .append("}\n\n");
      }
      if (op.requires != null && specIsModelType) {
        body.append("default boolean ").append(op.requires).append("(").append(op.requiresWithParams ? plainSignature(op) : "")
            .append(") {\n  return true;\n}\n\n");
      }
    }
    specExtras.forEach(extra -> body.append(extra).append("\n\n"));
    String imports =
        List.of("Fresh", "From", "Invariant", "ModelOf", "Range", "Ref", "Requires", "Size", "Weight").stream()
            .map(a -> "import dev.modelof." + a + ";\n")
            .collect(Collectors.joining());
    String spec =
        "@ModelOf(" + (settings.isEmpty() ? "" : "value = ") + implName + ".class" + settings + ")\n"
            + (outer == null ? "public " : "") + "interface " + specName + " {\n" + body.toString().strip().indent(2) + "}\n";
    if (outer != null) {
      spec = "public final class " + outer + " {\n  private " + outer + "() {}\n\n" + spec.indent(2) + "}\n";
    }
    return packageLine() + imports + "\n" + spec;
  }

  private static String plainSignature(Op op) {
    return op.params.stream().map(p -> p.ty.src() + " " + p.name).collect(Collectors.joining(", "));
  }

  private String renderModel() {
    StringBuilder body = new StringBuilder();
    for (Factory factory : factories) {
      body.append(modelName).append("(").append(plain(factory.params)).append(") {}\n\n");
    }
    if (factories.isEmpty()) {
      body.append(modelName).append("() {}\n\n");
    }
    for (Op op : ops) {
      if (!op.inModel) {
        continue;
      }
      body.append("@Override\npublic ").append(op.typeParameters).append(op.result.src()).append(" ").append(op.name)
          .append("(").append(plain(op.params)).append(") {\n")
          .append(op.result.src().equals("void") ? "" : "  return " + op.result.zero() + ";\n").append("}\n\n");
      if (op.requires != null && !specIsModelType) {
        body.append("boolean ").append(op.requires).append("(").append(op.requiresWithParams ? plain(op.params) : "")
            .append(") {\n  return true;\n}\n\n");
      }
    }
    modelExtras.forEach(extra -> body.append(extra).append("\n\n"));
    String implemented = specReference().replaceAll("<.*", "") + (specName.contains("<") ? "<String>" : "");
    return packageLine() + "final class " + modelName + " implements " + implemented + " {\n" + body.toString().strip().indent(2) + "}\n";
  }

  /** The parameters an adapter passes on to the implementation: its own, less those a mutation added. */
  private static List<Param> adapted(Op op) {
    return op.implParams.stream().filter(p -> !p.name.equals("extra")).toList();
  }

  private static String plain(List<Param> params) {
    return params.stream().map(p -> p.ty.src() + " " + p.name).collect(Collectors.joining(", "));
  }

  private String renderImpl() {
    StringBuilder body = new StringBuilder();
    Set<String> constructors = new LinkedHashSet<>();
    for (Factory factory : factories) {
      if (factory.constructor && constructors.add(plain(factory.params).replaceAll(" \\w+(,|$)", "$1"))) {
        body.append("public ").append(implName).append("(").append(plain(factory.params)).append(")").append(constructorThrows)
            .append(" {}\n\n");
      }
    }
    if (implGeneric || factories.isEmpty() || factories.stream().anyMatch(f -> f.implFactory && !f.constructor)) {
      if (constructors.add("")) {
        body.append("public ").append(implName).append("()").append(constructorThrows).append(" {}\n\n");
      }
    }
    if (factories.stream().noneMatch(f -> f.constructor) && constructors.isEmpty()) {
      body.append("private ").append(implName).append("(int unused) {}\n\n");
    }
    for (Op op : ops) {
      if (!op.inImpl) {
        continue;
      }
      body.append(op.implModifiers).append(op.typeParameters).append(op.implResult.src()).append(" ").append(op.implName)
          .append("(").append(plain(op.adapter ? adapted(op) : op.implParams)).append(")").append(op.adapter ? "" : op.implThrows).append(" {\n")
          .append(op.implResult.src().equals("void") ? "" : "  return " + op.implResult.zero() + ";\n").append("}\n\n");
    }
    implExtras.forEach(extra -> body.append(extra).append("\n\n"));
    return packageLine() + "public class " + implName + (implGeneric ? "<T>" : "") + " {\n" + body.toString().strip().indent(2) + "}\n";
  }

  // ---- choices ----

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
