/** `martech-sandbox serve`: the standalone sandbox over HTTP, for any language. */
import { readFile } from 'node:fs/promises'
import { type Command, Option } from 'commander'
import { isLoopbackHost, randomAdminToken } from '../../server/admin-access.ts'
import {
  DEFAULT_DATA_DIR,
  type LocalTls,
  prepareLocalTls,
  type RunningServer,
  startServer,
  trustInstructions,
} from '../../server/index.ts'
import type { CliContext } from '../cli-context.ts'
import { CliError } from '../cli-error.ts'
import { CONFIG_FILE_NAME } from '../config/config-schema.ts'
import { type FixtureFile, readConfig } from '../config/read-config.ts'
import {
  resolveServeSettings,
  type ServeFlags,
  type ServeSettings,
} from '../config/serve-settings.ts'
import { buildStartingPoint } from '../config/starting-point.ts'

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
    .option('--config <file>', `config file (default: ./${CONFIG_FILE_NAME} when there is one)`)
    .addOption(
      new Option(
        '--admin-token <token>',
        'token the admin API, dashboard and docs require; "random" makes one, printed once',
      ).env('MARTECH_SANDBOX_ADMIN_TOKEN'),
    )
    .option('--insecure-admin', 'serve the admin API to the network with no token (warned)')
    .option('--allowed-host <name...>', 'host names to answer to besides loopback and our own')
    .option('--seed-random <n>', 'seed of minted keys and ids (default: random, printed)')
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
  $ martech-sandbox serve --host 0.0.0.0 --admin-token random   # shared: the admin API needs the printed token
  $ sudo martech-sandbox serve --tls --port 443   # https://api.connectif.cloud via /etc/hosts`,
    )
    .action(async (flags: ServeFlags, command: Command) => {
      context.server = await serve(flags, command, context)
    })
}

