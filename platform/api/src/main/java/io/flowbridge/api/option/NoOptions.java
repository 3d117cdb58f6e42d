package io.flowbridge.api.option;

/** The options record of a plugin that takes no options. */
public record NoOptions() {}
