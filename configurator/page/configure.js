// The configurator page (configure.html): a form for every clinic-configuration field, a live
// preview with the real widget, and the code to paste. It never judges a value itself: the
// configuration goes through the widget's own parser, compiled into the configurator's own
// wasm (configurator/src/main.rs, checkConfigJson), whose warnings name the field they
// concern; those fields are marked and left out of every output. The colours (`theme`) are
// checked there too, and reach the widget as --smp-color-* properties on its element.
//
// The form is built from what the parser reports (its schema: regions, tiers, currencies,
// colours; and the default inputs of a plan), so a field the parser learns shows up here
// without a second list. The draft is saved in this browser between visits.
//
// scripts/lib/configurator.mjs fills in the __CFG_*__ names when it copies this file.
import { ready, computePlan } from './smp-calculator.js';
import initConfigurator, { checkConfigJson } from './__CFG_GLUE__';

// ---- language ---------------------------------------------------------------------------
// Every text this page shows is in one catalogue per language (configurator/page/lang/*.json,
// flat: key -> text, or for a count key -> CLDR plural forms). English is built into this file
// (scripts/lib/configurator.mjs inlines lang/en.json); another language is fetched from beside
// it (configure-<code>.json, integrity-checked) only when chosen. configure.html's static texts
// carry `data-t` (text) or `data-t-<attribute>` keys, filled in English at build time.
// The language is the page's, never the configuration's: the snippet and the JSON are the
// same whatever it is.
const EN = __CFG_EN__;
/** The other catalogues: file name and its SRI hash, by language code. */
const CFG_LANGS = __CFG_LANGS__;
const LANGUAGES = ['en', ...Object.keys(CFG_LANGS)];
const LANG_STORE = 'smp-configurator:lang';

let lang = 'en';
let texts = EN;
let plurals = new Intl.PluralRules('en');
const catalogues = new Map([['en', Promise.resolve(EN)]]);

/** A language's catalogue; `{}` (English for every key) when it cannot be fetched. */
function catalogue(code) {
  if (!catalogues.has(code)) {
    const file = CFG_LANGS[code];
    const loading = file
      ? fetch(new URL(`./${file.name}`, import.meta.url), { integrity: file.integrity })
          .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
          .catch((err) => {
            console.warn(`smp-calculator configurator: no ${code} texts (${err.message}); English shown`);
            catalogues.delete(code);
            return {};
          })
      : Promise.resolve({});
    catalogues.set(code, loading);
  }
  return catalogues.get(code);
}

const fill = (text, args) => text.replace(/\{(\w+)\}/g, (all, name) => (name in args ? String(args[name]) : all));
const number = (n, options) => new Intl.NumberFormat(lang, options).format(n);

/** The text of `key` in the page's language (English for a key its catalogue lacks). */
function t(key, args = {}, from = texts) {
  const text = from[key] ?? EN[key];
  return typeof text === 'string' ? fill(text, args) : key;
}

/** A count's text: the plural form the language's rules pick for `n`, `{n}` in its digits. */
function tn(key, n, args = {}) {
  const forms = typeof texts[key] === 'object' ? texts[key] : EN[key];
  return fill(forms[plurals.select(n)] ?? forms.other, { ...args, n: number(n) });
}

/** The page's language code for a language tag, or `fallback`. */
function languageOf(tag, fallback = 'en') {
  const code = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(code) ? code : fallback;
}

/** The first of `?lang=`, the menu's last choice and the browser's languages that has a
 *  catalogue; else English. */
function chosenLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(LANG_STORE);
  } catch {
    // Storage blocked: the browser's languages decide.
  }
  const wanted = [new URLSearchParams(location.search).get('lang'), stored, ...(navigator.languages ?? [navigator.language])];
  return wanted.map((tag) => languageOf(tag, null)).find(Boolean) ?? 'en';
}

/** configure.html's own texts: `data-t` for the text, `data-t-<attribute>` for an attribute. */
function translateStatic() {
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll('*')) {
    for (const { name, value } of [...node.attributes]) if (name.startsWith('data-t-')) node.setAttribute(name.slice(7), t(value));
  }
}

/** The language menu: each language in its own name, so anyone finds theirs. */
function languageMenu() {
  const select = $('cfg-lang');
  select.replaceChildren(
    ...LANGUAGES.map((code) => {
      const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      return el('option', { value: code, lang: code, selected: code === lang }, name.charAt(0).toLocaleUpperCase(code) + name.slice(1));
    }),
  );
  select.addEventListener('change', () => setLanguage(select.value, true));
  $('cfg-lang-menu').hidden = false;
}

/** Shows the page in `code`; `remember`: the menu's choice, kept for the next visit and in
 *  the address (?lang=) so that a shared link opens in it. */
