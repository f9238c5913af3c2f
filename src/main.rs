// Trunk's binary entry: everything lives in the library so tests can import it. Nothing runs
// here: the loader (embed/loader.js) initialises the wasm and mounts each calculator element.
fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("smp-calculator is a web widget: build it with `trunk build` (see README.md).");
}
