package dev.modelof.processor.validation;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/** Whether generated code, which lives in the spec's package, can refer to an element. */
final class Access {
  private Access() {}

  /** True when {@code element} and every type enclosing it is visible from package {@code from}. */
  static boolean isAccessible(Element element, PackageElement from, Elements elements) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      // members of interfaces carry an implicit PUBLIC
      if (!e.getModifiers().contains(Modifier.PUBLIC) && !elements.getPackageOf(e).equals(from)) {
        return false;
      }
    }
    return true;
  }
}
