// Imports one entry point of the installed package in a fresh process and prints, as JSON, which
// packages (node_modules/<name>) and which files of martech-sandbox it loaded.
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
console.log(JSON.stringify({ entry, ms, packages: [...packages].sort(), node: process.version }))
