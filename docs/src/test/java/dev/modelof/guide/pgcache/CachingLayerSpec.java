package dev.modelof.guide.pgcache;

import dev.modelof.From;
import dev.modelof.FromModel;
import dev.modelof.ModelOf;
import dev.modelof.Range;
import dev.modelof.Requires;
import java.util.List;

// [pgcache-spec]
@ModelOf(value = CachingLayer.class, tries = 100, steps = 40)
public interface CachingLayerSpec {

  static SchemaModel model() {
    return new SchemaModel();
  }

  /** Each try's layer: on the embedded PostgreSQL, in an empty schema of its own. */
  static CachingLayer layer() {
    return new CachingLayer(FreshSchemas.connect());
  }

  @Requires("isNewTable")
  void createTable(@From(Names.Relations.class) String table); // with one column, a

  @Requires("noViewReads")
  void dropTable(@FromModel("tables") @From(Names.Relations.class) String table);

  @Requires("isNewColumn")
  void addColumn(@FromModel("tables") @From(Names.Relations.class) String table,
      @From(Names.AddedColumns.class) String column);

  @Requires("canRename")
  void renameColumn(@FromModel("tables") @From(Names.Relations.class) String table,
      @From(Names.Columns.class) String column, @From(Names.NewNames.class) String newName);

  @Requires("isNewView")
  void createView(@From(Names.Relations.class) String view,
      @FromModel("tables") @From(Names.Relations.class) String table);

  void insert(@FromModel("tables") @From(Names.Relations.class) String table,
      @Range(min = 0, max = 3) int value);

  int delete(@FromModel("tables") @From(Names.Relations.class) String table,
      @Range(min = 0, max = 3) int value);

  List<String> columns(@FromModel("relations") @From(Names.Relations.class) String relation);

  List<String> query(@FromModel("relations") @From(Names.Relations.class) String relation);
}
// [/pgcache-spec]
