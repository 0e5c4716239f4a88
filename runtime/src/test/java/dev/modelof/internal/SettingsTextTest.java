package dev.modelof.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.modelof.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTextTest {
  @Test
  void seedsInDecimalOrHex() {
    assertEquals(42L, SettingsText.parseSeed("modelof.seed", "42"));
    assertEquals(-42L, SettingsText.parseSeed("modelof.seed", " -42 "));
    assertEquals(42L, SettingsText.parseSeed("modelof.seed", "0x2A"));
    assertEquals(-1L, SettingsText.parseSeed("modelof.seed", "0XFFFFFFFFFFFFFFFF"));
  }

  /** Digits of other scripts, which Long.parseLong takes, are not what the report prints. */
  @ParameterizedTest
  @ValueSource(strings = {"\u0664\u0662", "0x\u0664\u0662", "\uff14\uff12", "4\u0662"})
  void seedsInOtherDigitsAreRejected(String seed) {
    assertThrows(SettingsException.class, () -> SettingsText.parseSeed("modelof.seed", seed));
  }
}
