package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import org.junit.jupiter.api.Test;

/**
 * Argument values of the user's own class whose {@code hashCode} or {@code toString} throws: the
 * shelf's miscount is still found and reported, never lost to what the value threw.
 */
class UserValuesTest {
  private static Failure<?> shelfFailure(String hashCode, String toString) throws Exception {
    Compilation compilation = Compilations.strict(
        JavaFileObjects.forSourceString("test.Book", """
            package test;

            public final class Book {
              final String title;

              public Book(String title) {
                this.title = title;
              }

              @Override
              public boolean equals(Object other) {
                return other instanceof Book book && book.title.equals(title);
              }

              @Override
              public int hashCode() {
                %s
              }

              @Override
              public String toString() {
                %s
              }
            }
            """.formatted(hashCode, toString)),
        JavaFileObjects.forSourceString("test.Books", """
            package test;

            import dev.modelof.Gen;
            import dev.modelof.Source;

            public final class Books implements Gen<Book> {
              @Override
              public Book generate(Source source) {
                return new Book("t" + source.nextInt(5));
              }
            }
            """),
        JavaFileObjects.forSourceString("test.Shelf", """
            package test;

            import java.util.ArrayList;
            import java.util.List;

            public class Shelf {
              private final List<Book> books = new ArrayList<>();

              public void add(Book book) {
                books.add(book);
              }

              public int count() {
                return books.size() > 3 ? books.size() + 1 : books.size();
              }
            }
            """),
        JavaFileObjects.forSourceString("test.ShelfSpec", """
            package test;

            import dev.modelof.From;
            import dev.modelof.ModelOf;

            @ModelOf(Shelf.class)
            public interface ShelfSpec {
              static Model model() {
                return new Model();
              }

              void add(@From(Books.class) Book book);

              int count();

              final class Model implements ShelfSpec {
                private int count;

                public void add(Book book) {
                  count++;
                }

                public int count() {
                  return count;
                }
              }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    Machine<?, ?, ?> machine = (Machine<?, ?, ?>) Compilations.load(compilation, "test.ShelfSpecMachine");
    Failure<?> failure = ModelCheck.of(machine).withSeed(1).check().failure();
    assertNotNull(failure);
    return failure;
  }

  @Test
  void aValueWhoseHashCodeThrowsIsUsedAndTheFailureReported() throws Exception {
    Failure<?> failure = shelfFailure("throw new UnsupportedOperationException(\"not hashable\");",
        "return \"Book(\" + title + \")\";");
    assertTrue(failure.report().contains("count()         -> model 4, Shelf 5      <-- here"), failure.report());
    assertTrue(failure.report().contains(
        "Shrinking stopped early, on UnsupportedOperationException: not hashable at test.Book.hashCode("),
        failure.report());
  }

  @Test
  void aValueWhoseToStringThrowsIsShownByItsClass() throws Exception {
    Failure<?> failure = shelfFailure("return title.hashCode();", "throw new IllegalStateException(\"no title\");");
    assertTrue(failure.report().contains("  add(Book (its toString threw IllegalStateException: no title))\n"),
        failure.report());
    assertTrue(failure.report().contains("-> model 4, Shelf 5      <-- here"), failure.report());
  }
}
