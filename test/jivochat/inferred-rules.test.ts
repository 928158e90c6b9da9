/**
 * Replies real CRM libraries send that Jivo's docs do not forbid: rules openapi/jivochat.yaml only
 * infers (`x-inferred`) are warnings with exit 0, and the agent view still shows what it can;
 * documented rules stay violations. And what the simulator sends by default: the fields of Jivo's
 * own `chat_accepted` example, phone included, so CRM code that needs it fires.
 */
import { describe, expect, it } from 'vitest'
import type { DeliveryReport } from '../../mocks/jivochat/index.ts'
import { startServer } from '../../mocks/server/start-server.ts'
import { runCli } from '../support/run-cli.ts'
import { replyWith, startCrmServer } from './_crm-server.ts'

async function sendTo(reply: unknown, extra: string[] = []) {
  const crm = await startCrmServer(replyWith(reply))
  try {
    const run = await runCli(['jivo', 'send', 'chat_accepted', '--to', crm.url, '--json', ...extra])
    return { ...run, report: JSON.parse(run.stdout) as DeliveryReport, received: crm.received }
  } finally {
    await crm.close()
  }
}

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ title: `Row ${i}`, content: `${i}` }))

describe('jivo send, rules the spec infers', () => {
  it.each([
    [
      'contact_info: [] (a PHP library with only custom_data and crm_link set)',
      { result: 'ok', contact_info: [], custom_data: rows(1), crm_link: 'https://crm.example/c/1' },
      '$.contact_info',
      { contactFields: {}, customData: rows(1), crmLinkButton: 'https://crm.example/c/1' },
    ],
    [
      'contact_info without a name',
      { result: 'ok', contact_info: { phone: '+34600111222' } },
      '$.contact_info.name',
      { contactFields: { phone: '+34600111222' } },
    ],
    [
      'a crm_link with non-ASCII characters (an IRI)',
      { result: 'ok', crm_link: 'https://crm.example/clientes/josé-núñez' },
      '$.crm_link',
      { crmLinkButton: 'https://crm.example/clientes/josé-núñez' },
    ],
    [
      'eleven custom_data rows',
      { result: 'ok', custom_data: rows(11) },
      '$.custom_data',
      { customData: rows(10) },
    ],
    [
      'a custom_data row without title',
      { result: 'ok', custom_data: [{ title: 'a', content: 'b' }, { content: 'no title' }] },
      '$.custom_data[1].title',
      { customData: [{ title: 'a', content: 'b' }, { content: 'no title' }] },
    ],
  ])('warns about %s, exits 0 and shows the agent the rest', async (_, reply, path, view) => {
    const { exitCode, report } = await sendTo(reply)
    expect(exitCode).toBe(0)
    expect(report).toMatchObject({ ok: true, outcome: 'ok', violations: [] })
    expect(report.warnings).toEqual([
      expect.stringMatching(new RegExp(`^${path.replace(/[$.[\]]/g, '\\$&')} .*x-inferred`)),
    ])
    expect(report.agentView).toMatchObject(view)
  })

  it('keeps documented rules as violations: a non-array custom_data, a non-string crm_link', async () => {
    const { exitCode, report } = await sendTo({
      result: 'ok',
      custom_data: { title: 'a' },
      crm_link: 42,
      contact_info: 'Ana',
    })
    expect(exitCode).toBe(1)
    expect(report.violations.map((v) => v.path).sort()).toEqual([
      '$.contact_info',
      '$.crm_link',
      '$.custom_data',
    ])
    expect(report.agentView).toBeNull()
  })
})

describe("jivo send, what Jivo's example carries", () => {
  it('sends visitor.phone and utm_json content and term by default, and leaves them out with --sparse', async () => {
    const full = await sendTo({ result: 'ok' })
    const sent = full.received[0] as {
      visitor: { phone?: string }
      session: { utm_json: Record<string, string> }
    }
    expect(sent.visitor.phone).toMatch(/^\+\d+$/)
    expect(Object.keys(sent.session.utm_json)).toEqual(expect.arrayContaining(['content', 'term']))
    const sparse = await sendTo({ result: 'ok' }, ['--sparse'])
    const bare = sparse.received[0] as typeof sent
    expect(bare.visitor.phone).toBeUndefined()
    expect(bare.session.utm_json).not.toHaveProperty('content')
    expect(bare.session.utm_json).not.toHaveProperty('term')
  })

  it("lets the reference CRM file chat_accepted's lead with the visitor's phone", async () => {
    const server = await startServer({ port: 0 })
    try {
      const run = await runCli([
        'jivo',
        'send',
        'chat_accepted',
        '--to',
        `${server.url}/jivochat/crm`,
        '--seed',
        '7',
        '--json',
      ])
      expect(run.exitCode).toBe(0)
      const report = JSON.parse(run.stdout) as DeliveryReport
      const phone = (report.request.body.visitor as { phone: string }).phone
      const leads = await (await fetch(`${server.url}/__admin/jivochat/crm/leads`)).json()
      expect(JSON.stringify(leads)).toContain(phone)
    } finally {
      await server.close()
    }
  })
})
