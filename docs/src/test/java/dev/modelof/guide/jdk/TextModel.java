package dev.modelof.guide.jdk;

import java.util.List;
import java.util.stream.IntStream;

// [string-builder-model]
/** The text as an immutable String, replaced on every change. */
final class TextModel implements StringBuilderSpec {
  private String text = "";

  public void append(String s) {
    text = text + (s == null ? "null" : s);
  }

  public void append(char c) {
    text = text + c;
  }

  public void insert(int offset, String s) {
    text = text.substring(0, offset) + (s == null ? "null" : s) + text.substring(offset);
  }

  public void deleteCharAt(int index) {
    if (index < 0 || index >= text.length()) {
      throw new StringIndexOutOfBoundsException(index);
    }
    text = text.substring(0, index) + text.substring(index + 1);
  }

  public void delete(int start, int end) {
    int stop = Math.min(end, text.length());
    if (start < 0 || start > stop) {
      throw new StringIndexOutOfBoundsException("start " + start + ", end " + end);
    }
    text = text.substring(0, start) + text.substring(stop);
  }

  public void reverse() {
    int[] codePoints = text.codePoints().toArray();
    int[] reversed = new int[codePoints.length];
    for (int i = 0; i < codePoints.length; i++) {
      reversed[i] = codePoints[codePoints.length - 1 - i];
    }
    text = new String(reversed, 0, reversed.length);
  }

  public void setLength(int newLength) {
    if (newLength < 0) {
      throw new IndexOutOfBoundsException(newLength);
    }
    text = newLength <= text.length()
        ? text.substring(0, newLength)
        : text + "\0".repeat(newLength - text.length());
  }

  public char charAt(int index) {
    if (index < 0 || index >= text.length()) {
      throw new IndexOutOfBoundsException(index);   // StringBuilder throws a subclass
    }
    return text.charAt(index);
  }

  public int length() {
    return text.length();
  }

  public int indexOf(String str) {
    return text.indexOf(str);
  }

  public String substring(int start) {
    return text.substring(start);
  }

  public String text() {
    return text;
  }

  /** Where text may be inserted: 0 to length. */
  List<Integer> offsets() {
    return IntStream.rangeClosed(0, text.length()).boxed().toList();
  }

  /** Where a char is: 0 to length - 1. */
  List<Integer> indices() {
    return IntStream.range(0, text.length()).boxed().toList();
  }
}
// [/string-builder-model]
