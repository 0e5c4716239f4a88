package dev.modelof.guide.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the guide says of the store's database: one of its own, gone once closed. */
class SqlStoreTest {

  @Test
  void eachStoreStartsEmpty() {
    try (SqlStore first = new SqlStore(); SqlStore second = new SqlStore()) {
      first.put("k", "v");
      assertEquals(0, second.count());
      assertEquals(Optional.of("v"), first.get("k"));
    }
  }

  @Test
  void closingDropsTheDatabase() {
    String url = "jdbc:h2:mem:sql-store-test";
    SqlStore closed;
    try (SqlStore store = new SqlStore(url)) {
      store.put("k", "v");
      closed = store;
    }
    assertTrue(closed.isClosed());
    try (SqlStore again = new SqlStore(url)) {
      assertEquals(0, again.count());
    }
  }

  @Test
  void prefixesAreTakenLiterally() {
    try (SqlStore store = new SqlStore()) {
      for (String key : List.of("a", "a_b", "a%b", "a\\b", "ab", "b")) {
        store.put(key, "");
      }
      assertEquals(List.of("a_b"), store.keys("a_"));
      assertEquals(List.of("a%b"), store.keys("a%"));
      assertEquals(List.of("a\\b"), store.keys("a\\"));
      assertEquals(List.of("a", "a%b", "a\\b", "a_b", "ab"), store.keys("a"));
      assertEquals(List.of(), store.keys("%"));
    }
  }
}
