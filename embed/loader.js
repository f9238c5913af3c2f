// ---- smp-calculator loader ------------------------------------------------------------
// scripts/postbuild.mjs appends this file to wasm-bindgen's generated module (which defines
// __wbg_init, mount and computePlanJson above) and fills in the __SMP_…__ placeholders, so
// that one module file, covered by one integrity hash, is all a host page includes.
//
// It registers <smp-calculator>, mounts every [data-smp-calculator] element, and publishes
// window.SmpCalculator = { ready, computePlan, version }.

const SMP_VERSION = '__SMP_VERSION__';
const SMP_WASM_FILE = '__SMP_WASM_FILE__';
const SMP_WASM_INTEGRITY = '__SMP_WASM_INTEGRITY__';
const SMP_CSS_FILE = '__SMP_CSS_FILE__';
const SMP_CSS = __SMP_CSS_TEXT__;
const SMP_STORAGE_KEY = 'smp-calculator:v1';
// The loader's own texts in English (embed/loader-texts.json): loading, failed, open in a new
// tab, crashed, reset. Other languages' ride in their catalogue file under the key "".
const SMP_EN = __SMP_LOADER_TEXTS__;
// Between "<languages>" and "</languages>" lines: the language support, which
// scripts/postbuild.mjs drops from a build without it (the size report's English-only yardstick).
// <languages>
// The widget's languages (English, and those with a catalogue lang/<tag>.json beside this
// script) and the integrity hash of the script that fetches and reads the catalogues
// (lang/lang.js), fetched only for a visitor in a language other than English.
const SMP_LANGS = __SMP_LANGS__;
const SMP_LANG_JS = '__SMP_LANG_JS__';
// </languages>

let smpInit = null;

/** Fetches the wasm (checked against its integrity hash) and instantiates it, once. */
function smpLoad() {
  if (!smpInit) {
    const url = new URL(SMP_WASM_FILE, import.meta.url);
    const response = fetch(url, { integrity: SMP_WASM_INTEGRITY, credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`${url} answered HTTP ${r.status}`);
      return r;
    });
    // The mark lets measurements split start-up into loading and rendering.
    smpInit = __wbg_init({ module_or_path: response }).then((wasm) => {
      performance.mark('smp-calculator:wasm-ready');
      return wasm;
    });
  }
  return smpInit;
}

/** Resolves once the wasm is initialised; rejects (with the reason) if it cannot load. */
export const ready = smpLoad().then(() => undefined);

// Callers that never await `ready` must not see an unhandled rejection: widgets show it.
ready.catch(() => {});

/**
 * The plan for `input` (an object in the JSON contract's form), optionally with a clinic
 * `config` object: `{ plan }` or `{ errors: [...] }`, plus `warnings` about the config.
 */
export function computePlan(input = {}, config = undefined) {
  const text = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
  return computePlanJson(text(input ?? {}), config == null ? undefined : text(config));
}

export const version = SMP_VERSION;

let smpSheet = null;
function smpStyleSheet() {
  if (!smpSheet) {
    smpSheet = new CSSStyleSheet();
    smpSheet.replaceSync(SMP_CSS);
  }
  return smpSheet;
}

const smpMounted = new WeakSet();
/** Where each widget renders, for the crash message. */
const smpRoots = [];
let smpCount = 0;

function smpConfigText(host) {
  const block = host.querySelector(':scope > script[type="application/json"]');
  if (block) return block.textContent;
  const id = host.getAttribute('config');
  const referenced = id ? document.getElementById(id) : null;
  if (referenced && referenced.type === 'application/json') return referenced.textContent;
  return undefined;
}

// <languages>
/**
 * The widget's language: the clinic's (the element's `lang`, then the configuration's `lang`
 * field), else the page's around the element, else the browser's languages, else English;
 * the first of those the widget has texts for. A clinic's `locale` sets only how numbers and
 * dates look. Returns the language, the configuration text without its `lang` field (the
 * engine reads the rest) and the tag as written.
 */
function smpLanguage(host, configText) {
  let own;
  try {
    const config = JSON.parse(configText);
    own = config.lang;
    if (own !== undefined) {
      delete config.lang;
      configText = JSON.stringify(config);
    }
  } catch {
    // The widget reports a broken configuration itself.
  }
  // Our own pages (index.html, frame.html) say `lang="en"` only until the choice is made.
  const page = host.parentElement?.closest('[lang]:not([data-smp-own-page])');
  for (const tag of [host.getAttribute('lang'), own, page?.lang, ...navigator.languages]) {
    const primary = typeof tag === 'string' && tag.trim().split(/[-_]/)[0].toLowerCase();
    if (SMP_LANGS.includes(primary)) return [primary, configText, tag.trim().replace('_', '-')];
  }
  return ['en', configText, 'en'];
}

