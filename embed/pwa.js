// Standalone page only: registers the service worker that makes it work offline. Embedding
// pages are left alone (a widget must not install workers on a clinic's site).
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('./sw.js').catch((err) => console.warn(`smp-calculator: offline mode unavailable (${err.message})`));
}
