// A third-party bridge and dataset, added without touching Flowbridge: the acme-cosine
// interpolant and the acme-ring dataset come from the plugin in examples/third-party-plugin/.
// Build the plugin (`mvn install` at the repository root builds it too):
//   mvn -B -q -f examples/third-party-plugin/pom.xml install
// then run it with (the directory holding only the plugin zip, not target/ itself):
//   ./flowbridge run examples/third-party.flow.kts --plugins examples/third-party-plugin/target/plugins
// or install it for good, after which no --plugins is needed:
//   mkdir -p installed-plugins && cp examples/third-party-plugin/target/plugins/*.zip installed-plugins/
experiment("third-party") {
    seed = 7
    source = gaussian(dim = 2)
    target = dataset("acme-ring") { radius = 3.0 }
    interpolant("acme-cosine") { sigma = 0.05 }
    coupling("exact-ot")
    model = mlp(hidden = listOf(64, 64, 64), activation = "selu")
    train { steps = 3_000; batchSize = 256; optimizer = adam(lr = 1e-3) }
    sample { solver("rk4") { steps = 100 }; count = 2_000 }
    evaluate { w2() }
    runtime { device = "cpu"; intraOpThreads = 1 }
}
