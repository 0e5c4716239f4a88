package dev.modelof.processor.validation;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.TypeName;
import dev.modelof.processor.model.GeneratorExpression.RecordOf;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.validation.GeneratorChooser.Bounds;
import dev.modelof.processor.validation.GeneratorChooser.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The generator rule of records: one generator per component, through the canonical constructor. */
final class RecordRule {
  private final Elements elements;
  private final Types types;
  private final GeneratorChooser chooser;

  RecordRule(Elements elements, Types types, GeneratorChooser chooser) {
    this.elements = elements;
    this.types = types;
    this.chooser = chooser;
  }

  /**
   * {@code Generators.records(Point.class, c -> new Point(...), p -> Arrays.asList(p.x(), ...), gens...)}:
   * a record by the generators of its components, through its canonical constructor. A component's
   * annotations are those of the canonical constructor's parameter, where javac puts those written
   * on the component.
   */
  GeneratorExpression record(TypeMirror type, Bounds bounds) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    TypeElement record = MoreElements.asType(declared.asElement());
    if (record.getKind() != ElementKind.RECORD) {
      return null;
    }
    boolean generic = !record.getTypeParameters().isEmpty();
    if (generic
        && (declared.getTypeArguments().isEmpty()
            || declared.getTypeArguments().stream().anyMatch(a -> !GeneratorChooser.isConcrete(a)))) {
      return null; // a raw or wildcard record has no type to build: [NoGenerator]
    }
    Site site = bounds.site();
    if (contains(site.records(), declared)) {
      site.report(
          Message.RECORD_RECURSIVE,
          null,
          null,
          record.getSimpleName(),
          site.component(),
          record.getSimpleName(),
          record.getSimpleName(),
          site.parameter().getSimpleName());
      return GeneratorChooser.REPORTED;
    }
    Optional<ExecutableElement> canonical = canonicalConstructor(record);
    if (canonical.isEmpty() || !Access.isAccessible(canonical.get(), site.from(), elements)) {
      return null; // javac requires the canonical constructor to be as visible as its record
    }
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    List<? extends TypeMirror> memberTypes =
        MoreTypes.asExecutable(types.asMemberOf(declared, canonical.get())).getParameterTypes();
    List<TypeName> componentTypes = new ArrayList<>();
    List<String> accessors = new ArrayList<>();
    List<GeneratorExpression> generators = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      VariableElement parameter = canonical.get().getParameters().get(i);
      RecordComponentElement component = components.get(i);
      // a generic record's component types as this parameterization has them; otherwise as
      // declared, type-use annotations included
      TypeMirror componentType = generic ? memberTypes.get(i) : parameter.asType();
      Site componentSite = site.component(declared, component.getSimpleName().toString(), componentType);
      componentTypes.add(TypeRules.typeName(componentType));
      ExecutableElement accessor = component.getAccessor();
      accessors.add((accessor != null ? accessor.getSimpleName() : component.getSimpleName()).toString());
      Optional<TypeElement> hidden = Access.firstInaccessible(componentType, site.from(), elements);
      if (hidden.isPresent()) {
        site.report(
            Message.TYPE_NOT_ACCESSIBLE,
            null,
            null,
            Signatures.type(componentType),
            "the type of " + componentSite.place(),
            Access.describe(site.from()),
            site.spec().getSimpleName(),
            hidden.get().getSimpleName());
        generators.add(GeneratorChooser.REPORTED);
        continue;
      }
      GeneratorExpression generator = chooser.forDeclaration(parameter, componentType, componentSite);
      generators.add(generator == null ? GeneratorChooser.REPORTED : generator);
    }
    return new RecordOf(TypeRules.typeName(type), componentTypes, accessors, generators);
  }

  /**
   * Whether {@code record} is among the records being expanded: the same type, or, for a generic
   * record whose type arguments grow at each level ({@code Box<List<T>>} inside {@code Box<T>}),
   * the same record more than a few times.
   */
  private boolean contains(List<DeclaredType> records, DeclaredType record) {
    long sameRecord = records.stream().filter(r -> r.asElement().equals(record.asElement())).count();
    return sameRecord >= 4 || records.stream().anyMatch(r -> types.isSameType(r, record));
  }

  /** The canonical constructor of {@code record}: its parameter types are the component types. */
  private Optional<ExecutableElement> canonicalConstructor(TypeElement record) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (parameters.size() != components.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < parameters.size() && same; i++) {
        same =
            types.isSameType(
                types.erasure(parameters.get(i).asType()), types.erasure(components.get(i).asType()));
      }
      if (same) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }
}
