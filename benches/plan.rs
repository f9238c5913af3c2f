//! The whole plan for a 15-year horizon with every comparison row: `cargo bench --bench plan`.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use criterion::{criterion_group, criterion_main, Criterion};
use smp_calculator::model::{compute, Assumptions, Date, PlanInput};
use std::hint::black_box;

fn full_plan(c: &mut Criterion) {
    let assumptions = Assumptions::default();
    let today = Date::new(2026, 11, 24).expect("valid date");
    let input = PlanInput::from_json(
        r#"{"region": "norwood-6", "tier": "premium", "skin": "oily", "sun": "high",
            "style": "soft", "horizon_years": 15, "inflation_percent": 3,
            "transplant_cost_minor": 900000, "medication_per_month_minor": 4000}"#,
    )
    .expect("valid input");
    c.bench_function("plan_15_years_all_comparisons", |b| {
        b.iter(|| compute(black_box(&input), black_box(&assumptions), today))
    });
    let json = r#"{"region": "crown", "horizon_years": 15}"#;
    c.bench_function("parse_json_and_plan_15_years", |b| {
        b.iter(|| {
            PlanInput::from_json(black_box(json))
                .and_then(|input| compute(&input, &assumptions, today))
        })
    });
}

criterion_group!(benches, full_plan);
criterion_main!(benches);
