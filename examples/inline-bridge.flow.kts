// A new bridge written in the script, without a plugin (MATH.md §1): x_t = α x0 + β x1 + γ z with
// α = cos(πt/2), β = sin(πt/2), γ = 0.1·sin(πt). The core derives α', β', γ' by autodiff and checks
// the boundary conditions before training.
// Run it with:  ./flowbridge run examples/inline-bridge.flow.kts
experiment("inline-bridge") {
    seed = 3
    source = gaussian(dim = 2)
    target = dataset("moons")
    interpolant {
        alpha { tf, t -> tf.math.cos(tf.math.mul(tf.constant(Math.PI.toFloat() / 2), t)) }
        beta { tf, t -> tf.math.sin(tf.math.mul(tf.constant(Math.PI.toFloat() / 2), t)) }
        gamma { tf, t -> tf.math.mul(tf.constant(0.1f), tf.math.sin(tf.math.mul(tf.constant(Math.PI.toFloat()), tf.math.minimum(t, tf.math.sub(tf.constant(1f), t))))) }
    }
    coupling("exact-ot")
    model = mlp(hidden = listOf(64, 64, 64), activation = "selu")
    train { steps = 3_000; batchSize = 256; optimizer = adam(lr = 1e-3) }
    sample { solver("rk4") { steps = 50 }; count = 2_000 }
    evaluate { w2() }
}
