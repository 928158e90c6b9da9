/**
 * Running the JivoChat simulator for the admin API: against any URL, a sandbox host reached in
 * process, every delivery put in JivoChat's delivery log and the request journal. A value the
 * simulator cannot use (an unknown override path, a bad timeout) is the caller's mistake (400).
 */
import { recordDelivery } from '../../jivochat/deliveries.ts'
import type { DeliveryReport } from '../../jivochat/simulator/report.ts'
import { SimulatorInputError } from '../../jivochat/simulator/simulator-input-error.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { SandboxError } from '../../sandbox/sandbox-error.ts'
import { isSandboxHost } from '../../sandbox/sandbox-fetch.ts'
import type { AdminState } from '../state.ts'

/** Records a delivery that started at `startedAt` (sandbox time). */
export function deliveryRecorder(state: AdminState) {
  return (report: DeliveryReport, startedAt: number) =>
    recordDelivery(
      (entry) => state.recordRequest(entry),
      state.jivochat,
      report,
      startedAt,
      state.core.retention,
    )
}

/**
 * How a webhook to `to` goes out: in process for a sandbox host (the sandbox's fetch), else
 * undefined, so the simulator sends it itself over node:http and reports the headers it sent.
 */
export function transportFor(state: AdminState, to: unknown): typeof fetch | undefined {
  let hostname: string
  try {
    hostname = new URL(String(to)).hostname
  } catch {
    return undefined
  }
  return isSandboxHost(state.core, hostname) ? state.fetch : undefined
}

/** Runs `play`, turning the simulator's input errors into the admin API's 400. */
export async function simulate<T>(what: 'send' | 'conversation', play: () => Promise<T>) {
  try {
    return await play()
  } catch (error) {
    if (error instanceof SimulatorInputError)
      throw new SandboxError(400, formatMessage(what, 'jivochat webhook', error.message))
    throw error
  }
}