async function setLanguage(code, remember = false) {
  const loaded = await catalogue(code);
  lang = code;
  texts = loaded;
  plurals = new Intl.PluralRules(code);
  templates = warningTemplates();
  document.documentElement.lang = code;
  $('cfg-lang').value = code;
  translateStatic();
  if (remember) {
    try {
      localStorage.setItem(LANG_STORE, code);
    } catch {
      // Storage blocked: the address still carries it.
    }
    const url = new URL(location.href);
    url.searchParams.set('lang', code);
    history.replaceState(history.state, '', url);
  }
  if (schema) {
    // The form again in the new language, with what was typed and which tables were open.
    readForm();
    buildForm();
    for (const id of ['cfg-copy-status', 'cfg-import-status']) showStatus(id, '');
    refresh();
  }
}

/** The parser's warnings are English (the engine's texts, kept out of the engine floor):
 *  matched here against English templates, `{name}` capturing what the parser filled in,
 *  those of this page (`parser.*`: the colours) and the widget's configuration warnings
 *  (from lang/<code>.json, added to this page's catalogue at build time as `@parser`). */
let templates = [];

function warningTemplates() {
  if (lang === 'en') return [];
  const own = Object.keys(EN)
    .filter((k) => k.startsWith('parser.'))
    .map((k) => [EN[k], t(k)]);
  return [...own, ...Object.entries(texts['@parser'] ?? {})]
    .map(([en, to]) => {
      const names = [];
      const source = en
        .split(/(\{\w+\})/)
        .map((part) => {
          const hole = /^\{(\w+)\}$/.exec(part);
          if (!hole) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(hole[1]);
          return '(.+?)';
        })
        .join('');
      return { re: new RegExp(`^${source}$`), names, to, literal: en.replace(/\{\w+\}/g, '').length };
    })
    .sort((a, b) => b.literal - a.literal); // the most specific template first
}

/** A warning of the parser in the page's language; as it came when no template fits.
 *  `given`: placeholders the page knows better than the English text (a field's label). */
function translateWarning(text, given = {}) {
  for (const { re, names, to } of templates) {
    const m = re.exec(text);
    if (!m) continue;
    const args = { ...Object.fromEntries(names.map((name, i) => [name, m[i + 1]])), ...given };
    if (/^\d+\.\d$/.test(args.ratio ?? '')) args.ratio = number(Number(args.ratio), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    if (args.other) args.other = label('colour', args.other);
    return fill(to, args);
  }
  return text;
}

/** A warning without the path it starts with (`prices.crown.premium: …`, `… : …` in French). */
const besideField = (path, text) => (text.startsWith(path) ? text.slice(path.length).replace(/^\s?:\s*/, '') : text);

/** A field's warning in the page's language, without its path. A preset's (`defaults.<key>:
 *  <message>`) holds the input check's message, matched alone with this page's label of the
 *  field as its {field}. */
function fieldWarning(path, warning) {
  const key = /^defaults\.(\w+)$/.exec(path)?.[1];
  const message = besideField(path, warning);
  const preset = key ? translateWarning(message, { field: label('field', key) }) : message;
  return preset !== message ? preset : besideField(path, translateWarning(warning));
}

/** A status line; `kind` 'ok' (green) or 'problem' (red), else neutral. */
function showStatus(id, text, kind = '') {
  const node = $(id);
  node.textContent = text;
  node.classList.toggle('cfg-status--ok', kind === 'ok');
  node.classList.toggle('cfg-status--problem', kind === 'problem');
}

/** Labels of the keys the parser reports (regions, tiers, choices, colours, comparisons,
 *  input fields) come from the catalogue by key; `fallback` (the Rust side's English label,
 *  or the key in words) only for a key the page does not know yet. */
function label(prefix, key, fallback = words(key)) {
  const stage = /^(norwood|ludwig)-(\d+)$/.exec(key);
  if (prefix === 'region' && stage) return t(`region.${stage[1]}`, { n: number(Number(stage[2])) });
  return `${prefix}.${key}` in EN ? t(`${prefix}.${key}`) : fallback;
}

const CFG_WASM = '__CFG_WASM__';
/** The configurator's own files, kept for offline use (keepOffline). */
const CFG_FILES = __CFG_FILES__;

/** `{ config, schema, warnings }`: the configuration as the widget's parser reads it. */
function checkConfig(config) {
  const now = new Date();
  return JSON.parse(checkConfigJson(JSON.stringify(config ?? {}), now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

const STORE = 'smp-configurator:v1';
// Defaults a clinic cannot preset (config.rs refuses them); every other input can be.
const NOT_PRESET = new Set(['start_date', 'sessions', 'currency', 'transplant_cost_minor', 'medication_per_month_minor', 'area', 'area_unit']);
const CHOICES = ['tier', 'skin', 'sun', 'style'];
const PARTS = ['low', 'typical', 'high'];
// The price tables of the configuration: where each sits in the JSON, and what it is.
const TABLES = [
  { key: 'prices', at: (c) => c.prices },
  { key: 'touch_up', at: (c) => c.prices?.touch_up },
  { key: 'session_prices', at: (c) => c.session_prices },
];
const cellPath = (table, region, tier) => (table === 'touch_up' ? `prices.touch_up.${region}.${tier}` : `${table}.${region}.${tier}`);

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k in node && !k.includes('-')) node[k] = v;
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c != null));
  return node;
};
const words = (key) => key.replace(/_minor$/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

let schema;
/** What each empty field stands for, for the placeholders: the prices the current
 *  configuration amounts to (checkConfig's view), and a plan's default inputs. */
let defaults;
/** The form as typed: texts, '' meaning "keep the default". */
let draft;

function emptyDraft() {
  return { clinic_name: '', currency: 'USD', locale: '', booking_url: '', comparisons: [...schema.comparisons], pricing: '', tables: { prices: {}, touch_up: {}, session_prices: {} }, theme: {}, defaults: {} };
}

function loadDraft() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (saved && typeof saved === 'object') {
      const d = { ...emptyDraft(), ...saved };
      d.tables = { ...emptyDraft().tables, ...(saved.tables ?? {}) };
      return d;
    }
  } catch {
    // Storage blocked or unreadable: start afresh.
  }
  return emptyDraft();
}

