// OT-CFM from N(0, I) to the eight-Gaussians mixture (MATH.md §1, §3, §7).
// Run it with:  ./flowbridge run examples/quickstart.flow.kts
// Override any setting without editing:  --set train.steps=500 --set interpolant.sigma=0.05
experiment("quickstart") {
    seed = 7
    source = gaussian(dim = 2)
    target = dataset("8gaussians")
    interpolant("linear") { sigma = 0.1 }
    coupling("exact-ot")
    model = mlp(hidden = listOf(64, 64, 64), activation = "selu")
    train { steps = 5_000; batchSize = 256; optimizer = adam(lr = 1e-3) }
    sample { solver("rk4") { steps = 100 }; count = 2_000 }
    evaluate { w2() }
    runtime { device = "cpu"; intraOpThreads = 1 }
}
