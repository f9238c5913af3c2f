// Trunk's binary entry: everything lives in the library so tests can import it.
#[cfg(target_arch = "wasm32")]
fn main() {
    smp_calculator::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("smp-calculator is a web widget: build it with `trunk build` (see README.md).");
}
