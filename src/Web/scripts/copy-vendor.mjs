// Copies the third-party browser files the board loads from node_modules (installed from
// package-lock.json, exact versions) into wwwroot/lib/. The board's networks are closed: nothing may
// come from a CDN, so every script it runs is served by the app itself.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(web, 'wwwroot', 'lib');

const files = [
  // The UMD build defines the global `signalR`; the package's ES modules pull in Node-only modules.
  ['@microsoft/signalr/dist/browser/signalr.min.js', 'signalr/signalr.min.js'],
  ['@microsoft/signalr/dist/browser/signalr.min.js.map', 'signalr/signalr.min.js.map'],
];

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of files) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(web, 'node_modules', from), target);
}
console.log(`copied ${files.length} vendor files into wwwroot/lib`);
