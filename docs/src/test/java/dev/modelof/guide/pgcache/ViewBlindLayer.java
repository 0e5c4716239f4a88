package dev.modelof.guide.pgcache;

// [pgcache-bug-view]
/** The bug: a write forgets the cached rows of its table, and not those of the views that read it. */
public class ViewBlindLayer extends CachingLayer {
  public ViewBlindLayer() {
    super(FreshSchemas.connect());
  }

  @Override
  protected void forgetRows(String table) {
    rows.remove(table);
  }
}
// [/pgcache-bug-view]