/** On our own pages the page speaks the widget's language (screen readers, axe's html-lang):
 *  the chosen tag, region and all, which the widget's number formats then follow. */
function smpPageLang(tag) {
  const html = document.documentElement;
  if (html.hasAttribute('data-smp-own-page')) html.lang = tag;
}

let smpLangScript;
/**
 * The loader's texts in `lang` once the language script has its catalogue (then the wasm's
 * setLanguage can make it the page's); undefined (English) when either fails to load.
 */
function smpCatalogue(lang) {
  smpLangScript ??= new Promise((onload, onerror) => {
    const src = new URL('lang/lang.js', import.meta.url);
    document.head.append(Object.assign(document.createElement('script'), { type: 'module', src, integrity: SMP_LANG_JS, crossOrigin: 'anonymous', onload, onerror }));
  });
  return smpLangScript.then(
    () => SmpLang.load(lang, SMP_EN),
    () => console.warn('smp-calculator: no language script; using English'),
  );
}

/** The loader's messages are in the widget's language: marked so on a page in another. */
function smpMarked(element, where) {
  element.lang = where.lang;
  element.dir = 'ltr';
}
// </languages>

function smpFallback(where, reason) {
  const box = document.createElement('p');
  // <languages>
  smpMarked(box, where);
  // </languages>
  box.className = 'smp-loading smp-fallback';
  box.setAttribute('role', 'alert');
  box.append(`${where.texts[1]} `);
  const link = document.createElement('a');
  link.href = new URL('./', import.meta.url).href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = where.texts[2];
  box.append(link, '.');
  where.root.replaceChildren(box);
  console.warn(`smp-calculator: ${reason}`);
}

let smpWarm;
/**
 * A page's first Intl number or date formatter costs 25-40 ms (V8 lists the locales it has
 * data for, once per renderer process), four times that on a slow phone. The wasm writes
 * dollars and dates in US English itself (src/i18n/en_us.rs); for any other locale, as the
 * widget will choose it (ui::format, model::language), the formatters are built here while
 * the wasm still downloads, so that the render finds the locale data loaded.
 */
function smpWarmUp(host, configText, lang) {
  let config;
  try {
    config = JSON.parse(configText);
  } catch {
    // The widget reports a broken configuration itself.
  }
  const clinic = (name) => host.getAttribute(name) ?? config?.[name];
  const locale = clinic('locale') ?? [document.documentElement.lang, navigator.language].find((tag) => tag?.startsWith(lang)) ?? lang;
  try {
    if (smpWarm || (/^en(-US)?$/.test(Intl.getCanonicalLocales(locale)) && (clinic('currency') ?? 'USD') === 'USD')) return;
    smpWarm = true;
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(0);
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(0);
  } catch {
    // No Intl, a patched one or a tag it rejects: the widget handles each itself.
  }
}

/** Mounts one calculator on `host`: in a shadow root unless it says data-smp-shadow="none". */
export function mountElement(host) {
  if (smpMounted.has(host)) return;
  smpMounted.add(host);
  try {
    smpMountElement(host);
  } catch (err) {
    // One broken host element (a closed shadow root of someone else's, say) must not stop the
    // others on the page.
    console.warn(`smp-calculator: could not mount #${host.id || '(no id)'}: ${err && err.message}`);
  }
}

