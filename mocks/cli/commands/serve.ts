/** `martech-sandbox serve`: the standalone sandbox over HTTP, for any language. */
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import {
  DEFAULT_DATA_DIR,
  type LocalTls,
  loadFixtures,
  prepareLocalTls,
  type RunningServer,
  startServer,
  type TrustProxy,
  trustInstructions,
} from '../../server/index.ts'
import type { CliContext } from '../cli-context.ts'
import { CliError } from '../cli-error.ts'

interface ServeFlags {
  port: string
  host: string
  seed?: string
  trustProxy: string
  publicUrl?: string
  tls?: boolean
  dataDir: string
  data?: string
}

const TRUST_PROXY = new Map<string, TrustProxy>([
  ['loopback', 'loopback'],
  ['always', true],
  ['never', false],
])

export function registerServe(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('serve the sandbox over HTTP (admin API under /__admin)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '4010')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--seed <file>', 'fixture file (JSON) with accounts, keys and data to start with')
    .option(
      '--trust-proxy <who>',
      'whose Forwarded / X-Forwarded-* headers set the origin of links (loopback, always, never)',
      'loopback',
    )
    .option('--public-url <url>', 'the URL clients use, for links, when a proxy does not say it')
    .option('--tls', 'serve HTTPS with a local CA made once under --data-dir (trust it once)')
    .option(
      '--data-dir <dir>',
      'where the sandbox keeps its files (the --tls CA)',
      DEFAULT_DATA_DIR,
    )
    .option(
      '--data <file>',
      'keep the state in this SQLite file (created when new), loaded at start',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ martech-sandbox serve
  $ martech-sandbox serve --data ./sandbox.db   # state survives restarts
  $ martech-sandbox serve --port 0 --seed fixtures.json   # a free port, your accounts and data
  $ martech-sandbox serve --public-url https://sandbox.example.com   # links for clients behind a proxy
  $ sudo martech-sandbox serve --tls --port 443   # https://api.connectif.cloud via /etc/hosts`,
    )
    .action(async (flags: ServeFlags) => {
      context.server = await serve(flags, context)
    })
}

async function serve(flags: ServeFlags, context: CliContext): Promise<RunningServer> {
  if (!/^\d+$/.test(flags.port) || Number(flags.port) > 65535) {
    throw new CliError(`--port must be a number from 0 to 65535, got "${flags.port}"`, 'E_BAD_FLAG')
  }
  const trustProxy = TRUST_PROXY.get(flags.trustProxy)
  if (trustProxy === undefined)
    throw new CliError(
      `--trust-proxy must be loopback, always or never, got "${flags.trustProxy}"`,
      'E_BAD_FLAG',
    )
  let fixtures: unknown
  if (flags.seed) {
    let text: string
    try {
      text = await readFile(flags.seed, 'utf8')
    } catch (error) {
      throw new CliError(
        `cannot read fixture file "${flags.seed}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        'E_FIXTURES',
      )
    }
    try {
      fixtures = JSON.parse(text)
    } catch (error) {
      throw new CliError(
        `fixture file "${flags.seed}" is not JSON: ${(error as Error).message}`,
        'E_FIXTURES',
      )
    }
  }
  let tls: LocalTls | undefined
  if (flags.tls) {
    try {
      tls = prepareLocalTls({ dataDir: flags.dataDir })
    } catch (error) {
      throw new CliError(
        `cannot prepare the local CA under "${flags.dataDir}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        'E_TLS',
      )
    }
  }
  let server: RunningServer
  try {
    server = await startServer({
      port: Number(flags.port),
      host: flags.host,
      trustProxy,
      publicUrl: flags.publicUrl,
      tls,
      data: flags.data,
    })
  } catch (error) {
    if ((error as Error).name === 'StoreFileError')
      throw new CliError((error as Error).message, 'E_DATA')
    // The server checks its options before listening (a --public-url that is not an http(s) URL).
    if (error instanceof TypeError)
      throw new CliError(`--public-url: ${error.message}`, 'E_BAD_FLAG')
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(
      `cannot listen on ${flags.host}:${flags.port}: ${code ?? (error as Error).message}`,
      'E_LISTEN',
    )
  }
  // A data file that already holds a sandbox is what the fixtures once seeded, and more.
  if (fixtures !== undefined && !server.data?.restored) {
    try {
      loadFixtures(server.sandbox, fixtures, flags.seed)
    } catch (error) {
      await server.close()
      throw new CliError((error as Error).message, 'E_FIXTURES')
    }
    await server.data?.flush()
  }
  printBanner(server, context)
  if (tls) context.stdout(`\n${trustInstructions(tls.caPath)}\n`)
  return server
}

/**
 * Where each service answers, then every account's keys (the default account's and those of
 * `--seed` fixtures), Hellotext's Business ID beside its token: all a client needs to start.
 */
function printBanner(server: RunningServer, context: CliContext): void {
  const { sandbox, url } = server
  const lines = [`martech-sandbox listening on ${url}`, '']
  for (const [name, runtime] of sandbox.core.services) {
    lines.push(
      `  ${name.padEnd(10)} ${url}/${name}   (or Host: ${runtime.definition.hosts.join(', ')})`,
    )
  }
  lines.push(`  ${'admin'.padEnd(10)} ${url}/__admin`)
  lines.push(
    '',
    server.data
      ? `state kept in ${server.data.location} (${server.data.restored ? 'loaded from it' : 'a new file'})`
      : 'state kept in memory (lost on exit; --data <file> keeps it)',
  )
  for (const { account, keys } of sandbox.accounts.list()) {
    lines.push('', `account ${account.name} (${account.id}):`)
    for (const [service, runtime] of sandbox.core.services) {
      const settings = runtime.definition.readSettings?.(account) as
        | { businessId?: string; web?: { webClientId?: string } }
        | undefined
      const businessId = settings?.businessId
      // Connectif's web client id, the token of the client script's URL.
      const webClientId = settings?.web?.webClientId
      const secrets = (keys[service] ?? []).filter(
        (key) => key !== businessId && key !== webClientId,
      )
      if (secrets.length === 0 && businessId === undefined) continue
      lines.push(
        `  ${service.padEnd(10)} ${secrets.join(', ')}${businessId ? `   Business ID ${businessId}` : ''}${webClientId ? `   web client id ${webClientId}` : ''}`,
      )
    }
  }
  context.stdout(`${lines.join('\n')}\n`)
}
