package io.flowbridge.plugins.datasets;

import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.testkit.DatasetContract;
import org.junit.jupiter.api.Nested;

/** Every built-in dataset, with its default options and one non-default setting, against the testkit contract. */
class ContractTests {
  @Nested
  class Gaussian extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new GaussianDataset(new GaussianOptions(2));
    }
  }

  @Nested
  class GaussianHighDimension extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new GaussianDataset(new GaussianOptions(17));
    }
  }

  @Nested
  class EightGaussians extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new EightGaussiansDataset(new EightGaussiansOptions(5, 0.3162));
    }
  }

  @Nested
  class Moons extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new MoonsDataset(new MoonsOptions(0.1));
    }
  }

  @Nested
  class NoiselessMoons extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new MoonsDataset(new MoonsOptions(0));
    }
  }
}