function saveDraft() {
  try {
    localStorage.setItem(STORE, JSON.stringify(draft));
  } catch {
    // Storage blocked: the page still works, it just forgets.
  }
}

/** Placeholders for a configuration: every price it amounts to, and a plan's default inputs. */
function defaultsFor(config) {
  const view = checkConfig(config).config;
  const plan = computePlan({}, { currency: view.currency }).plan;
  const tables = Object.fromEntries(TABLES.map((t) => [t.key, t.at(view) ?? {}]));
  return { tables, inputs: plan ? plan.inputs : {}, currency: view.currency };
}

const numberOrText = (text) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text.trim());

/** The configuration the draft describes (everything, flagged values included). */
function toConfig(d) {
  const config = {};
  for (const key of ['clinic_name', 'locale', 'booking_url']) if (d[key].trim()) config[key] = d[key].trim();
  config.currency = d.currency;
  if (d.comparisons.length !== schema.comparisons.length) config.comparisons = schema.comparisons.filter((c) => d.comparisons.includes(c));
  if (d.pricing) config.pricing = d.pricing;
  for (const { key } of TABLES) {
    const out = {};
    for (const [region, tiers] of Object.entries(d.tables[key] ?? {})) {
      for (const [tier, cells] of Object.entries(tiers)) {
        if (!cells.some((c) => c.trim())) continue;
        // A partly filled row takes the rest from what the cell stands for now.
        const fallback = defaults?.tables[key]?.[region]?.[tier] ?? ['', '', ''];
        (out[region] ??= {})[tier] = cells.map((c, i) => numberOrText(c.trim() ? c : fallback[i]));
      }
    }
    if (!Object.keys(out).length) continue;
    if (key === 'touch_up') (config.prices ??= {}).touch_up = out;
    else if (key === 'prices') config.prices = { ...out, ...(config.prices ?? {}) };
    else config[key] = out;
  }
  const theme = Object.fromEntries(Object.entries(d.theme).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
  if (Object.keys(theme).length) config.theme = theme;
  const presets = {};
  for (const [key, value] of Object.entries(d.defaults)) {
    if (value.trim()) presets[key] = key === 'region' || CHOICES.includes(key) ? value : numberOrText(value);
  }
  if (Object.keys(presets).length) config.defaults = presets;
  return config;
}

/** `prices.crown.standard: expected …` → `prices.crown.standard`. */
const warningPath = (w) => /^([a-z_]+(?:\.[a-z0-9_-]+)*): /.exec(w)?.[1];

function without(config, path) {
  const keys = path.split('.');
  const parents = [config];
  for (const k of keys.slice(0, -1)) {
    const next = parents[parents.length - 1]?.[k];
    if (!next || typeof next !== 'object') return;
    parents.push(next);
  }
  delete parents[parents.length - 1][keys[keys.length - 1]];
  // Drop objects the deletion emptied.
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]).length === 0) delete parents[i - 1][keys[i - 1]];
  }
}