async function serve(
  flags: ServeFlags,
  command: Command,
  context: CliContext,
): Promise<RunningServer> {
  // Flags override the config file, which overrides the defaults.
  const found = await readConfig(flags.config, process.cwd())
  const settings = resolveServeSettings(
    flags,
    (name) => command.getOptionValueSource(name),
    found,
    randomAdminToken,
  )
  const host = settings.host.value
  const port = settings.port.value
  const adminToken = settings.adminToken.value
  if (!isLoopbackHost(host) && adminToken === undefined && !settings.insecureAdmin.value)
    throw new CliError(
      `refusing to serve the admin API on ${host} without an admin token: pass --admin-token random (printed once), --admin-token <token>, adminToken in the config file, or --insecure-admin`,
      'E_ADMIN_TOKEN',
    )
  const fixtures = await readFixtures(settings.fixtures.value)
  let tls: LocalTls | undefined
  const dataDir = settings.dataDir.value ?? DEFAULT_DATA_DIR
  if (settings.tls.value) {
    try {
      tls = prepareLocalTls({ dataDir })
    } catch (error) {
      throw new CliError(
        `cannot prepare the local CA under "${dataDir}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        'E_TLS',
      )
    }
  }
  let server: RunningServer
  try {
    server = await startServer({
      port,
      host,
      trustProxy: settings.trustProxy.value,
      publicUrl: settings.publicUrl.value,
      tls,
      seed: settings.seed.value,
      retention: settings.retention.value,
      adminToken,
      insecureAdmin: settings.insecureAdmin.value,
      allowedHosts: settings.allowedHosts.value,
      data: settings.data.value,
      // Reset returns here: the config file's accounts and faults, then the fixture file's accounts.
      startingPoint: buildStartingPoint({
        accounts: settings.accounts.value,
        configFile: found?.file,
        fixtures,
        fixturesSource:
          typeof settings.fixtures.value === 'string' ? settings.fixtures.value : found?.file,
        hellotextGeneration:
          settings.hellotextGeneration.source === 'default'
            ? undefined
            : settings.hellotextGeneration.value,
        faults: settings.faults.value,
      }),
    })
  } catch (error) {
    // The starting point (fixtures, fault rules) says what is wrong in the file itself.
    if (error instanceof CliError) throw error
    // A data file that is not a sandbox's, is newer or damaged: refused, left as it is.
    if ((error as Error).name === 'StoreFileError')
      throw new CliError((error as Error).message, 'E_DATA')
    // The server checks its options before listening (a --public-url that is not an http(s) URL).
    if (error instanceof TypeError)
      throw new CliError(`--public-url: ${error.message}`, 'E_BAD_FLAG')
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(
      `cannot listen on ${host}:${port}: ${code ?? (error as Error).message}`,
      'E_LISTEN',
    )
  }
  printBanner(server, context)
  printSettings(settings, found?.file, server.url, context)
  if (settings.insecureAdmin.value && !isLoopbackHost(host) && adminToken === undefined)
    context.stderr(
      `martech-sandbox: warning: the admin API on ${host} is open to anyone who can reach it (--insecure-admin): keys, state and reset need no token\n`,
    )
  if (tls) context.stdout(`\n${trustInstructions(tls.caPath)}\n`)
  return server
}

/** The fixture file's contents (a path is read and parsed here), or what the config file inlined. */
async function readFixtures(
  fixtures: string | FixtureFile | undefined,
): Promise<FixtureFile | undefined> {
  if (fixtures === undefined || typeof fixtures !== 'string') return fixtures
  let text: string
  try {
    text = await readFile(fixtures, 'utf8')
  } catch (error) {
    throw new CliError(
      `cannot read fixture file "${fixtures}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'E_FIXTURES',
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new CliError(
      `fixture file "${fixtures}" is not JSON: ${(error as Error).message}`,
      'E_FIXTURES',
    )
  }
  const accounts = (parsed as { accounts?: unknown } | null)?.accounts
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Array.isArray(accounts)
  )
    throw new CliError(
      `fixture file "${fixtures}" must be a JSON object with an "accounts" array`,
      'E_FIXTURES',
    )
  return parsed as FixtureFile
}

/**
 * Each option's value and where it came from (a flag, the config file, a default, or made at
 * random). A random admin token is shown here once, and never again; a given one never.
 */
function printSettings(
  settings: ServeSettings,
  configFile: string | undefined,
  url: string,
  context: CliContext,
): void {
  const from = (source: string) => (source === 'config file' ? `config file ${configFile}` : source)
  const lines = [
    '',
    `settings (${configFile ? `config file ${configFile}` : 'no config file'}; flags win):`,
  ]
  const show = (name: string, value: string, source: string) =>
    lines.push(`  ${name.padEnd(20)} ${value.padEnd(24)} ${from(source)}`)
  const { adminToken, seed } = settings
  for (const [name, setting] of Object.entries(settings)) {
    if (name === 'adminToken' || name === 'seed') continue
    const { value } = setting as { value: unknown }
    const shown =
      value === undefined
        ? '-'
        : name === 'fixtures' && typeof value === 'object'
          ? 'inline'
          : Array.isArray(value) && name !== 'allowedHosts'
            ? `${value.length}`
            : typeof value === 'string'
              ? value
              : JSON.stringify(value)
    show(name, shown, setting.source)
  }
  show(
    'seed',
    String(seed.value),
    seed.source === 'random'
      ? `random (--seed-random ${seed.value} mints these keys again)`
      : seed.source,
  )
  if (adminToken.value === undefined)
    show('adminToken', '-', `${adminToken.source}: the admin API takes no token`)
  else if (adminToken.source === 'random')
    lines.push(
      `  ${'adminToken'.padEnd(20)} ${adminToken.value}   random, shown once: send "Authorization: Bearer <token>", or open ${url}/?token=<token>`,
    )
  else show('adminToken', 'required (not shown)', adminToken.source)
  context.stdout(`${lines.join('\n')}\n`)
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
  lines.push(`  ${'dashboard'.padEnd(10)} ${url}/   (API reference: ${url}/docs)`)
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
