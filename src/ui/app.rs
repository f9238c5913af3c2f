use yew::prelude::*;

/// Placeholder until the engine lands; replaced by the plan summary.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="smp-app">
            <h1>{ "SMP cost and timeline calculator" }</h1>
            <section data-testid="plan-summary" aria-live="polite"></section>
        </main>
    }
}