/** The parser's verdict: warnings by path, and the configuration without the flagged fields. */
function check(config) {
  const flagged = new Map();
  const general = [];
  for (const w of checkConfig(config).warnings) {
    const path = warningPath(w);
    if (path) flagged.set(path, [...(flagged.get(path) ?? []), w]);
    else general.push(w);
  }
  let clean = structuredClone(config);
  for (const path of flagged.keys()) without(clean, path);
  // Dropping a colour can break a pair it was holding up: check until nothing is flagged.
  for (let i = 0; i < 8; i++) {
    const left = checkConfig(clean).warnings.map(warningPath).filter(Boolean);
    if (!left.length) break;
    for (const path of left) {
      flagged.set(path, flagged.get(path) ?? [`${path}: ${t('status.dependsOnFlagged')}`]);
      without(clean, path);
    }
  }
  return { flagged, general, clean };
}

// ---- the form ---------------------------------------------------------------------------

/** A labelled control with its hint and the parser's warning beside it; `shown` wraps it. */
function field(id, label, input, hint, shown = input) {
  input.id = id;
  const warning = el('p', { className: 'cfg-warning', id: `${id}-warning` });
  input.setAttribute('aria-describedby', `${id}-warning${hint ? ` ${id}-hint` : ''}`);
  return el('div', { className: 'cfg-field' }, el('label', { htmlFor: id }, label), shown, hint ? el('p', { className: 'cfg-hint', id: `${id}-hint` }, hint) : null, warning);
}

function textInput(path, value, props = {}) {
  return el('input', { type: 'text', value, autocomplete: 'off', spellcheck: false, dataset: { path }, ...props });
}

function select(path, options, value) {
  const s = el('select', { dataset: { path } });
  for (const [v, text] of options) s.append(el('option', { value: v, selected: v === value }, text));
  return s;
}

function buildForm() {
  const form = $('cfg-form');
  // Rebuilt for another language: the tables the clinic had opened stay open.
  const tables = form.querySelectorAll('details.cfg-table');
  const open = tables.length ? new Set([...tables].filter((d) => d.open).map((d) => d.dataset.table)) : null;
  form.replaceChildren();

  const clinic = el('fieldset', {}, el('legend', {}, t('clinic.legend')));
  clinic.append(
    field('cfg-clinic-name', t('clinic.name'), textInput('clinic_name', draft.clinic_name, { maxLength: schema.max_name_chars }), t('clinic.nameHint', { max: number(schema.max_name_chars) })),
    field('cfg-currency', t('clinic.currency'), select('currency', schema.currencies.map((c) => [c.code, c.code]), draft.currency)),
    field('cfg-locale', t('clinic.locale'), textInput('locale', draft.locale, { placeholder: t('clinic.localePlaceholder') }), t('clinic.localeHint')),
    field('cfg-booking-url', t('clinic.booking'), textInput('booking_url', draft.booking_url, { type: 'url', placeholder: 'https://…' }), t('clinic.bookingHint')),
  );
  const comparisons = el('fieldset', {}, el('legend', {}, t('comparisons.legend')));
  const checks = el('div', { className: 'cfg-checks' });
  for (const c of schema.comparisons) {
    const box = el('input', { type: 'checkbox', id: `cfg-comparison-${c}`, checked: draft.comparisons.includes(c), dataset: { comparison: c } });
    checks.append(el('label', { htmlFor: box.id }, box, label('comparison', c)));
  }
  comparisons.append(checks, el('p', { className: 'cfg-warning', id: 'cfg-comparisons-warning', dataset: { warningFor: 'comparisons' } }));

  const pricing = el('fieldset', {}, el('legend', {}, t('prices.legend')));
  pricing.append(
    field('cfg-pricing', t('prices.pricing'), select('pricing', [['', t('prices.package')], ...schema.pricing.filter((p) => p !== 'package').map((p) => [p, t('prices.perSession')])], draft.pricing)),
    el('p', { className: 'cfg-hint' }, t('prices.hint')),
    ...TABLES.map((table, i) => priceTable(table, open ? open.has(table.key) : i === 0)),
  );
  form.append(clinic, comparisons, pricing, themeFields(), defaultFields());
}

/** One price table in a <details>; its 60-odd rows are built when first opened. */
function priceTable(table, open) {
  const box = el('details', { className: 'cfg-table', open, dataset: { table: table.key } });
  const hintId = `cfg-${table.key}-hint`;
  box.append(el('summary', {}, t(`table.${table.key}`)), el('p', { className: 'cfg-hint', id: hintId }, t(`table.${table.key}.hint`)));
  const build = () => {
    if (box.querySelector('table')) return;
    box.append(priceRows(table, hintId));
    showPlaceholders();
    showVerdict(lastVerdict.flagged, lastVerdict.general);
  };
  if (open) box.append(priceRows(table, hintId));
  else box.addEventListener('toggle', build);
  return box;
}

