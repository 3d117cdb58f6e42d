package io.flowbridge.api.plugin;

import com.google.inject.Module;
import org.pf4j.ExtensionPoint;

/**
 * What a plugin contributes: a Guice module, marked {@code @Extension}, whose
 * {@code configure()} registers the plugin's implementations through {@link Registrations}.
 * The core discovers every such module with PF4J and builds one injector from them.
 */
public interface FlowbridgeModule extends Module, ExtensionPoint {}
