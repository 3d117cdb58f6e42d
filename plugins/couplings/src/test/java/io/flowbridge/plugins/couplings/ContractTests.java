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

    @Override
    protected boolean readsCoordinates() {
      return false;
    }
  }

  @Nested
  class ExactOt extends CouplingContract {
    @Override
    protected Coupling coupling() {
      return new ExactOtCoupling(new NoOptions());
    }
  }

  @Nested
  class Sinkhorn extends CouplingContract {
    @Override
    protected Coupling coupling() {
      return new SinkhornCoupling(new SinkhornCouplingOptions(0.05));
    }

    @Override
    protected boolean pairsArePermutations() {
      return false;
    }
  }

  @Nested
  class Unbalanced extends CouplingContract {
    @Override
    protected Coupling coupling() {
      return new UnbalancedCoupling(new UnbalancedCouplingOptions(0.05, 1.0));
    }

    @Override
    protected boolean pairsArePermutations() {
      return false;
    }

    @Override
    protected boolean keepsUniformMarginals() {
      return false;
    }
  }

  @Nested
  class Stable extends CouplingContract {
    @Override
    protected Coupling coupling() {
      return new StableCoupling(new NoOptions());
    }
  }

  @Nested
  class ClassOt extends CouplingContract {
    @Override
    protected Coupling coupling() {
      return new ClassOtCoupling(new NoOptions());
    }

    /** With different class counts in the two batches the source side is sampled (see ClassOtCoupling). */
    @Override
    protected boolean pairsArePermutations() {
      return false;
    }
  }
}
