package io.flowbridge.core.plugin;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin class loader that always takes the host's copy of shared libraries (TensorFlow,
 * Guice, the Flowbridge platform, Kotlin): a second copy inside a plugin would break class
 * identity ("Operand cannot be cast to Operand") and TensorFlow's JNI library.
 */
final class HostFirstClassLoader extends PluginClassLoader {
  static final String[] HOST_PACKAGES = {
    "org.tensorflow.", "io.flowbridge.api.", "io.flowbridge.ot.", "io.flowbridge.core.",
    "com.google.inject.", "jakarta.inject.", "org.pf4j.", "kotlin.", "org.slf4j."
  };

  HostFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
    super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
  }

  static boolean isHostClass(String name) {
    for (String p : HOST_PACKAGES) {
      if (name.startsWith(p)) return true;
    }
    return false;
  }

  @Override
  public Class<?> loadClass(String name) throws ClassNotFoundException {
    if (isHostClass(name)) {
      return getParent().loadClass(name);
    }
    return super.loadClass(name);
  }
}
