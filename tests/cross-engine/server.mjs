// The cross-engine smoke tests use the Playwright specs' static server
// (tests/lib/static-server.cjs), /__blank included.
export { BLANK_PATH, startStaticServer } from '../lib/static-server.cjs';
