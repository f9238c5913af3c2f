//! A mutation fuzzer for every parser that reads untrusted text: visitors' numbers, shared-link
//! fragments, stored settings and clinic configurations. cargo-fuzz needs a nightly compiler,
//! which this project does not use, so this harness runs on stable as an ordinary test.
//!
//! Each target starts from its committed seeds (`tests/fuzz-corpus/<target>/`) and feeds the
//! parser mutations of them (bit flips, byte insertions, deletions, duplicated runs, splices of
//! two seeds, interesting bytes such as `%`, `"`, `\0`, long digit runs). Every call must
//! return (a panic fails the test) and allocate at most a bounded amount: a fixed allowance
//! plus a small multiple of the input length, measured by a counting allocator per thread.
//!
//! `SMP_FUZZ_ITERS` sets the executions per target (default 20,000); `SMP_FUZZ_SEED` the
//! random seed (default fixed, so CI runs are reproducible). The counts are printed.
#![cfg(not(target_arch = "wasm32"))]

use smp_calculator::model::{config, number, share, stored, Assumptions, Date};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::Path;

/// Counts the bytes live on the current thread and their peak.
struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    // `try_with`: allocations during thread teardown, after the cells are gone, are not counted.
    let _ = LIVE.try_with(|live| {
        let now = live.get().saturating_add_signed(delta);
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        track(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        track(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        track(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns the most memory it held at once beyond what was live before.
fn peak_allocation(f: impl FnOnce()) -> usize {
    let before = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(before));
    f();
    PEAK.with(Cell::get).saturating_sub(before)
}

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: &[&[u8]] = &[
    b"%",
    b"%FF",
    b"%00",
    b"\"",
    b"\\",
    b"\0",
    b"=",
    b"&",
    b"#",
    b",",
    b".",
    b"-",
    b"+",
    b"e",
    b"E",
    b"$",
    b"\xE2\x82\xAC",
    b"\xEF\xBC\x99",
    b"NaN",
    b"Infinity",
    b"null",
    b"[]",
    b"{}",
    b"99999999999999999999999",
    b"1e308",
    b"v=1&",
    b"\":",
    b"0x10",
    b"\xF0\x9F\x98\x80",
    b" ",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len())].clone();
    for _ in 0..=rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.insert(at, rng.next() as u8),
            2 if !data.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(data.len());
                data.drain(at.min(data.len() - 1)..end);
            }
            3 => {
                let word = INTERESTING[rng.below(INTERESTING.len())];
                data.splice(at..at, word.iter().copied());
            }
            4 if !data.is_empty() => {
                // Duplicate a run many times: long inputs must be refused cheaply.
                let start = rng.below(data.len());
                let end = (start + 1 + rng.below(16)).min(data.len());
                let run = data[start..end].to_vec();
                for _ in 0..rng.below(600) {
                    data.splice(at..at, run.iter().copied());
                }
            }
            5 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                data.truncate(at);
                data.extend_from_slice(&other[from..]);
            }
            _ => data.truncate(at),
        }
    }
    data
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fuzz-corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("corpus entry").path())
        .collect();
    files.sort();
    let seeds: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).expect("corpus file"))
        .collect();
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Feeds `target`'s seeds and their mutations to `parse`; returns the executions.
fn fuzz(target: &str, parse: impl Fn(&str)) -> u64 {
    let iters = env_number("SMP_FUZZ_ITERS", 20_000);
    let mut rng = Rng(env_number("SMP_FUZZ_SEED", 0x5EED_5A1F_C0FF_EE01) | 1);
    let seeds = seeds(target);
    let mut runs = 0;
    let mut check = |bytes: &[u8]| {
        // Parsers take text: invalid UTF-8 is replaced as a browser would.
        let text = String::from_utf8_lossy(bytes);
        let held = peak_allocation(|| parse(&text));
        let allowance = 1024 * 1024 + 64 * text.len();
        assert!(
            held <= allowance,
            "{target}: {held} bytes held for a {}-byte input {:?}",
            text.len(),
            text.chars().take(80).collect::<String>()
        );
        runs += 1;
    };
    for s in &seeds {
        check(s);
    }
    for _ in 0..iters {
        let input = mutate(&mut rng, &seeds);
        check(&input);
    }
    eprintln!("fuzz {target}: {runs} executions, no panic, allocation bounded");
    runs
}

fn today() -> Date {
    Date::new(2026, 11, 24).expect("valid date")
}

#[test]
fn number_parser() {
    let runs = fuzz("number", |s| {
        for exponent in [0, 2, 3] {
            let _ = number::parse_amount(s, exponent);
        }
        let _ = number::parse_number(s);
    });
    assert!(runs > 0);
}

#[test]
fn fragment_parser() {
    let a = Assumptions::default();
    let runs = fuzz("fragment", |s| {
        let decoded = share::decode(s, &a, today());
        // Whatever survives must be a valid input.
        assert!(smp_calculator::model::compute(&decoded.input, &a, today()).is_ok());
    });
    assert!(runs > 0);
}

#[test]
fn stored_state_parser() {
    let a = Assumptions::default();
    let runs = fuzz("stored", |s| {
        let restored = stored::decode(s, &a, today());
        assert!(smp_calculator::model::compute(&restored.input, &a, today()).is_ok());
    });
    assert!(runs > 0);
}

#[test]
fn embed_config_parser() {
    let runs = fuzz("config", |s| {
        let attrs = vec![("booking-url".to_string(), s.chars().take(200).collect())];
        let (c, _warnings) = config::parse(Some(s), &attrs, today());
        if let Some(url) = &c.booking_url {
            assert!(url.to_ascii_lowercase().starts_with("http"));
        }
    });
    assert!(runs > 0);
}
