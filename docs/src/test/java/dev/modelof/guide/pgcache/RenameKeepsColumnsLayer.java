package dev.modelof.guide.pgcache;

// [pgcache-bug-rename]
/** The bug: a rename forgets the cached rows, which show column names, but not the column list. */
public class RenameKeepsColumnsLayer extends CachingLayer {
  public RenameKeepsColumnsLayer() {
    super(FreshSchemas.connect());
  }

  @Override
  public void renameColumn(String table, String column, String newName) {
    execute("ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + newName);
    forgetRows(table);
  }
}
// [/pgcache-bug-rename]
