#!/usr/bin/env node
import { runMain } from './run-main.ts'

const { exitCode, server } = await runMain({ rawArgs: process.argv.slice(2) })
if (server) {
  const stop = () => void server.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} else process.exitCode = exitCode
