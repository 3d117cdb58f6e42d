package com.example.acme;

import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.testkit.DatasetContract;
import org.junit.jupiter.api.Nested;

/** Flowbridge's dataset contract for {@code acme-ring}, with the default options and without noise. */
class RingDatasetContractTest {
  @Nested
  class Defaults extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new RingDataset(new RingOptions(3, 0.05));
    }
  }

  @Nested
  class Noiseless extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new RingDataset(new RingOptions(1.5, 0));
    }
  }
}
