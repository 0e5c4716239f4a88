package dev.modelof.guide.jdk;

import dev.modelof.FromModel;
import dev.modelof.ModelOf;
import dev.modelof.Range;

// [string-builder-spec]
@ModelOf(StringBuilder.class)
public interface StringBuilderSpec {
  static TextModel model() {
    return new TextModel();
  }

  // append and insert return this, the builder itself: declared void, they are called and their
  // effect is checked by the queries that follow.
  void append(@Nullable String s);                   // null appends "null"

  void append(char c);

  void insert(@FromModel("offsets") int offset, @Nullable String s);

  void deleteCharAt(@FromModel(value = "indices", percent = 90) int index);

  void delete(@FromModel("offsets") int start, @FromModel("offsets") int end);

  void reverse();                                    // a surrogate pair stays a pair

  void setLength(@Range(min = -1, max = 12) int newLength);

  char charAt(@FromModel(value = "indices", percent = 90) int index);  // IndexOutOfBoundsException

  int length();

  int indexOf(String str);

  String substring(@FromModel("offsets") int start);

  String text();                                     // toString() is Object's: an operation of its own name

  static String text(StringBuilder impl) {
    return impl.toString();
  }
}
// [/string-builder-spec]
