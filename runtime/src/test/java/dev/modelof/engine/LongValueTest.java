package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.sample.LongText;
import dev.modelof.sample.TextMachine;
import dev.modelof.testing.InMemoryJavac;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Long values: shortened in the report around their first difference, never a literal javac rejects. */
class LongValueTest {
  @Test
  void aLongResultIsShownAroundItsFirstDifferenceAndItsTestBuildsItThroughTheModel() {
    Failure<?> failure = ModelCheck.of(Engine.withImpl(new TextMachine(), LongText.LastCharWrong.class,
        setup -> new LongText.LastCharWrong())).withSeed(1).check().failure();
    assertNotNull(failure, "the bug was not found");
    String a40 = "a".repeat(40);
    // the text shown is a quote, 2^20 a's, the last character and a quote; the difference is at 2^20 + 1
    String gap = "[... " + ((1 << 20) + 1 - 40 - 40) + " chars ...]";
    assertTrue(failure.report().contains("  text()          -> model \"" + a40.substring(1) + gap + a40 + "b\", LastCharWrong \""
        + a40.substring(1) + gap + a40 + "c\"      <-- here\n"), failure.report());
    assertTrue(failure.report().length() < 2_000, "a report of " + failure.report().length() + " characters");
    assertTrue(failure.regressionTest().contains("assertEquals(model.text(), impl.text());"), failure.regressionTest());

    String source = failure.regressionSource("dev.modelof.sample", "LongTextRegressionTest");
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample.LongTextRegressionTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, "textSpecRegression"), source);
    String fixedSource = source.replace("new LastCharWrong()", "new LongText()")
        .replace("import dev.modelof.sample.LongText.LastCharWrong;", "import dev.modelof.sample.LongText;");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample.LongTextRegressionTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "textSpecRegression"), fixedSource);
  }

  @Test
  void aStringJavacCannotHoldAsAConstantHasNoLiteral() {
    JavaWriter writer = new JavaWriter();
    assertEquals(65_537, writer.literal("a".repeat(65_535)).length());
    assertNull(writer.literal("a".repeat(65_536)));
    // two bytes each in the class file: U+0000 and U+00E9; three: U+20AC
    assertNotNull(writer.literal(String.valueOf((char) 0xE9).repeat(32_767)));
    assertNull(writer.literal(String.valueOf((char) 0xE9).repeat(32_768)));
    assertNull(writer.literal(String.valueOf((char) 0).repeat(32_768)));
    assertNotNull(writer.literal(String.valueOf((char) 0x20AC).repeat(21_845)));
    assertNull(writer.literal(String.valueOf((char) 0x20AC).repeat(21_846)));
    assertNull(writer.literal(List.of("b", "a".repeat(70_000))));
  }

  @Test
  void aShortenedValueKeepsItsStartTheDifferenceAndItsEnd() {
    String text = "x".repeat(1000) + "y" + "z".repeat(1000);
    assertEquals("x".repeat(40) + "[... 920 chars ...]" + "x".repeat(40) + "y" + "z".repeat(39) + "[... 921 chars ...]"
        + "z".repeat(40), ValueText.abridged(text, 1000));
    assertEquals("x".repeat(40) + "[... 1921 chars ...]" + "z".repeat(40), ValueText.abridged(text));
    assertEquals("short", ValueText.abridged("short", 2));
  }
}
