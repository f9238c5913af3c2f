// Where the wasm bytes go: function body sizes grouped by crate, from the "name" section.
//
//   node scripts/wasm-sizes.mjs FILE.wasm [--top N] [--filter TEXT] [--callers TEXT [--depth N]]
//
// --callers TEXT: which functions call the functions whose name contains TEXT (decoded from
// the code section's `call` instructions), and who calls those, up to --depth levels (3):
// the way to find what pulls a block such as core's float formatting into the output.
// A function called through the table (`call_indirect`: trait objects such as fmt::Debug)
// is listed as "(in the table)", and what takes its address is followed instead: a body that
// stores its table slot (`i32.const` then `i32.store`), or one that stores a constant `i32.const` points at most 16 bytes before a
// place in the data where the slot is stored (a vtable), marked "(takes its address)".
// (Found that way: an f64::clamp in src/chart whose assertion message printed two f64.)
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
const callersAt = args.indexOf('--callers');
const callersOf = callersAt >= 0 ? args[callersAt + 1] : null;
const depth = Number(args[args.indexOf('--depth') + 1]) || 3;
if (!file) {
  console.error('usage: node scripts/wasm-sizes.mjs FILE.wasm [--top N] [--filter TEXT] [--callers TEXT [--depth N]]');
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
// [start, end) of each body in buf, and the function indices the element segments put in tables.
const spans = [];
const inTable = new Set();
// table slot of each function in an active element segment; data segments [address, bytes].
const slotOf = new Map();
const dataSegs = [];
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
        spans.push([pos, pos + len]);
        pos += len;
      }
    } else if (id === 9) {
      readElements();
    } else if (id === 11) {
      dataBytes = size;
      readData();
    }
  }
  pos = end;
  void start;
}

// Element segments as rustc/LLVM and wasm-bindgen write them: active, function indices
// (flags 0 or 2, or expressions of ref.func for 4 and 6).
function readElements() {
  const count = u32();
  for (let i = 0; i < count; i++) {
    const flags = u32();
    if (flags & 2 && !(flags & 1)) u32(); // table index
    const offset = flags & 1 ? null : constExprValue();
    if (flags & 3) pos++; // elemkind or reftype
    const n = u32();
    const put = (fn, j) => {
      inTable.add(fn);
      if (offset !== null) slotOf.set(fn, offset + j);
    };
    for (let j = 0; j < n; j++) {
      if (flags & 4) {
        // an expression: ref.func idx end, or ref.null t end
        const op = buf[pos++];
        if (op === 0xd2) put(u32(), j);
        else pos++;
        pos++;
      } else put(u32(), j);
    }
  }
}
function readData() {
  const count = u32();
  for (let i = 0; i < count; i++) {
    const flags = u32();
    if (flags === 2) u32();
    const address = flags & 1 ? null : constExprValue();
    const len = u32();
    if (address !== null) dataSegs.push([address, buf.subarray(pos, pos + len)]);
    pos += len;
  }
}
/** The value of an `i32.const N end` expression (null for anything else, which is skipped). */
function constExprValue() {
  if (buf[pos] === 0x41) {
    pos++;
    const v = sleb();
    if (buf[pos] === 0x0b) {
      pos++;
      return v;
    }
  }
  skipConstExpr();
  return null;
}
function sleb() {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return shift < 32 && byte & 0x40 ? result | (~0 << shift) : result;
}
function skipConstExpr() {
  while (buf[pos] !== 0x0b) skipInstr();
  pos++;
}
/** Skips a signed LEB128 (its value is not needed). */
function s33() {
  while (buf[pos++] & 0x80);
}
// Steps over one instruction at pos; returns the callee for `call`, else -1. The value of
// the last i32.const goes to lastConst.
let lastConst = null;
function skipInstr() {
  const op = buf[pos++];
  if (op === 0x10) return u32();
  if (op === 0x41) {
    lastConst = sleb();
    return -1;
  }
  if (op === 0x02 || op === 0x03 || op === 0x04) {
    // block type: 0x40, a value type (one byte, negative in s33) or a type index
    if (buf[pos] === 0x40 || buf[pos] >= 0x6b) pos++;
    else s33();
  } else if (op === 0x0c || op === 0x0d) u32();
  else if (op === 0x0e) {
    const n = u32();
    for (let i = 0; i <= n; i++) u32();
  } else if (op === 0x11 || op === 0x13) {
    u32();
    u32();
  } else if (op === 0x12) u32();
  else if (op === 0x1c) {
    const n = u32();
    pos += n;
  } else if (op >= 0x20 && op <= 0x26) u32();
  else if (op >= 0x28 && op <= 0x3e) {
    u32();
    u32();
  } else if (op === 0x3f || op === 0x40) pos++;
  else if (op === 0x41 || op === 0x42) s33();
  else if (op === 0x43) pos += 4;
  else if (op === 0x44) pos += 8;
  else if (op === 0xd0) pos++;
  else if (op === 0xd2) u32();
  else if (op === 0xfc) {
    const sub = u32();
    if (sub <= 7) {
      // saturating truncations: no immediate
    } else if (sub === 8) {
      u32();
      pos++;
    } else if (sub === 9 || sub === 13 || sub === 15 || sub === 16 || sub === 17) u32();
    else if (sub === 10) pos += 2;
    else if (sub === 11) pos++;
    else if (sub === 12 || sub === 14) {
      u32();
      u32();
    } else throw new Error(`wasm-sizes: unknown 0xfc ${sub} at ${pos}`);
  } else if (op === 0xfd || op === 0xfe) throw new Error(`wasm-sizes: SIMD/threads opcodes are not decoded (at ${pos})`);
  return -1;
}
/** callee index -> Set of caller indices, from every body's `call` instructions; consts:
 * i32.const value -> Set of the bodies that hold it. */
