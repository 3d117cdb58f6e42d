package io.flowbridge.plugins.models;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;
import java.util.List;

/** Options of the {@code mlp} model. */
public record MlpOptions(
    @Option(doc = "Widths of the hidden layers, input side first.", defaultValue = "64,64,64", min = 1)
    List<Integer> hidden,
    @Option(doc = "Activation after every hidden layer (silu = x * sigmoid(x)).", defaultValue = "selu",
        choices = {"selu", "silu", "relu", "tanh"})
    String activation) {

  public MlpOptions {
    if (hidden.isEmpty()) {
      throw new FlowbridgeException("mlp: option 'hidden' needs at least one layer width, got []");
    }
    for (int width : hidden) {
      if (width < 1) {
        throw new FlowbridgeException("mlp: option 'hidden' needs widths of at least 1, got " + hidden);
      }
    }
    hidden = List.copyOf(hidden);
    Activation.of(activation);
  }
}
