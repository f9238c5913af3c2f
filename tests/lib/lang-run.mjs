// Runs the shipped language script (embed/lang.js) under node for the Rust tests
// (tests/catalogues.rs, tests/lang_script.rs): one implementation of translating, tested where
// it runs. Reads a JSON array of calls on stdin and writes a JSON array of their results:
//   ["add", tag, catalogue]        makes `catalogue` (an object) the catalogue of `tag`
//   ["source", tag]                the same with lang/<tag>.json
//   ["t", tag, kind, text, n]      SmpLang.t with `tag` in effect (kinds: see embed/lang.js)
//   ["match", tag, text]           the key that translates `text` and its captures, or null
//   ["category", tag, n]           the plural category Intl.PluralRules gives the count `n`
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// As the browser takes it: a module (a data: URL, since package.json does not say so).
const source = fs.readFileSync(path.join(ROOT, 'embed', 'lang.js'), 'utf8');
await import(`data:text/javascript,${encodeURIComponent(source)}`);
const { SmpLang } = globalThis;

const calls = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = calls.map(([op, tag, ...rest]) => {
  switch (op) {
    case 'add':
      SmpLang.add(tag, rest[0]);
      return null;
    case 'source':
      SmpLang.add(tag, JSON.parse(fs.readFileSync(path.join(ROOT, 'lang', `${tag}.json`), 'utf8')));
      return null;
    case 't': {
      SmpLang.t(0, tag);
      const [kind, text, n] = rest;
      return SmpLang.t(kind, text, n) ?? null;
    }
    case 'match': {
      const found = SmpLang.match(SmpLang.catalogues[tag], rest[0]);
      return found ? [found.key, found.caps] : null;
    }
    case 'category':
      return new Intl.PluralRules(tag).select(rest[0]);
    default:
      throw new Error(`lang-run: unknown call ${op}`);
  }
});
process.stdout.write(JSON.stringify(out));
