// The iframe embed (frame.html), for hosts that allow no script in their pages.
//
// The clinic configuration travels in the URL fragment as `#smp1.` + base64url (no padding) of
// the JSON, deflate-raw compressed. Nothing here interprets it: the inflated text becomes the
// widget's inert JSON block, read by the same Rust parser as any embed (bad fields dropped
// with a console warning). The fragment has no `=`, so the widget never mistakes it for a
// visitor's shared link. Its one exception is `theme` (written by the configurator, which
// checks each colour pair against WCAG AA): those colours become the widget's --smp-color-*
// properties, like the style attribute of an embed snippet, and the rest goes to the parser.
//
// The content height goes to the parent page as { type: 'smp-calculator:height', height } so
// that a few lines of host script can size the iframe; without them the frame keeps the
// height the host gave it and scrolls.
const PREFIX = '#smp1.';
// The same cap as the parser's (config::MAX_CONFIG_BYTES): a larger text is refused there
// anyway, and stopping the inflation here keeps a tiny fragment from expanding without bound.
const MAX_CONFIG_BYTES = 64 * 1024;
const MESSAGE = 'smp-calculator:height';

function fromBase64url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function inflate(bytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_CONFIG_BYTES) {
      await reader.cancel();
      throw new Error(`the configuration is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
    }
    parts.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(parts).arrayBuffer());
}

/** The encoded configuration: from the fragment (the snippet's address), which it then moves
 *  to the query, because the widget's "Copy link" and "Reset" replace the fragment with the
 *  visitor's inputs; or from the query (a visitor's shared link: frame.html?smp1.…#v=1&…). */
function encoded() {
  if (location.hash.startsWith(PREFIX)) {
    const text = location.hash.slice(PREFIX.length);
    history.replaceState(history.state, '', `${location.pathname}?${PREFIX.slice(1)}${text}`);
    return text;
  }
  if (location.search.startsWith(`?${PREFIX.slice(1)}`)) return location.search.slice(PREFIX.length);
  return undefined;
}

/** The configuration text from the address, or undefined (none, or unreadable: warned). */
async function configText() {
  const text = encoded();
  if (text === undefined) return undefined;
  try {
    return await inflate(fromBase64url(text));
  } catch (err) {
    console.warn(`smp-calculator: the configuration in this frame's address cannot be read (${err.message}); using the defaults.`);
    return undefined;
  }
}

/** Sets the fragment's `theme` ({ accent_text: '#ffffff' } → --smp-color-accent-text) on the
 *  widget; returns the configuration text without it. */
function applyTheme(widget, text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return text; // the parser will say what is wrong with it
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !('theme' in doc)) return text;
  const { theme, ...rest } = doc;
  for (const [key, colour] of Object.entries(theme && typeof theme === 'object' ? theme : {})) {
    if (/^[a-z_]{1,20}$/.test(key) && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(String(colour))) {
      widget.style.setProperty(`--smp-color-${key.replace(/_/g, '-')}`, colour);
      widget.dataset.smpTheme = '';
    }
  }
  return JSON.stringify(rest);
}

function postHeight(main) {
  if (window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: MESSAGE, height }, '*');
    }
  }).observe(main);
}

const main = document.getElementById('smp-frame');
// The widget fills the frame: no page margin (CSSOM, which a strict CSP allows).
document.body.style.margin = '0';
const widget = document.createElement('smp-calculator');
const text = await configText();
if (text !== undefined) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.textContent = applyTheme(widget, text);
  widget.append(block);
}
main.append(widget);
postHeight(main);
