package dev.modelof.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.modelof.processor.model.GeneratorExpression;
import dev.modelof.processor.model.GeneratorExpression.Call;
import dev.modelof.processor.model.GeneratorExpression.Constant;
import dev.modelof.processor.model.GeneratorExpression.Construct;
import dev.modelof.processor.model.GeneratorExpression.EnumValues;
import dev.modelof.processor.model.GeneratorExpression.Literal;

/** Prints a {@link GeneratorExpression} as Java source. */
final class GeneratorExpressionWriter {
  private GeneratorExpressionWriter() {}

  /** {@code Gens.ints(1, 4)}, {@code new Emails()}, {@code Gens.oneOf(Color.values())}. */
  static CodeBlock code(GeneratorExpression expression) {
    if (expression instanceof Call call) {
      return CodeBlock.of(
          "$T.$N($L)",
          call.owner(),
          call.method(),
          call.arguments().stream().map(GeneratorExpressionWriter::code).collect(CodeBlock.joining(", ")));
    }
    if (expression instanceof Construct construct) {
      return CodeBlock.of("new $T()", construct.type());
    }
    if (expression instanceof Literal literal) {
      return CodeBlock.of("$L", literal.source());
    }
    if (expression instanceof Constant constant) {
      return CodeBlock.of("$T.$N", constant.owner(), constant.name());
    }
    if (expression instanceof EnumValues values) {
      return CodeBlock.of("$T.values()", values.enumType());
    }
    throw new IllegalArgumentException("Unknown generator expression " + expression);
  }
}
