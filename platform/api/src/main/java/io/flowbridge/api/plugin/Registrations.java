package io.flowbridge.api.plugin;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.model.VelocityModel;
import io.flowbridge.api.sampler.Sampler;
import java.util.function.Function;

/**
 * Registers a plugin's implementations from its module's {@code configure()}:
 *
 * <pre>{@code
 * Registrations.in(binder()).interpolant("linear", LinearOptions.class, LinearInterpolant::new,
 *     "Straight path with constant noise sigma (I-CFM).");
 * }</pre>
 *
 * All registrations go into one Guice set; the core builds a registry per extension point and
 * rejects duplicate keys naming both plugins.
 */
public final class Registrations {
  /** The Guice type of the set every registration is contributed to. */
  public static final TypeLiteral<Registration<?>> TYPE = new TypeLiteral<>() {};

  private final Multibinder<Registration<?>> set;

  private Registrations(Binder binder) {
    this.set = Multibinder.newSetBinder(binder, TYPE);
  }

  /** A registrar contributing to {@code binder}. */
  public static Registrations in(Binder binder) {
    return new Registrations(binder);
  }

  public <O extends Record> Registrations interpolant(
      String key, Class<O> options, Function<O, ? extends Interpolant> factory, String description) {
    return add(ExtensionKind.INTERPOLANT, key, options, factory, description);
  }

  public <O extends Record> Registrations coupling(
      String key, Class<O> options, Function<O, ? extends Coupling> factory, String description) {
    return add(ExtensionKind.COUPLING, key, options, factory, description);
  }

  public <O extends Record> Registrations sampler(
      String key, Class<O> options, Function<O, ? extends Sampler> factory, String description) {
    return add(ExtensionKind.SAMPLER, key, options, factory, description);
  }

  public <O extends Record> Registrations dataset(
      String key, Class<O> options, Function<O, ? extends Dataset> factory, String description) {
    return add(ExtensionKind.DATASET, key, options, factory, description);
  }

  public <O extends Record> Registrations model(
      String key, Class<O> options, Function<O, ? extends VelocityModel> factory, String description) {
    return add(ExtensionKind.MODEL, key, options, factory, description);
  }

  private <O extends Record> Registrations add(
      ExtensionKind kind, String key, Class<O> options, Function<O, ?> factory, String description) {
    set.addBinding().toInstance(new Registration<>(kind, key, options, factory, description));
    return this;
  }
}