function priceRows(table, hintId) {
  const head = el('tr', {}, el('th', { scope: 'col' }, t('table.area')), ...schema.tiers.map((tier) => el('th', { scope: 'col' }, t('table.tierColumn', { tier: label('tier', tier) }))));
  const body = el('tbody');
  for (const region of schema.regions) {
    const row = el('tr', {}, el('th', { scope: 'row' }, label('region', region.key, region.label)));
    for (const tier of schema.tiers) {
      const path = cellPath(table.key, region.key, tier);
      const cells = draft.tables[table.key]?.[region.key]?.[tier] ?? ['', '', ''];
      const id = `cfg-${table.key}-${region.key}-${tier}`;
      const triple = el('div', { className: 'cfg-triple' });
      PARTS.forEach((part, i) => {
        triple.append(
          textInput(path, cells[i], {
            inputMode: 'decimal',
            id: `${id}-${part}`,
            'aria-label': t('table.cell', { table: t(`table.${table.key}`), region: label('region', region.key, region.label), tier: label('tier', tier), part: t(`part.${part}`) }),
            'aria-describedby': `${id}-warning`,
            dataset: { path, table: table.key, region: region.key, tier, part: String(i) },
          }),
        );
      });
      row.append(el('td', {}, triple, el('p', { className: 'cfg-warning', id: `${id}-warning`, dataset: { warningFor: path } })));
    }
    body.append(row);
  }
  return el('div', { className: 'cfg-table-wrap' }, el('table', { className: 'cfg-prices', 'aria-describedby': hintId }, el('thead', {}, head), body));
}

function themeFields() {
  const box = el('fieldset', {}, el('legend', {}, t('colours.legend')));
  box.append(el('p', { className: 'cfg-hint' }, t('colours.hint')));
  const grid = el('div', { className: 'cfg-grid' });
  for (const c of schema.theme) {
    const input = textInput(`theme.${c.key}`, draft.theme[c.key] ?? '', { placeholder: c.default, dataset: { path: `theme.${c.key}`, colour: c.key } });
    const swatch = el('span', { className: 'cfg-swatch', id: `cfg-swatch-${c.key}`, 'aria-hidden': 'true' });
    const f = field(`cfg-theme-${c.key}`, label('colour', c.key), input, undefined, el('div', { className: 'cfg-colour' }, input, swatch));
    f.querySelector('.cfg-warning').dataset.warningFor = `theme.${c.key}`;
    grid.append(f);
  }
  const table = el('table', { className: 'cfg-contrast', id: 'cfg-contrast' }, el('caption', {}, t('contrast.caption')), el('thead', {}, el('tr', {}, ...['text', 'background', 'ratio'].map((c) => el('th', { scope: 'col' }, t(`contrast.${c}`))))), el('tbody'));
  box.append(grid, table);
  return box;
}

function defaultFields() {
  const box = el('fieldset', {}, el('legend', {}, t('defaults.legend')));
  const grid = el('div', { className: 'cfg-grid' });
  for (const [key, value] of Object.entries(defaults.inputs)) {
    if (NOT_PRESET.has(key)) continue;
    const path = `defaults.${key}`;
    const current = draft.defaults[key] ?? '';
    let input;
    if (key === 'region') {
      const regionLabel = (key) => label('region', key, schema.regions.find((r) => r.key === key)?.label ?? key);
      input = select(path, [['', t('defaults.keep', { value: regionLabel(value) })], ...schema.regions.map((r) => [r.key, regionLabel(r.key)])], current);
    } else if (CHOICES.includes(key) && (schema[key] ?? schema[`${key}s`])) {
      input = select(path, [['', t('defaults.keep', { value: label(key, value) })], ...(schema[key] ?? schema[`${key}s`]).map((v) => [v, label(key, v)])], current);
    } else {
      input = textInput(path, current, { inputMode: 'decimal', placeholder: String(value) });
    }
    const name = label('field', key);
    const f = field(`cfg-default-${key.replace(/_/g, '-')}`, key.endsWith('_minor') ? t('defaults.minorUnits', { label: name }) : name, input);
    f.querySelector('.cfg-warning').dataset.warningFor = path;
    grid.append(f);
  }
  box.append(grid);
  return box;
}

// ---- reading the form, showing the verdict ---------------------------------------------

