package dev.modelof.engine;

import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import dev.modelof.internal.SetupInfo;
import dev.modelof.internal.UnrecordedStep;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A machine whose implementation is another class, built another way: a subclass, a variant with
 * a known bug, a second implementation of the same interface. Reports and regression tests name
 * that class; a regression test builds it with the Java source the caller gave, or else with its
 * public constructor that takes the setup's arguments, and with neither says why it has no test.
 */
final class MachineWithImpl<M, I, O> extends ForwardingMachine<M, I, O> {
  private final Class<?> implType;
  private final Function<Setup, ? extends I> newImpl;
  /** The Java expression that builds the implementation from the setup's arguments as Java; may be null. */
  private final Function<List<String>, String> javaSource;
  private final List<SetupInfo> setups;

  MachineWithImpl(Machine<M, I, O> machine, Class<?> implType, Function<Setup, ? extends I> newImpl,
      Function<List<String>, String> javaSource) {
    super(machine);
    this.implType = implType;
    this.newImpl = newImpl;
    this.javaSource = javaSource;
    this.setups = machine.setups().stream()
        .map(s -> new SetupInfo(s.method(), s.parameters(), null))
        .toList();
  }

  @Override
  public Class<?> implType() {
    return implType;
  }

  @Override
  public List<SetupInfo> setups() {
    return setups;
  }

  @Override
  public I newImpl(Setup setup) {
    return newImpl.apply(setup);
  }

  @Override
  public long runUnrecorded(int index, UnrecordedStep step, M model, I impl) throws Exception {
    return machine.runUnrecorded(index, step, model, impl);
  }

  /**
   * The Java expression a regression test builds the implementation with: the caller's source, or
   * {@code new Impl(args)} where a public constructor takes the setup's values; null when neither.
   */
  String newImplSource(JavaWriter java, Setup setup, List<String> setupArgs) {
    if (javaSource != null) {
      java.type(implType);
      return javaSource.apply(List.copyOf(setupArgs));
    }
    if (!constructorTakes(setup.args())) {
      return null;
    }
    return "new " + java.type(implType) + "(" + String.join(", ", setupArgs) + ")";
  }

  /** Why a regression test cannot build the implementation: said in place of the test. */
  String unknownConstruction(Setup setup) {
    List<String> types = new ArrayList<>();
    for (Object arg : setup.args()) {
      types.add(arg == null ? "null" : arg.getClass().getSimpleName());
    }
    String name = implType.getSimpleName();
    return name + " was built by the function given to withImpl, and it has no public constructor taking ("
        + String.join(", ", types) + ") that a test could call instead; to get a regression test, give withImpl the"
        + " Java that builds it too: withImpl(" + name + ".class, setup -> ..., args -> \"...(\" + args.get(0) + \")\")";
  }

  /** Whether {@code implType} has a public constructor that a call with these values as literals binds to. */
  private boolean constructorTakes(List<Object> args) {
    if (!Modifier.isPublic(implType.getModifiers()) || Modifier.isAbstract(implType.getModifiers())) {
      return false;
    }
    for (Constructor<?> constructor : implType.getConstructors()) {
      Class<?>[] params = constructor.getParameterTypes();
      if (params.length == args.size() && !constructor.isVarArgs() && accepts(params, args)) {
        return true;
      }
    }
    return false;
  }

  private static boolean accepts(Class<?>[] params, List<Object> args) {
    for (int i = 0; i < params.length; i++) {
      Object arg = args.get(i);
      if (params[i].isPrimitive() ? arg == null || !widens(primitiveOf(arg.getClass()), params[i])
          : arg != null && !params[i].isInstance(arg) && !params[i].isAssignableFrom(primitiveOf(arg.getClass()))) {
        return false;
      }
    }
    return true;
  }

  /** The primitive type a box unboxes to, or the class itself. */
  private static Class<?> primitiveOf(Class<?> type) {
    return type == Integer.class ? int.class : type == Long.class ? long.class : type == Short.class ? short.class
        : type == Byte.class ? byte.class : type == Character.class ? char.class : type == Boolean.class ? boolean.class
        : type == Float.class ? float.class : type == Double.class ? double.class : type;
  }

  /** Whether a value of primitive {@code from} is accepted where {@code to} is declared (JLS 5.1.2). */
  private static boolean widens(Class<?> from, Class<?> to) {
    if (from == to) {
      return true;
    }
    List<Class<?>> numeric = List.of(byte.class, short.class, int.class, long.class, float.class, double.class);
    if (from == char.class) {
      return numeric.indexOf(to) >= numeric.indexOf(int.class);
    }
    return numeric.contains(from) && numeric.indexOf(to) > numeric.indexOf(from) && to != char.class;
  }
}
