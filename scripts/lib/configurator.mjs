// The configurator page (configure.html, docs/embedding.md "Configurator") written into a
// calculator build by scripts/postbuild.mjs, after the service worker's list (so the
// calculator's visitors never precache it).
//
// Its wasm is its own crate (configurator/), built before the calculator by
//   trunk build --release --offline --config configurator/Trunk.toml   (-> target/configure-dist/)
// and copied here as configure-<hash>.js and configure-<hash>_bg.wasm beside the page
// (configurator/page/configure.{html,js,css}). Every file of it starts with "configure", which
// is how scripts/size-report.mjs tells it from what a calculator page downloads.
import fs from 'node:fs';
import path from 'node:path';

/** Writes the configurator into `dir` (the build's staging folder); returns its file names. */
export function writeConfigurator(root, dir, integrity) {
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
  fs.copyFileSync(path.join(built, glue), path.join(dir, names.glue));
  fs.copyFileSync(path.join(built, wasm), path.join(dir, names.wasm));
  const own = ['configure.html', 'configure.js', 'configure.css', names.glue, names.wasm];
  const script = fs
    .readFileSync(path.join(page, 'configure.js'), 'utf8')
    .replace('__CFG_GLUE__', names.glue)
    .replace('__CFG_WASM__', names.wasm)
    .replace('__CFG_FILES__', JSON.stringify(own));
  fs.writeFileSync(path.join(dir, 'configure.js'), script);
  fs.copyFileSync(path.join(page, 'configure.css'), path.join(dir, 'configure.css'));
  const html = fs.readFileSync(path.join(page, 'configure.html'), 'utf8').replace('__SMP_INTEGRITY__', integrity);
  for (const [name, text] of [['configure.html', html], ['configure.js', script]]) {
    if (/__(SMP|CFG)_[A-Z_]+__/.test(text)) throw new Error(`postbuild: a placeholder in ${name} was not filled`);
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="/.test(html)) throw new Error('postbuild: configure.html has inline script or style');
  fs.writeFileSync(path.join(dir, 'configure.html'), html);
  return own;
}
