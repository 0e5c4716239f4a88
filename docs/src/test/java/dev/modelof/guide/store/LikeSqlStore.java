package dev.modelof.guide.store;

import java.util.List;

// [store-bug]
/** The bug: the prefix goes into LIKE as it is, so '_' and '%' in it match anything. */
public class LikeSqlStore extends SqlStore {
  @Override
  public List<String> keys(String prefix) {
    return query("SELECT k FROM entries WHERE k LIKE ? || '%' ORDER BY k", prefix);
  }
}
// [/store-bug]
