// ---- smp-calculator's languages other than English (#15) --------------------------------
// The loader adds this module (dist/lang/lang.js, checked against the hash it carries) only
// for a visitor in French, Spanish or German, so an English visitor never downloads it. It
// fetches that language's catalogue (lang/<tag>.json beside it, checked against the hashes
// below) and does all the translating: the wasm (src/i18n) only calls `SmpLang.t` while a
// language other than English is in effect.
//
// A catalogue is a flat object: English text -> translation, or -> an object of CLDR plural
// categories (Intl.PluralRules) for a count's text; the key "" holds the loader's own texts.
// Keys with `{name}` placeholders also translate the engine's already formatted English texts
// (labels, messages, notes): the placeholders capture what the engine filled in.
//
// tests/catalogues.rs and tests/lang_script.rs run this very file under node
// (tests/lib/lang-run.mjs); scripts/postbuild.mjs fills in the hashes.

const HASHES = /* __SMP_LANG_HASHES__ */ {};
const catalogues = {};
const loads = {};
let cur;

/** The text of `entry` (a translation or plural forms) for the count `n`, else its `other`. */
function form(c, entry, n) {
  if (typeof entry === 'string') return entry;
  if (!entry || typeof entry !== 'object') return undefined;
  const f = (n === undefined ? undefined : entry[c.rules.select(n)]) ?? entry.other;
  return typeof f === 'string' ? f : undefined;
}

/** `text` cut into literal runs (strings) and placeholders ({ hole: name }). */
function pieces(text) {
  const out = [];
  for (;;) {
    const open = text.indexOf('{');
    const close = text.indexOf('}', open);
    if (open < 0 || close < 0) break;
    if (open > 0) out.push(text.slice(0, open));
    out.push({ hole: text.slice(open + 1, close) });
    text = text.slice(close + 1);
  }
  if (text) out.push(text);
  return out;
}

const utf8Length = (s) => new TextEncoder().encode(s).length;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The templates among `keys`, the most specific (most literal text, in UTF-8 bytes) first, in
 * key order among equals: each as [key, pattern, hole names]. A hole holds at least one
 * character, the first place its next literal fits that lets the rest fit; two holes side by
 * side have no boundary, so such keys never match.
 */
function templates(keys) {
  const out = [];
  for (const key of keys.filter((k) => k.includes('{')).sort()) {
    const parts = pieces(key);
    if (parts.some((p, i) => p.hole !== undefined && parts[i + 1]?.hole !== undefined)) continue;
    const names = parts.filter((p) => typeof p !== 'string').map((p) => p.hole);
    const last = parts.length - 1;
    const source = parts.map((p, i) => (typeof p === 'string' ? escapeRe(p) : i === last ? '(.+)' : '(.+?)')).join('');
    const fixed = parts.filter((p) => typeof p === 'string').reduce((n, p) => n + utf8Length(p), 0);
    out.push({ key, re: new RegExp(`^${source}$`, 's'), names, fixed });
  }
  return out.sort((a, b) => b.fixed - a.fixed);
}

/** Makes `json` (a parsed catalogue) the catalogue of `tag`; returns it. */
function add(tag, json) {
  const map = new Map(Object.entries(json));
  return (catalogues[tag] = { tag, map, rules: new Intl.PluralRules(tag), templates: templates([...map.keys()]), memo: new Map() });
}

/**
 * The key of catalogue `c` that translates `text`, with what its placeholders hold: the key
 * equal to it, else the most specific template it fits. undefined when none does.
 */
function match(c, text) {
  if (c.map.has(text)) return { key: text, caps: [] };
  for (const t of c.templates) {
    const m = t.re.exec(text);
    if (m) return { key: t.key, caps: t.names.map((name, i) => [name, m[i + 1]]) };
  }
  return undefined;
}

/** `{name}` replaced by its value in `args`; unknown placeholders left as written. */
function fill(text, args) {
  return pieces(text)
    .map((p) => (typeof p === 'string' ? p : args.get(p.hole) ?? `{${p.hole}}`))
    .join('');
}

/**
 * An engine text (English, already formatted) in the language of `c`: the key equal to it,
 * else the most specific template, whose captures are translated too when they are keys; a
 * capture `n` that is a whole number picks the plural form. undefined when no key fits.
 */
