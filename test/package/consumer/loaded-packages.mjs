// Imports one entry point of the installed package in a fresh process and prints, as JSON, which
// packages (node_modules/<name>) and which files of martech-sandbox it loaded, and whether it
// loaded node:sqlite.
import { registerHooks } from 'node:module'

const loaded = new Set()
registerHooks({
  load(url, context, nextLoad) {
    loaded.add(url)
    return nextLoad(url, context)
  },
})
const entry = process.argv[2]
const started = performance.now()
await import(entry)
const ms = performance.now() - started
const packages = new Set()
for (const url of loaded) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (match && match[1] !== 'martech-sandbox') packages.add(match[1])
}
// node:sqlite is for `serve --data` only: no entry may load it just by being imported.
const sqlite = loaded.has('node:sqlite')
console.log(
  JSON.stringify({ entry, ms, packages: [...packages].sort(), sqlite, node: process.version }),
)
