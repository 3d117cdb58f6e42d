package io.flowbridge.api.option;

/** One option of a plugin as shown by {@code flowbridge plugins}: name, type, default, accepted range. */
public record OptionDescriptor(String name, String type, String defaultValue, String range, String doc) {}
