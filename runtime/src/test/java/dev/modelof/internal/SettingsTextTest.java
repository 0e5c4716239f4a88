package dev.modelof.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.modelof.Settings;
import dev.modelof.SettingsException;
import java.util.Map;
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

  @Test
  void workersAreAWholeNumberOrAll() {
    assertEquals(4, SettingsText.parseWorkers("modelof.workers", " 4 "));
    assertEquals(0, SettingsText.parseWorkers("modelof.workers", "all"));
    for (String bad : new String[] {"0", "-1", "two", "1.5", ""}) {
      SettingsException e = assertThrows(SettingsException.class, () -> SettingsText.parseWorkers("modelof.workers", bad));
      assertEquals("modelof.workers must be a whole number of threads of at least 1 (1 runs every try on one thread),"
          + " or all (one per processor), not '" + bad + "'", e.getMessage());
    }
  }

  @Test
  void aShardIsIOfN() {
    assertArrayEquals(new int[] {3, 16}, SettingsText.parseShard("modelof.shard", "3/16"));
    assertArrayEquals(new int[] {16, 16}, SettingsText.parseShard("modelof.shard", " 16 / 16 "));
    assertNull(SettingsText.parseShard("modelof.shard", ""));
    assertNull(SettingsText.parseShard("modelof.shard", "off"));
    for (String bad : new String[] {"0/16", "17/16", "3-16", "3/0", "3", "a/b"}) {
      SettingsException e = assertThrows(SettingsException.class, () -> SettingsText.parseShard("modelof.shard", bad));
      assertEquals("modelof.shard must be i/n, this job's part i of n (from 1/n to n/n), as in 3/16 for the third of"
          + " 16 jobs, not '" + bad + "'", e.getMessage());
    }
  }

  @Test
  void oneTryNeedsItsSeed() {
    Map<String, String> properties = Map.of("modelof.try", "17");
    SettingsException e = assertThrows(SettingsException.class, () -> Settings.defaults().with(properties::get));
    assertEquals("modelof.try runs one try of a seed: give the seed the report printed with it,"
        + " -Dmodelof.seed=0x... -Dmodelof.try=17", e.getMessage());
    Settings settings = Settings.defaults().with(Map.of("modelof.try", "17", "modelof.seed", "0x2A",
        "modelof.workers", "3", "modelof.shard", "2/5")::get);
    assertEquals(17, settings.onlyTry());
    assertEquals(3, settings.workers());
    assertEquals(new Settings.Shard(2, 5), settings.shard());
  }
}