function engine(c, text) {
  const found = match(c, text);
  if (!found) return undefined;
  const entry = c.map.get(found.key);
  const n = found.caps.find(([k, v]) => k === 'n' && /^[+-]?\d+$/.test(v));
  const translation = form(c, entry, n && Number(n[1]));
  if (translation === undefined) return undefined;
  const args = new Map(found.caps.map(([k, v]) => [k, form(c, c.map.get(v)) ?? v]));
  return fill(translation, args);
}

/** `csv` (the engine's file) with its header cells translated; the data rows as they are. */
function csv(c, text) {
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/\r+$/, '');
  const cells = [];
  let cell = '';
  let quoted = false;
  let last = ' ';
  // RFC 4180: quotes undone, `""` inside quotes is one `"`; a comma after the last cell ends it.
  for (const ch of `${header},`) {
    if (ch === '"') {
      if (!quoted && last === '"') cell += '"';
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
    last = ch;
  }
  const quote = (t) => (/[",]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  return `${cells.map((t) => quote(engine(c, t) ?? t)).join(',')}\r\n${end < 0 ? '' : text.slice(end + 1)}`;
}

/**
 * `ics` with every SUMMARY and DESCRIPTION translated: unfolded, unescaped, translated, then
 * escaped and folded by the engine's rules (src/model/export.rs: RFC 5545 TEXT escapes, lines
 * of at most 75 octets); every other line as it is.
 */
function ics(c, text) {
  const lines = [];
  for (const line of text.split('\n').map((l) => l.replace(/\r+$/, ''))) {
    if (line.startsWith(' ') && lines.length) lines[lines.length - 1] += line.slice(1);
    else if (line) lines.push(line);
  }
  let out = '';
  for (let line of lines) {
    const field = ['SUMMARY:', 'DESCRIPTION:'].find((p) => line.startsWith(p));
    if (field) {
      const value = line.slice(field.length).replace(/\\([\s\S]?)/g, (_, e) => (e === 'n' || e === 'N' ? '\n' : e));
      const translated = engine(c, value) ?? value;
      line =
        field +
        translated
          .replace(/[\\;,]/g, '\\$&')
          .replace(/\r\n?|\n/g, '\\n')
          // Control characters (Unicode Cc) other than the line breaks above are dropped.
          .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
    }
    let used = 0;
    for (const ch of line) {
      const n = utf8Length(ch);
      if (used + n > 75) {
        out += '\r\n ';
        used = 1;
      }
      out += ch;
      used += n;
    }
    out += '\r\n';
  }
  return out;
}

/**
 * The wasm's one hook (src/i18n): kind 0 makes the language `text` the one in effect; 1 is a
 * code text's translation (`tr`); 2 an engine text's (`tr_text`); 3 the form for the count `n`
 * of the entry keyed `text` (`trn`); 4 a CSV file's, 5 an iCalendar file's. undefined means
 * English, as it is.
 */
function t(kind, text, n) {
  if (kind === 0) {
    cur = catalogues[text];
    return undefined;
  }
  const c = cur;
  if (!c) return undefined;
  if (kind === 1) return form(c, c.map.get(text));
  if (kind === 3) return form(c, c.map.get(text), n);
  if (kind === 4) return csv(c, text);
  if (kind === 5) return ics(c, text);
  // The same engine texts come back at every render: remembered (a few hundred at most
  // unless the visitor types a great many different values; then started afresh).
  let out = c.memo.get(text);
  if (out === undefined && !c.memo.has(text)) {
    if (c.memo.size > 2000) c.memo.clear();
    out = engine(c, text);
    c.memo.set(text, out);
  }
  return out;
}

/**
 * Fetches the catalogue of `tag` once (checked against its hash) and keeps it for the wasm;
 * resolves to the loader's texts in that language (`english`, the loader's own, unless the
 * catalogue has all five), or undefined (English) when it fails.
 */
function load(tag, english) {
  return (loads[tag] ??= fetch(new URL(`${tag}.json`, import.meta.url), { integrity: HASHES[tag], credentials: 'same-origin' })
    .then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      // The standalone page's service worker keeps both for offline visits.
      navigator.serviceWorker?.ready.then((w) => {
        for (const url of [r.url, import.meta.url]) w.active?.postMessage({ smpCache: url });
      });
      const texts = add(tag, await r.json()).map.get('');
      return texts?.length === 5 ? texts : english;
    })
    .catch((err) => {
      // The widget still works, in English.
      console.warn(`smp-calculator: texts for "${tag}" unavailable (${err.message}); using English`);
      delete loads[tag];
    }));
}

globalThis.SmpLang = { t, load, add, match, catalogues };
