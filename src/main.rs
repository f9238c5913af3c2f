// Trunk's binary entry: everything lives in the library so tests can import it. The loader
// (embed/loader.js) initialises the wasm, which runs this, then mounts each calculator element.
fn main() {
    #[cfg(all(target_arch = "wasm32", feature = "widget"))]
    smp_calculator::embed::start();
    #[cfg(not(all(target_arch = "wasm32", feature = "widget")))]
    eprintln!("smp-calculator is a web widget: build it with `trunk build` (see README.md).");
}
