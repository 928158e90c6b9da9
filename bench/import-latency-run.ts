/**
 * Runs measureImportLatency in a process of its own, so its Node flags can be chosen, and prints
 * the result as one JSON line. Usage: node [flags] bench/import-latency-run.ts <rows>
 */
import { measureImportLatency } from './import-latency.ts'

console.log(JSON.stringify(await measureImportLatency(Number(process.argv[2] ?? 500_000))))