function readForm() {
  const form = $('cfg-form');
  for (const input of form.querySelectorAll('[data-path]')) {
    const path = input.dataset.path;
    const { table, region, tier, part } = input.dataset;
    if (table) {
      const cells = (((draft.tables[table] ??= {})[region] ??= {})[tier] ??= ['', '', '']);
      cells[Number(part)] = input.value;
      if (!cells.some((c) => c.trim())) delete draft.tables[table][region][tier];
    } else if (path.startsWith('theme.')) {
      draft.theme[path.slice(6)] = input.value;
    } else if (path.startsWith('defaults.')) {
      draft.defaults[path.slice(9)] = input.value;
    } else {
      draft[path] = input.value;
    }
  }
  draft.comparisons = [...form.querySelectorAll('[data-comparison]')].filter((b) => b.checked).map((b) => b.dataset.comparison);
  draft.base = $('cfg-base').value;
}

/** Each empty price shows what it stands for (in the chosen currency, given the rest). */
function showPlaceholders() {
  for (const input of document.querySelectorAll('[data-table]')) {
    const { table, region, tier, part } = input.dataset;
    input.placeholder = defaults.tables[table]?.[region]?.[tier]?.[Number(part)] ?? '';
  }
}

function showVerdict(flagged, general) {
  for (const input of document.querySelectorAll('[data-path]')) {
    const bad = flagged.has(input.dataset.path);
    if (bad) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  for (const box of document.querySelectorAll('.cfg-warning')) {
    const path = box.dataset.warningFor ?? document.querySelector(`[aria-describedby~="${box.id}"]`)?.dataset.path;
    box.textContent = (path && flagged.get(path)?.map((w) => fieldWarning(path, w)).join(' ')) || '';
  }
  const count = [...flagged.keys()].length;
  // Problems (flagged fields, warnings of no field) in red; green only when all is well.
  if (count) showStatus('cfg-status', tn('status.marked', count), 'problem');
  else if (general.length) showStatus('cfg-status', general.map(translateWarning).join(' '), 'problem');
  else showStatus('cfg-status', t('status.upToDate'), 'ok');
}

function parseColour(text) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

/** WCAG 2 contrast, for the live table (the parser, not this, decides what is kept). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function showContrast() {
  const colour = (key) => parseColour(draft.theme[key] ?? '') ?? parseColour(schema.theme.find((c) => c.key === key).default);
  for (const c of schema.theme) $(`cfg-swatch-${c.key}`).style.background = `rgb(${colour(c.key).join(',')})`;
  const rows = schema.theme_pairs.map(([fg, bg]) => {
    const ratio = contrast(colour(fg), colour(bg));
    const ok = ratio >= schema.min_contrast;
    return el('tr', {}, el('td', {}, label('colour', fg)), el('td', {}, label('colour', bg)), el('td', { className: ok ? 'cfg-pass' : 'cfg-fail' }, t(ok ? 'contrast.passes' : 'contrast.fails', { ratio: number(Math.floor(ratio * 10) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })));
  });
  $('cfg-contrast').tBodies[0].replaceChildren(...rows);
}

// ---- outputs ---------------------------------------------------------------------------

/** JSON safe inside a <script> block: no "</script>" or "<!--" can appear. */
const blockJson = (config) => JSON.stringify(config, null, 2).replace(/</g, '\\u003c');

/** The widget's configuration (the JSON block) and its colours (custom properties). */
function splitTheme(clean) {
  const { theme, ...config } = clean;
  // In the form's order, so that the same colours always give the same snippet.
  const properties = schema.theme.filter((c) => theme?.[c.key]).map((c) => [`--smp-color-${c.key.replace(/_/g, '-')}`, theme[c.key]]);
  return { config, properties };
}

/** The attributes that theme an element: data-smp-theme turns the dark defaults off. */
const themeAttributes = (properties) =>
  properties.length ? ` data-smp-theme style="${properties.map(([p, c]) => `${p}: ${c}`).join('; ')}"` : '';

function base() {
  const text = $('cfg-base').value.trim() || new URL('./', location.href).href;
  return text.endsWith('/') ? text : `${text}/`;
}

async function fragment(config) {
  const stream = new Blob([JSON.stringify(config)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `smp1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

async function inflate(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

let outputRun = 0;
async function showOutputs(clean) {
  const run = ++outputRun;
  const integrity = document.querySelector('script[src="./smp-calculator.js"]').integrity;
  const where = base();
  const { config, properties } = splitTheme(clean);
  $('cfg-snippet').value = `<script type="module" src="${where}smp-calculator.js"
        integrity="${integrity}" crossorigin="anonymous"></script>
<smp-calculator${themeAttributes(properties)}>
  <script type="application/json">
${blockJson(config)}
  </script>
</smp-calculator>
`;
  const frag = await fragment(clean);
  // The frame's title is for the clinic's visitors: in the language of the clinic's locale
  // (else English), never this page's, so that the snippet does not depend on it.
  const frameTitle = t('output.frameTitle', {}, await catalogue(languageOf(clean.lang ?? clean.locale)));
  if (run !== outputRun) return;
  const origin = new URL(where).origin;
  $('cfg-iframe').value = `<iframe id="smp-calculator-frame" title="${frameTitle}" width="100%" height="900" allow="clipboard-write"
        src="${where}frame.html#${frag}"></iframe>
<script>
  addEventListener('message', (e) => {
    const frame = document.getElementById('smp-calculator-frame');
    if (e.origin !== '${origin}' || e.source !== frame.contentWindow) return;
    const h = e.data && e.data.type === 'smp-calculator:height' ? e.data.height : NaN;
    if (Number.isFinite(h) && h > 0 && h < 100000) frame.style.height = \`\${Math.ceil(h)}px\`;
  });
</script>
`;
}

let previewTimer = 0;
function showPreview(clean) {
  clearTimeout(previewTimer);
  // A new widget per change (its configuration is read once, when it mounts), after a pause
  // so that typing a price mounts one, not one per keystroke.
  previewTimer = setTimeout(() => {
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith('smp-calculator:v1:cfg-preview')) localStorage.removeItem(key);
    } catch {
      // Storage blocked: nothing saved either.
    }
    const { config, properties } = splitTheme(clean);
    const widget = el('smp-calculator', { id: 'cfg-preview-widget' }, el('script', { type: 'application/json', textContent: JSON.stringify(config) }));
    if (properties.length) widget.dataset.smpTheme = '';
    for (const [property, colour] of properties) widget.style.setProperty(property, colour);
    $('cfg-preview').replaceChildren(widget);
  }, 300);
}

let lastClean = {};
let lastVerdict = { flagged: new Map(), general: [] };
let updateTimer = 0;
/** After each edit: the draft is read and saved at once, the parser's verdict and the outputs
 *  follow a short pause (a typed price is one verdict, not one per keystroke). */
function update() {
  readForm();
  saveDraft();
  clearTimeout(updateTimer);
  updateTimer = setTimeout(refresh, 150);
}

function refresh() {
  // A new currency changes every default: fill partial rows from its table, not the old one.
  if (defaults.currency !== draft.currency) defaults = defaultsFor({ currency: draft.currency });
  const { flagged, general, clean } = check(toConfig(draft));
  defaults = defaultsFor(clean);
  showPlaceholders();
  lastClean = clean;
  lastVerdict = { flagged, general };
  showVerdict(flagged, general);
  showContrast();
  showOutputs(clean);
  showPreview(clean);
  saveDraft();
}

// ---- import -----------------------------------------------------------------------------

/** A configuration object from a snippet (embed or iframe) or JSON text. */
async function importedConfig(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return { config: JSON.parse(trimmed) };
  const doc = new DOMParser().parseFromString(trimmed, 'text/html');
  const host = doc.querySelector('smp-calculator, [data-smp-calculator]');
  const script = doc.querySelector('script[src$="smp-calculator.js"]');
  if (host) {
    const ref = host.getAttribute('config');
    const block = host.querySelector('script[type="application/json"]') ?? (ref ? doc.getElementById(ref) : null);
    const config = block ? JSON.parse(block.textContent) : {};
    for (const name of ['clinic-name', 'currency', 'locale', 'booking-url', 'comparisons']) {
      const v = host.getAttribute(name);
      if (v != null) config[name.replace('-', '_')] = name === 'comparisons' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v;
    }
    // The colours: --smp-color-* properties of the element's style attribute.
    const theme = {};
    for (const [, key, colour] of (host.getAttribute('style') ?? '').matchAll(/--smp-color-([a-z-]+)\s*:\s*([^;]+)/g)) {
      theme[key.replace(/-/g, '_')] = colour.trim();
    }
    if (Object.keys(theme).length) config.theme = theme;
    return { config, base: script ? new URL('./', new URL(script.getAttribute('src'), location.href)).href : undefined };
  }
  const frame = doc.querySelector('iframe[src*="#smp1."]');
  if (frame) {
    const src = frame.getAttribute('src');
    return { config: JSON.parse(await inflate(src.split('#smp1.')[1])), base: new URL('./', new URL(src, location.href)).href };
  }
  throw new Error(t('status.nothingToImport'));
}

/** The draft a configuration gives: every field as text. */
function fromConfig(config) {
  const d = emptyDraft();
  const text = (v) => (v == null ? '' : String(v));
  for (const key of ['clinic_name', 'locale', 'booking_url']) d[key] = text(config[key]);
  if (typeof config.currency === 'string') d.currency = config.currency.toUpperCase();
  if (Array.isArray(config.comparisons)) d.comparisons = schema.comparisons.filter((c) => config.comparisons.includes(c));
  if (typeof config.pricing === 'string' && config.pricing !== 'package') d.pricing = config.pricing;
  const rows = (source) => {
    const out = {};
    for (const [region, tiers] of Object.entries(source ?? {})) {
      for (const [tier, cells] of Object.entries(tiers ?? {})) {
        if (Array.isArray(cells)) (out[region] ??= {})[tier] = [0, 1, 2].map((i) => text(cells[i]));
      }
    }
    return out;
  };
  const { touch_up: touchUp, ...courses } = config.prices ?? {};
  d.tables.prices = rows(courses);
  d.tables.session_prices = rows(config.session_prices);
  // One touch-up price per tier for every region is the same as that price in every row.
  const flat = touchUp && Object.keys(touchUp).length && Object.keys(touchUp).every((k) => schema.tiers.includes(k));
  d.tables.touch_up = flat ? rows(Object.fromEntries(schema.regions.map((r) => [r.key, touchUp]))) : rows(touchUp);
  for (const [k, v] of Object.entries(config.theme ?? {})) d.theme[k] = text(v);
  for (const [k, v] of Object.entries(config.defaults ?? {})) d.defaults[k] = text(v);
  return d;
}

async function importNow() {
  try {
    const { config, base: where } = await importedConfig($('cfg-import').value);
    if (!config || typeof config !== 'object' || Array.isArray(config)) throw new Error(t('status.notAnObject'));
    draft = { ...fromConfig(config), base: where ?? draft.base };
    defaults = defaultsFor({ currency: draft.currency });
    buildForm();
    $('cfg-base').value = draft.base ?? '';
    readForm();
    saveDraft();
    refresh();
    showStatus('cfg-import-status', t('status.imported'), 'ok');
  } catch (err) {
    showStatus('cfg-import-status', t('status.importFailed', { why: err.message }), 'problem');
  }
}

// ---- start ------------------------------------------------------------------------------

async function copy(id) {
  const text = $(id).value;
  try {
    await navigator.clipboard.writeText(text);
    showStatus('cfg-copy-status', t(id === 'cfg-snippet' ? 'status.copiedSnippet' : 'status.copiedIframe'), 'ok');
  } catch {
    $(id).select();
    showStatus('cfg-copy-status', t('status.copyBlocked'));
  }
}

function download() {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(lastClean, null, 2)}\n`], { type: 'application/json' }));
  const a = el('a', { href: url, download: 'smp-calculator-config.json', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offline after one visit: the standalone page's service worker (sw.js) precaches the
 *  calculator and answers from its cache first; this page adds its own files to that cache,
 *  which the worker drops with the rest when a new build replaces it. Calculator visitors
 *  never fetch them (they fetch one widget catalogue, their own language's). */
async function keepOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    await navigator.serviceWorker.register('./sw.js');
    await navigator.serviceWorker.ready;
    const name = (await caches.keys()).find((k) => k.startsWith('smp-calculator-'));
    // The preview is the real widget, which follows the page's language: its catalogues
    // (lang/<code>.json beside the calculator's script) are kept too, so switching language
    // offline also translates the preview.
    const widgetLangs = Object.keys(CFG_LANGS).map((code) => `lang/${code}.json`);
    if (name) await (await caches.open(name)).addAll([...CFG_FILES, ...widgetLangs].map((f) => `./${f}`));
  } catch (err) {
    console.warn(`smp-calculator configurator: offline mode unavailable (${err.message})`);
  }
}

async function start() {
  const language = setLanguage(chosenLanguage());
  languageMenu();
  try {
    await Promise.all([ready, initConfigurator({ module_or_path: new URL(`./${CFG_WASM}`, import.meta.url) }), language]);
  } catch (err) {
    $('cfg-loading').textContent = t('page.loadFailed', { why: err.message });
    return;
  }
  schema = checkConfig({}).schema;
  draft = loadDraft();
  defaults = defaultsFor({ currency: draft.currency });
  buildForm();
  $('cfg-base').value = draft.base ?? '';
  $('cfg-base').placeholder = new URL('./', location.href).href;
  const form = $('cfg-form');
  form.addEventListener('input', () => update());
  form.addEventListener('change', () => update());
  form.addEventListener('submit', (e) => e.preventDefault());
  $('cfg-base').addEventListener('input', () => update());
  $('cfg-copy-snippet').addEventListener('click', () => copy('cfg-snippet'));
  $('cfg-copy-iframe').addEventListener('click', () => copy('cfg-iframe'));
  $('cfg-download').addEventListener('click', download);
  $('cfg-import-button').addEventListener('click', importNow);
  readForm();
  refresh();
  keepOffline();
}

start();
