package io.flowbridge.api.error;

/**
 * An error caused by the user's input (a script, an option, a plugin key, a file): its message
 * names the thing at fault and is shown without a stack trace.
 */
public class FlowbridgeException extends RuntimeException {
  public FlowbridgeException(String message) {
    super(message);
  }

  public FlowbridgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