function smpMountElement(host) {
  const n = ++smpCount;
  const isolated = (host.getAttribute('data-smp-shadow') ?? host.getAttribute('shadow')) !== 'none';
  let root = host;
  // Whether the widget's styles apply from now on (a <link> would apply later).
  let styled = false;
  if (isolated) {
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    try {
      shadow.adoptedStyleSheets = [smpStyleSheet()];
    } catch {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(SMP_CSS_FILE, import.meta.url).href;
      shadow.append(link);
    }
    root = document.createElement('div');
    root.className = 'smp-root';
    shadow.append(root);
  } else if (document.documentElement.hasAttribute('data-smp-own-page')) {
    // Our standalone page links no stylesheet (scripts/postbuild.mjs): the text in this script
    // is its one download of the CSS too.
    try {
      if (!document.adoptedStyleSheets.includes(smpStyleSheet())) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, smpStyleSheet()];
      }
      styled = true;
    } catch {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(SMP_CSS_FILE, import.meta.url).href;
      document.head.append(link);
    }
  }
  let configText = smpConfigText(host);
  const loading = document.createElement('p');
  loading.className = 'smp-loading';
  loading.textContent = SMP_EN[0];
  // Where the widget renders and the loader's texts for it (English unless a catalogue says).
  const where = { root, texts: SMP_EN };
  let ready = smpLoad();
  // <languages>
  let tag;
  [where.lang, configText, tag] = smpLanguage(host, configText);
  smpPageLang(tag);
  smpMarked(loading, where);
  if (where.lang !== 'en') {
    // Empty until the catalogue (fetched alongside the wasm, and much smaller) says it.
    loading.textContent = '';
    ready = smpCatalogue(where.lang).then((texts) => {
      if (texts) where.texts = texts;
      else smpPageLang((where.lang = 'en'));
      smpMarked(loading, where);
      loading.textContent = where.texts[0];
      return smpLoad();
    });
  }
  // </languages>
  // Our standalone page's static heading (index.html): shown while the wasm loads, where the
  // widget will draw its own, in English only (the widget's text may be another language's)
  // and only once styled (unstyled, it would move when the styles arrive).
  const heading = isolated ? null : root.querySelector(':scope > [data-smp-static]');
  const keep = heading && styled && (where.lang ?? 'en') === 'en' ? [heading] : [];
  if (heading) heading.hidden = !keep.length;
  // The JSON block stays in place (inert) but the widget replaces the visible content.
  if (!isolated) root.replaceChildren(...keep, loading);
  else root.append(loading);

  smpRoots.push(where);
  const attributes = Array.from(host.attributes, (a) => [a.name, a.value]);
  smpWarmUp(host, configText, where.lang ?? 'en');
  const key = n === 1 ? undefined : `${SMP_STORAGE_KEY}:${host.id || n}`;
  // Ids only need to be unique within their tree: every shadow root can use the same ones.
  const instance = isolated || n === 1 ? 'smp' : `smp${n}`;
  ready
    // The render follows the instantiation in the same task: a task between them let the
    // browser draw a frame of the loading state first whenever the wasm was already there
    // (a cached or offline start), 40-50 ms before the plan (docs/performance.md, stop 32).
    .then(() => {
      loading.remove();
      // Removed in the task that renders the widget's own: no frame without a heading.
      heading?.remove();
      // <languages>
      // Every widget on a page speaks one language: the last mounted sets it.
      setLanguage(where.lang);
      // </languages>
      mount(root, host, configText, attributes, instance, key);
    })
    .catch((err) => smpFallback(where, err && err.message ? err.message : String(err)));
}

/**
 * The wasm panicked (src/embed/mod.rs installs the hook): it is aborted and every widget on the
 * page is dead. Replace each with a message and a button that forgets the saved inputs (they may
 * be what triggers the bug) and reloads without any shared-link fragment.
 */
window.addEventListener('smp-calculator-panic', () => {
  for (const where of smpRoots) {
    const texts = where.texts;
    const box = document.createElement('div');
    // <languages>
    smpMarked(box, where);
    // </languages>
    box.className = 'smp-loading smp-crash';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = texts[3];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'smp-button';
    button.textContent = texts[4];
    button.addEventListener('click', smpResetAndReload);
    box.append(text, button);
    where.root.replaceChildren(box);
  }
});

function smpResetAndReload() {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key === SMP_STORAGE_KEY || key.startsWith(`${SMP_STORAGE_KEY}:`)) localStorage.removeItem(key);
    }
  } catch {
    // Storage blocked: nothing was saved either.
  }
  if (location.hash) location.href = location.href.split('#')[0];
  else location.reload();
}

class SmpCalculatorElement extends HTMLElement {
  connectedCallback() {
    mountElement(this);
  }
}

if (!customElements.get('smp-calculator')) customElements.define('smp-calculator', SmpCalculatorElement);

function smpScan(node) {
  if (node.nodeType !== 1) return;
  if (node.hasAttribute('data-smp-calculator')) mountElement(node);
  node.querySelectorAll('[data-smp-calculator]').forEach(mountElement);
}

smpScan(document.documentElement);
// CMSs and single-page apps may add the element later.
// Mutations inside a widget are its own rendering (light-DOM instances render into the
// page): skipping them keeps every re-render from rescanning the subtrees it just added.
const SMP_SELECTOR = 'smp-calculator, [data-smp-calculator]';
new MutationObserver((records) => {
  for (const r of records) {
    if (r.target.nodeType === 1 && r.target.closest(SMP_SELECTOR)) continue;
    r.addedNodes.forEach(smpScan);
  }
}).observe(document.documentElement, { childList: true, subtree: true });

window.SmpCalculator = Object.freeze({ ready, computePlan, version, mountElement });
