/**
 * Records a delivery the sandbox made: in JivoChat's delivery log (`GET /__admin/jivochat/deliveries`)
 * and in the request journal, as a `request:end` entry whose path is the absolute URL the webhook
 * went to and whose operationId is the webhook's (`chatAccepted`). The engine has no
 * `webhook:delivered` event yet, so the journal's existing entry type carries it [INF].
 */
import type { JournalEntry } from '../sandbox/request-journal.ts'
import type { DeliveryReport } from './simulator/report.ts'
import { DELIVERY_LOG_SIZE, type DeliveryRecord, type JivochatState } from './state.ts'

export function recordDelivery(
  journal: (entry: Omit<JournalEntry, 'id'>) => void,
  state: JivochatState,
  report: DeliveryReport,
  startedAt: number,
): DeliveryRecord {
  const record: DeliveryRecord = {
    id: ++state.lastDeliveryId,
    at: new Date(startedAt).toISOString(),
    ...report,
  }
  state.deliveries.push(record)
  if (state.deliveries.length > DELIVERY_LOG_SIZE) state.deliveries.shift()
  journal({
    time: startedAt,
    service: 'jivochat',
    method: 'POST',
    path: report.url,
    operationId: report.operationId,
    // 0: no HTTP status came back (timeout, closed connection, unreachable).
    status: report.status ?? 0,
    durationMs: report.durationMs,
    request: { headers: report.request.headers, body: report.request.body },
    response: {
      headers: report.reply?.headers ?? {},
      body: report.reply
        ? 'json' in report.reply
          ? report.reply.json
          : report.reply.body
        : undefined,
    },
  })
  return record
}
