/**
 * Records a delivery the sandbox made: in JivoChat's delivery log (`GET /__admin/jivochat/deliveries`)
 * and in the request journal, as a `request:end` entry whose path is the absolute URL the webhook
 * went to and whose operationId is the webhook's (`chatAccepted`). The engine has no
 * `webhook:delivered` event yet, so the journal's existing entry type carries it [INF].
 */
import type { JournalEntry } from '../sandbox/request-journal.ts'
import type { RetentionLimits } from '../sandbox/retention.ts'
import type { DeliveryReport } from './simulator/report.ts'
import type { DeliveryRecord, JivochatState } from './state.ts'

export function recordDelivery(
  journal: (entry: Omit<JournalEntry, 'id'>) => void,
  state: JivochatState,
  report: DeliveryReport,
  startedAt: number,
  retention: Pick<RetentionLimits, 'deliveries' | 'journalBodyBytes'>,
): DeliveryRecord {
  const record: DeliveryRecord = {
    id: ++state.lastDeliveryId,
    at: new Date(startedAt).toISOString(),
    ...report,
    reply: boundedReply(report.reply, retention.journalBodyBytes),
  }
  state.deliveries.push(record)
  // The log keeps the newest `retention.deliveries`, each reply at most journalBodyBytes.
  if (state.deliveries.length > retention.deliveries)
    state.deliveries.splice(0, state.deliveries.length - retention.deliveries)
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

/** The reply as the log keeps it: whole up to `maxBytes` (as JSON or text), else a note of its size. */
function boundedReply(reply: DeliveryReport['reply'], maxBytes: number): DeliveryReport['reply'] {
  if (!reply) return reply
  const size = 'json' in reply ? JSON.stringify(reply.json).length : reply.body.length
  if (size <= maxBytes) return reply
  return {
    headers: reply.headers,
    body: `[martech-sandbox] reply of ${size} bytes not kept (retention.journalBodyBytes ${maxBytes})`,
  }
}
