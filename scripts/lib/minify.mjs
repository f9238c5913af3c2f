// The one minification every shipped script and stylesheet gets, the widget's
// (scripts/postbuild.mjs) and the size yardsticks' (scripts/minify-yardstick.mjs) alike, so
// that the size report's ratios compare like with like. SMP_NO_MINIFY=1 keeps all of them
// readable (profiling, debugging).
import { minify } from 'terser';

export const enabled = !process.env.SMP_NO_MINIFY;

/**
 * An ES module through terser (package.json): about half the gzip bytes of wasm-bindgen's
 * readable output. Property names stay as they are, so the wasm's import object and the
 * module's exports still match. The import object's shims become methods and the function
 * expressions that use no `this` arrows (none is ever called with `new`): 63 B gzip off the
 * widget's script, 22 B off the engine floor's (2026-12-01); a third pass, `pure_getters`
 * and `unsafe` saved nothing more.
 */
export async function minifyModule(source) {
  if (!enabled) return source;
  const out = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2, unsafe_arrows: true, unsafe_methods: true },
    mangle: true,
    format: { comments: false },
  });
  if (!out.code) throw new Error('minify: terser returned no code');
  return out.code;
}

/**
 * A stylesheet without comments and without the whitespace CSS does not need: runs of it
 * become one space, none is kept after `{ } ; , : >` or before `{ } ; , >`, and a rule's last
 * `;` goes. Strings are copied as they are. Whitespace before a `:` stays (`a :hover` is not
 * `a:hover`), and so does any around `+ - * /`, which calc() needs. What it leaves parses to
 * the same rules as the source (checked against css-tree's parser on styles/app.css).
 */
export function minifyCss(css) {
  if (!enabled) return css;
  let out = '';
  let i = 0;
  const space = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (space(c)) {
      while (i < css.length && space(css[i])) i++;
      // Comments right after the whitespace go with it: what follows them decides.
      let k = i;
      while (css[k] === '/' && css[k + 1] === '*') {
        const end = css.indexOf('*/', k + 2);
        k = end < 0 ? css.length : end + 2;
        while (k < css.length && space(css[k])) k++;
      }
      i = k;
      const next = css[k] ?? '';
      const prev = out[out.length - 1] ?? '';
      if (prev && next && !'{};,:>'.includes(prev) && !'{};,>'.includes(next)) out += ' ';
    } else {
      if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
      out += c;
      i++;
    }
  }
  return out;
}
