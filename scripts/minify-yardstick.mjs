// Trunk post_build hook of the size yardsticks (benches/hello-yew, benches/engine-floor; see
// scripts/size-hello.sh): their wasm-bindgen module gets the widget's minification
// (scripts/lib/minify.mjs), and index.html the integrity hash of the minified file, so the
// size report compares scripts treated alike and the start-up benchmark still loads them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minifyModule } from './lib/minify.mjs';

const DIR = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!DIR) throw new Error('minify-yardstick: TRUNK_STAGING_DIR is not set (run through trunk build)');
const scripts = fs.readdirSync(DIR).filter((f) => f.endsWith('.js'));
if (scripts.length !== 1) throw new Error(`minify-yardstick: expected one .js in ${DIR}, found ${scripts.join(', ') || 'none'}`);
const [name] = scripts;
const code = Buffer.from(await minifyModule(fs.readFileSync(path.join(DIR, name), 'utf8')), 'utf8');
fs.writeFileSync(path.join(DIR, name), code);
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const htmlPath = path.join(DIR, 'index.html');
const html = fs.readFileSync(htmlPath, 'utf8');
const preload = new RegExp(`(<link rel="modulepreload" href="/${name.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]+"`);
if (!preload.test(html)) throw new Error(`minify-yardstick: index.html has no modulepreload of ${name} with an integrity hash`);
fs.writeFileSync(htmlPath, html.replace(preload, (_, head) => `${head}${integrity}"`));
console.log(`minify-yardstick: ${name} ${code.length} bytes`);
