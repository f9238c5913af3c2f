// The configurator page (configure.html, docs/embedding.md "Configurator") written into a
// calculator build by scripts/postbuild.mjs, after the service worker's list (so the
// calculator's visitors never precache it).
//
// Its wasm is its own crate (configurator/), built before the calculator by
//   trunk build --release --offline --config configurator/Trunk.toml   (-> target/configure-dist/)
// and copied here as configure-<hash>.js and configure-<hash>_bg.wasm beside the page
// (configurator/page/configure.{html,js,css}). Every file of it starts with "configure", which
// is how scripts/size-report.mjs tells it from what a calculator page downloads.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minifyCss, minifyModule } from './minify.mjs';

/** Writes the configurator into `dir` (the build's staging folder), its scripts and stylesheet
 *  minified like the calculator's (./minify.mjs); returns its file names. */
export async function writeConfigurator(root, dir, integrity) {
  const built = path.join(root, 'target', 'configure-dist');
  const page = path.join(root, 'configurator', 'page');
  const files = fs.existsSync(built) ? fs.readdirSync(built) : [];
  const glue = files.find((f) => /^smp-configurator-[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => /^smp-configurator-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!glue || !wasm) {
    console.warn(
      'postbuild: no configurator in target/configure-dist/ (run trunk build --release --offline ' +
        '--config configurator/Trunk.toml first); this build has no configure.html',
    );
    return [];
  }
  const hash = /-([0-9a-f]+)\.js$/.exec(glue)[1];
  const names = { glue: `configure-${hash}.js`, wasm: `configure-${hash}_bg.wasm` };
  fs.writeFileSync(path.join(dir, names.glue), await minifyModule(fs.readFileSync(path.join(built, glue), 'utf8')));
  fs.copyFileSync(path.join(built, wasm), path.join(dir, names.wasm));
  // The page's texts: English inlined into configure.js, every other language beside it as
  // configure-<code>.json, fetched with its integrity hash only when chosen.
  const catalogues = readCatalogues(page);
  const en = catalogues.en;
  const langs = {};
  for (const [code, texts] of Object.entries(catalogues)) {
    if (code === 'en') continue;
    const json = JSON.stringify({ ...texts, '@parser': parserWarnings(root, code) });
    const name = `configure-${code}.json`;
    fs.writeFileSync(path.join(dir, name), json);
    langs[code] = { name, integrity: `sha384-${crypto.createHash('sha384').update(json).digest('base64')}` };
  }
  const own = ['configure.html', 'configure.js', 'configure.css', names.glue, names.wasm, ...Object.values(langs).map((l) => l.name)];
  const readable = fs
    .readFileSync(path.join(page, 'configure.js'), 'utf8')
    .replace('__CFG_GLUE__', names.glue)
    .replace('__CFG_WASM__', names.wasm)
    .replace('__CFG_FILES__', JSON.stringify(own))
    .replace('__CFG_EN__', JSON.stringify(en))
    .replace('__CFG_LANGS__', JSON.stringify(langs));
  if (/__(SMP|CFG)_[A-Z_]+__/.test(readable)) throw new Error('postbuild: a placeholder in configure.js was not filled');
  const script = await minifyModule(readable);
  fs.writeFileSync(path.join(dir, 'configure.js'), script);
  fs.writeFileSync(path.join(dir, 'configure.css'), minifyCss(fs.readFileSync(path.join(page, 'configure.css'), 'utf8')));
  const html = englishTexts(fs.readFileSync(path.join(page, 'configure.html'), 'utf8'), en).replace('__SMP_INTEGRITY__', integrity);
  for (const [name, text] of [['configure.html', html], ['configure.js', script]]) {
    if (/__(SMP|CFG)_[A-Z_]+__/.test(text)) throw new Error(`postbuild: a placeholder in ${name} was not filled`);
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="/.test(html)) throw new Error('postbuild: configure.html has inline script or style');
  fs.writeFileSync(path.join(dir, 'configure.html'), html);
  return own;
}

/** configurator/page/lang/<code>.json, by code. */
export function readCatalogues(page) {
  const dir = path.join(page, 'lang');
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => /^[a-z]{2}\.json$/.test(f))
      .sort()
      .map((f) => [f.slice(0, 2), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))]),
  );
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** configure.html with its English texts: an empty element with `data-t="key"` gets the text,
 *  `data-t-<attribute>="key"` adds the attribute. */
export function englishTexts(html, en) {
  const text = (key) => {
    if (typeof en[key] !== 'string') throw new Error(`postbuild: configure.html names "${key}", not in lang/en.json`);
    return escapeHtml(en[key]);
  };
  return html
    .replace(/(<([a-z0-9]+)\b[^>]*\sdata-t="([\w.]+)"[^>]*>)(<\/\2>)/g, (all, open, tag, key, close) => `${open}${text(key)}${close}`)
    .replace(/\sdata-t-([a-z-]+)="([\w.]+)"/g, (all, attribute, key) => `${all} ${attribute}="${text(key)}"`);
}

/** The configuration warnings of the widget's catalogue lang/<code>.json (English template ->
 *  translation; keys that start with the path of a configuration field, `{path}` for a price
 *  row) and its input checks' messages (`{field} …`, for the presets), which the configurator
 *  shows beside its fields. None when there is no such file. */
export function parserWarnings(root, code) {
  const file = path.join(root, 'lang', `${code}.json`);
  if (!fs.existsSync(file)) return {};
  const all = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Object.fromEntries(
    Object.entries(all).filter(([key, value]) => typeof value === 'string' && /^(\{path\}|[a-z_]+(\.[a-z_{}]+)*): |^(The configuration |Unknown configuration field |\{field\} )/.test(key)),
  );
}
