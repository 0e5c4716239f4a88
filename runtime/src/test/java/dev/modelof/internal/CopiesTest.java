package dev.modelof.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CopiesTest {
  @Test
  void anArrayOfArraysIsCopiedAtEveryDepth() {
    int[][] grid = {{1, 2}, {3}};
    int[][] copy = Copies.deep(grid);
    copy[0][0] = 9;
    copy[1] = new int[] {7};
    assertArrayEquals(new int[][] {{1, 2}, {3}}, grid);
    assertEquals(int[][].class, copy.getClass());
  }

  @Test
  void deeperArraysAndEveryPrimitiveKindAreCopiedToo() {
    Object[][] mixed = {{new long[] {1}, new String[] {"a"}, new boolean[] {true}, new char[] {'c'}}};
    Object[][] copy = Copies.deep(mixed);
    for (int i = 0; i < mixed[0].length; i++) {
      assertNotSame(mixed[0][i], copy[0][i]);
    }
    ((long[]) copy[0][0])[0] = 5;
    ((String[]) copy[0][1])[0] = "b";
    assertEquals(1, ((long[]) mixed[0][0])[0]);
    assertEquals("a", ((String[]) mixed[0][1])[0]);
  }

  @Test
  void elementsThatAreNotArraysAreShared() {
    StringBuilder text = new StringBuilder("x");
    Object[][] rows = {{text, null}};
    Object[][] copy = Copies.deep(rows);
    assertSame(text, copy[0][0]);
    assertEquals(null, copy[0][1]);
  }
}
