package dev.modelof.sample;

import dev.modelof.Gens;
import dev.modelof.Handle;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A machine written by hand in the shape the processor generates for a spec with a {@code @Ref}
 * operation: {@code open} returns a descriptor that later steps take as a handle, the model's own
 * descriptor on the model and the implementation's on the implementation.
 */
public final class FileSystemMachine implements Machine<FileSystemModel, MemoryFs, FileSystemMachine.Op> {
  /** The operations. */
  public sealed interface Op permits Open, Write, Read, Close {}

  public record Open(String name) implements Op {}

  public record Write(Handle<Integer> fd, String text) implements Op {}

  public record Read(Handle<Integer> fd) implements Op {}

  public record Close(Handle<Integer> fd) implements Op {}

  @Override
  public Class<?> specType() {
    return dev.modelof.sample.FileSystemSpec.class;
  }

  @Override
  public Class<?> implType() {
    return dev.modelof.sample.MemoryFs.class;
  }

  @Override
  public Settings declared() {
    return Settings.defaults().withTries(200).withSteps(50);
  }

  @Override
  public List<SetupInfo> setups() {
    return List.of(new SetupInfo("model", List.of(), null));
  }

  @Override
  public List<OperationInfo> operations() {
    return List.of(
        OperationInfo.ref("open", int.class, ParameterInfo.of("name", Gens.strings(0, 10))),
        OperationInfo.call("write", ParameterInfo.handle("fd", int.class), ParameterInfo.of("text", Gens.strings(0, 10))).weight(2),
        OperationInfo.value("read", ParameterInfo.handle("fd", int.class)).weight(2),
        OperationInfo.call("close", ParameterInfo.handle("fd", int.class)));
  }

  @Override
  public List<InvariantInfo> invariants() {
    return List.of();
  }

  @Override
  public FileSystemModel newModel(Setup setup) {
    return FileSystemSpec.model();
  }

  @Override
  public MemoryFs newImpl(Setup setup) {
    return new MemoryFs();
  }

  @Override
  @SuppressWarnings("unchecked") // handle parameters receive handles of their declared type
  public Op operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new Open((String) args.get(0));
      case 1 -> new Write((Handle<Integer>) args.get(0), (String) args.get(1));
      case 2 -> new Read((Handle<Integer>) args.get(0));
      case 3 -> new Close((Handle<Integer>) args.get(0));
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  @Override
  public int indexOf(Op op) {
    if (op instanceof Open) {
      return 0;
    }
    if (op instanceof Write) {
      return 1;
    }
    return op instanceof Read ? 2 : 3;
  }

  @Override
  public List<Object> argumentsOf(Op op) {
    if (op instanceof Open open) {
      return Arrays.asList(open.name());
    }
    if (op instanceof Write write) {
      return Arrays.asList(write.fd(), write.text());
    }
    if (op instanceof Read read) {
      return Arrays.asList(read.fd());
    }
    return Arrays.asList(((Close) op).fd());
  }

  @Override
  public boolean enabled(int index, FileSystemModel model) {
    return true;
  }

  @Override
  public boolean accepts(Op op, FileSystemModel model, Refs refs) {
    return true;
  }

  @Override
  public Object applyToModel(Op op, FileSystemModel model, Refs refs) {
    if (op instanceof Open open) {
      return model.open(open.name());
    }
    if (op instanceof Write write) {
      model.write(refs.model(write.fd()), write.text());
      return null;
    }
    if (op instanceof Read read) {
      return model.read(refs.model(read.fd()));
    }
    model.close(refs.model(((Close) op).fd()));
    return null;
  }

  @Override
  public Object applyToImpl(Op op, MemoryFs impl, Refs refs) {
    if (op instanceof Open open) {
      return impl.open(open.name());
    }
    if (op instanceof Write write) {
      impl.write(refs.impl(write.fd()), write.text());
      return null;
    }
    if (op instanceof Read read) {
      return impl.read(refs.impl(read.fd()));
    }
    impl.close(refs.impl(((Close) op).fd()));
    return null;
  }

  @Override
  public boolean sameResult(Op op, Object modelResult, Object implResult) {
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, FileSystemModel model, MemoryFs impl) {
    throw new IndexOutOfBoundsException(index);
  }
}