function callGraph(consts) {
  const callers = new Map();
  spans.forEach(([start, end], i) => {
    const self = i + importedFuncs;
    pos = start;
    const groups = u32();
    for (let g = 0; g < groups; g++) {
      u32();
      pos++;
    }
    while (pos < end) {
      lastConst = null;
      const callee = skipInstr();
      // Table slots are small numbers: only one stored right away (i32.store, as into a
      // fmt::Argument) counts as taking a function's address. Data addresses count anywhere.
      if (lastConst !== null) {
        const key = buf[pos] === 0x36 ? `s${lastConst}` : lastConst;
        if (!consts.has(key)) consts.set(key, new Set());
        consts.get(key).add(self);
        if (key !== lastConst) consts.get(lastConst)?.add(self) ?? consts.set(lastConst, new Set([self]));
      }
      if (callee >= 0) {
        if (!callers.has(callee)) callers.set(callee, new Set());
        callers.get(callee).add(self);
      }
    }
  });
  return callers;
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
if (callersOf) {
  const consts = new Map();
  const graph = callGraph(consts);
  // Bodies that take a table function's address: its slot as a constant, or a constant
  // pointing just before a data word holding the slot (a vtable entry).
  const takers = (idx) => {
    const out = new Set();
    const slot = slotOf.get(idx);
    if (slot === undefined) return out;
    for (const b of consts.get(`s${slot}`) || []) out.add(b);
    // A vtable: drop_in_place (a slot or 0), size, align (a power of two), then the methods.
    const word = (bytes, o) => (o >= 0 && o + 4 <= bytes.length ? bytes.readUInt32LE(o) : -1);
    for (const [address, bytes] of dataSegs) {
      for (let o = 0; o + 4 <= bytes.length; o += 4) {
        if (bytes.readUInt32LE(o) !== slot) continue;
        for (let back = 12; back <= 64; back += 4) {
          const v = o - back;
          const align = word(bytes, v + 8);
          if (![1, 2, 4, 8, 16].includes(align) || word(bytes, v + 4) < 0 || word(bytes, v + 4) > 1 << 20) continue;
          for (const b of consts.get(address + v) || []) out.add(b);
        }
      }
    }
    return out;
  };
  const label = (idx) => {
    const f = fns[idx - importedFuncs];
    return f ? `${String(f.size).padStart(6)}  ${f.name.slice(0, 140)}${inTable.has(idx) ? '  (in the table)' : ''}` : `import ${idx}`;
  };
  const targets = fns.map((f, i) => i + importedFuncs).filter((idx) => fns[idx - importedFuncs].name.includes(callersOf));
  console.log(`\ncallers of functions matching ${callersOf} (${targets.length}), to depth ${depth}:`);
  const seen = new Set();
  const walk = (idx, level) => {
    const mark = seen.has(idx) ? ' (see above)' : '';
    console.log(`${'  '.repeat(level + 1)}${label(idx)}${mark}`);
    if (mark || level >= depth) return;
    seen.add(idx);
    for (const c of [...(graph.get(idx) || [])].sort((a, b) => a - b)) {
      if (targets.includes(c) && level === 0) continue;
      walk(c, level + 1);
    }
    for (const c of [...takers(idx)].sort((a, b) => a - b)) {
      if (seen.has(c)) continue;
      console.log(`${'  '.repeat(level + 2)}(takes its address)`);
      walk(c, level + 1);
    }
  };
  for (const t of targets) walk(t, 0);
}
