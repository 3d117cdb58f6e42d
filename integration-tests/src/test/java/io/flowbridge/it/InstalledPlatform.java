package io.flowbridge.it;

import io.flowbridge.core.engine.Flowbridge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of test classes sharing one platform started from the installed plugin zips (a fresh injector per class). */
abstract class InstalledPlatform {
  static Flowbridge platform;

  @BeforeAll
  static void start() {
    platform = Flowbridge.start(InstalledPlugins.settings());
  }

  @AfterAll
  static void stop() {
    platform.close();
  }
}
