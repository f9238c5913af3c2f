//! Yew's "hello world": one function component rendered into <body>.

#[cfg(target_arch = "wasm32")]
#[yew::function_component]
fn App() -> yew::Html {
    yew::html! { <h1>{ "Hello, Yew" }</h1> }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<App>::new().render();
}
