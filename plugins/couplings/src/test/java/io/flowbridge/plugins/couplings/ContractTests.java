package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.testkit.CouplingContract;
import org.junit.jupiter.api.Nested;

/** Every built-in coupling against the testkit contract. */
class ContractTests {
  @Nested
  class Independent extends CouplingContract {
    @Override
    protected Coupling coupling() {
      return new IndependentCoupling(new NoOptions());
    }
  }

  @Nested
  class ExactOt extends CouplingContract {
    @Override
    protected Coupling coupling() {
      return new ExactOtCoupling(new NoOptions());
    }
  }
}
