// Where the wasm bytes go: function body sizes grouped by crate, from the "name" section.
//
//   node scripts/wasm-sizes.mjs FILE.wasm [--top N] [--filter TEXT]
//
// Needs a module that still has its name section, e.g. cargo's own output before
// wasm-bindgen and wasm-opt:
//   CARGO_PROFILE_RELEASE_STRIP=none cargo build --release --target wasm32-unknown-unknown
//   node scripts/wasm-sizes.mjs target/wasm32-unknown-unknown/release/smp-calculator.wasm
// (Sizes before wasm-opt, so only the proportions carry over to the shipped file.)
import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const top = Number(args[args.indexOf('--top') + 1]) || 40;
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? args[filterAt + 1] : null;
if (!file) {
  console.error('usage: node scripts/wasm-sizes.mjs FILE.wasm [--top N] [--filter TEXT]');
  process.exit(2);
}
const buf = fs.readFileSync(file);
let pos = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return result;
  }
};
const str = () => {
  const len = u32();
  const s = buf.toString('utf8', pos, pos + len);
  pos += len;
  return s;
};

let importedFuncs = 0;
const bodies = [];
const names = new Map();
const sections = [];
let dataBytes = 0;
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const start = pos;
  const end = pos + size;
  if (id === 0) {
    const name = str();
    sections.push([`custom:${name}`, size]);
    if (name === 'name') {
      while (pos < end) {
        const sub = buf[pos++];
        const subSize = u32();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const count = u32();
          for (let i = 0; i < count; i++) {
            const idx = u32();
            names.set(idx, str());
          }
        }
        pos = subEnd;
      }
    }
  } else {
    sections.push([['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] || `id${id}`, size]);
    if (id === 2) {
      const count = u32();
      for (let i = 0; i < count; i++) {
        str();
        str();
        const kind = buf[pos++];
        if (kind === 0) {
          importedFuncs++;
          u32();
        } else if (kind === 1) {
          pos++;
          const flags = u32();
          u32();
          if (flags & 1) u32();
        } else if (kind === 2) {
          const flags = u32();
          u32();
          if (flags & 1) u32();
        } else if (kind === 3) {
          pos += 2;
        }
      }
    } else if (id === 10) {
      const count = u32();
      for (let i = 0; i < count; i++) {
        const len = u32();
        bodies.push(len);
        pos += len;
      }
    } else if (id === 11) {
      dataBytes = size;
    }
  }
  pos = end;
  void start;
}

// Legacy Rust mangling (_ZN<len><segment>...E) is enough to read paths; v0 names (_R...)
// only yield their first crate name.
function demangle(name) {
  if (name.startsWith('_ZN')) {
    const parts = [];
    let i = 3;
    while (i < name.length && name[i] !== 'E') {
      const m = name.slice(i).match(/^(\d+)/);
      if (!m) break;
      i += m[1].length;
      parts.push(name.slice(i, i + Number(m[1])));
      i += Number(m[1]);
    }
    if (/^h[0-9a-f]{16}$/.test(parts[parts.length - 1] || '')) parts.pop();
    return parts
      .join('::')
      .replace(/\$LT\$/g, '<')
      .replace(/\$GT\$/g, '>')
      .replace(/\$u20\$/g, ' ')
      .replace(/\$RF\$/g, '&')
      .replace(/\$C\$/g, ',')
      .replace(/\$u7b\$/g, '{')
      .replace(/\$u7d\$/g, '}')
      .replace(/\$u5b\$/g, '[')
      .replace(/\$u5d\$/g, ']')
      .replace(/\$BP\$/g, '*')
      .replace(/\.\./g, '::')
      .replace(/^_</, '<');
  }
  const v0 = name.match(/^_R.*?Cs[0-9A-Za-z]+_(\d+)([A-Za-z_][A-Za-z0-9_]*)/);
  if (v0) return `${v0[2].slice(0, Number(v0[1]))}::<v0> ${name}`;
  return name;
}
// The crate a function's code belongs to: for trait impls, the implementing type's crate.
function crateOf(name) {
  const n = demangle(name).replace(/^<+/, '').replace(/^(&|dyn |mut |impl )+/, '');
  const m = n.match(/^([A-Za-z_][A-Za-z0-9_]*)/);
  return m ? m[1] : '?';
}

const fns = bodies.map((size, i) => ({ size, raw: names.get(i + importedFuncs) || `func${i + importedFuncs}`, name: demangle(names.get(i + importedFuncs) || `func${i + importedFuncs}`) }));
const total = fns.reduce((s, f) => s + f.size, 0);
console.log(`sections: ${sections.map(([n, s]) => `${n} ${s}`).join(', ')}`);
console.log(`code: ${total} B in ${fns.length} functions; data: ${dataBytes} B`);
const byCrate = new Map();
for (const f of fns) byCrate.set(crateOf(f.raw), (byCrate.get(crateOf(f.raw)) || 0) + f.size);
console.log('\nby crate (first path segment):');
for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(s).padStart(8)}  ${((s / total) * 100).toFixed(1).padStart(5)}%  ${c}`);
const shown = fns.filter((f) => !filter || f.name.includes(filter)).sort((a, b) => b.size - a.size);
console.log(`\nlargest functions${filter ? ` matching ${filter}` : ''}:`);
for (const f of shown.slice(0, top)) console.log(`  ${String(f.size).padStart(8)}  ${f.name.slice(0, 150)}`);
if (filter) console.log(`  (${shown.length} functions, ${shown.reduce((s, f) => s + f.size, 0)} B)`);
