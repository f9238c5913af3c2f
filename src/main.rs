// Trunk's binary entry: everything lives in the library so tests can import it. The loader
// (embed/loader.js) initialises the wasm, which runs this, then mounts each calculator element.
fn main() {
    #[cfg(target_arch = "wasm32")]
    smp_calculator::embed::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("smp-calculator is a web widget: build it with `trunk build` (see README.md).");
}
