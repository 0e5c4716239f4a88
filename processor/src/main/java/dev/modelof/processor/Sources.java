package dev.modelof.processor;

import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Which elements come from a source file of this compilation, and so have a file and a line to
 * report at: a method of an interface read from a class file has none.
 */
final class Sources {
  /** Null when the compiler is not javac: every element is then taken to have a source. */
  private final Trees trees;

  private Sources(Trees trees) {
    this.trees = trees;
  }

  static Sources of(ProcessingEnvironment env) {
    try {
      return new Sources(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      // not javac (Eclipse's compiler, say), or javac's tree API is not available
      return new Sources(null);
    }
  }

  /** Whether {@code element} is declared in a source file of this compilation. */
  boolean contain(Element element) {
    return trees == null || trees.getPath(element) != null;
  }
}
