/**
 * `serve` in a process of its own, as users run it, for the benchmarks that time it or load it
 * from outside: resolves once the banner shows the URL (and whatever else the caller waits for).
 *
 * @example
 * const serve = await spawnServe(cliBundle, ['--seed', 'fixtures.json'])
 * await fetch(`${serve.url}/hellotext/v1/attribution/events`, …)
 * await serve.stop()
 */
import { spawn } from 'node:child_process'

export interface ServeProcess {
  url: string
  /** What the server printed up to the point waited for. */
  banner: string
  /** Stops it (SIGTERM); settles once it exited. */
  stop(): Promise<void>
}

/** `cli`: the CLI's entry (source or built); `until`: a part of the banner to wait for besides the URL. */
export function spawnServe(
  cli: string,
  args: string[],
  options: { cwd?: string; until?: RegExp } = {},
): Promise<ServeProcess> {
  return spawnListening([cli, 'serve', '--port', '0', ...args], options)
}

/** Any script that prints `listening on http://…` (`serve`, the floor), run by this Node. */
export function spawnListening(
  nodeArgs: string[],
  options: { cwd?: string; until?: RegExp } = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let output = ''
    child.once('error', reject)
    child.once('exit', (code) =>
      reject(new Error(`${nodeArgs.join(' ')} exited ${code}: ${output}`)),
    )
    child.stdout.on('data', (chunk) => {
      output += chunk
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (!url || (options.until && !options.until.test(output))) return
      // Only the banner is wanted: what follows is drained, not kept.
      child.stdout.removeAllListeners('data')
      child.stdout.resume()
      resolve({ url, banner: output, stop })
    })
  })
}
