package io.flowbridge.plugins.datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.testkit.DatasetContract;
import java.nio.file.Files;
import java.util.List;
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

  /** A 30-image split the tests write, so the contract runs without the Debian package. */
  @Nested
  class TinyFashionMnist extends DatasetContract {
    @Override
    protected Dataset dataset() {
      return new FashionMnistDataset(new FashionMnistOptions(IdxFiles.tiny().toString(), "train", List.of()));
    }
  }

  @Nested
  class FashionMnist extends DatasetContract {
    @Override
    protected Dataset dataset() {
      assumeTrue(Files.isDirectory(IdxFiles.DEBIAN), "dataset-fashion-mnist is not installed");
      return new FashionMnistDataset(FashionMnistOptions.defaults());
    }
  }

  @Nested
  class FashionMnistTestSplitThreeClasses extends DatasetContract {
    @Override
    protected Dataset dataset() {
      assumeTrue(Files.isDirectory(IdxFiles.DEBIAN), "dataset-fashion-mnist is not installed");
      return new FashionMnistDataset(new FashionMnistOptions(IdxFiles.DEBIAN.toString(), "test", List.of(9, 0, 5)));
    }
  }
}
