package dev.modelof.guide.pgcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the guide says of the layer's database: each layer starts in an empty schema of its own. */
class FreshSchemasTest {

  @Test
  void eachLayerStartsEmptyAndSeesOnlyItsOwnTables() {
    try (CachingLayer first = CachingLayerSpec.layer(); CachingLayer second = CachingLayerSpec.layer()) {
      first.createTable("t1");
      first.addColumn("t1", "b");
      first.insert("t1", 1);
      second.createTable("t1");
      assertEquals(List.of("a=1 b=1"), first.query("t1"));
      assertEquals(List.of(), second.query("t1"));
      assertNotEquals(first.columns("t1"), second.columns("t1"));
    }
  }

  @Test
  void aClosedLayersTablesAreGoneForTheNext() {
    for (int i = 0; i < 3; i++) {
      try (CachingLayer layer = CachingLayerSpec.layer()) {
        layer.createTable("t1"); // fails if a table t1 were left over
        layer.insert("t1", i);
        assertEquals(List.of("a=" + i), layer.query("t1"));
      }
    }
  }
}
