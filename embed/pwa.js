// Standalone page only: registers the service worker that makes it work offline. Embedding
// pages are left alone (a widget must not install workers on a clinic's site). The browser
// offers `navigator.serviceWorker` in secure contexts only ([SecureContext]).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((err) => console.warn(`smp-calculator: offline mode unavailable (${err.message})`));
}
