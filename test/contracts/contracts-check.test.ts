/**
 * `martech-sandbox contracts check`: pacts against the providers' OpenAPI documents. Every
 * committed pact fits its document; deliberately wrong pacts are each reported with the
 * interaction, the JSON path and the rule they break.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const PACTS = fileURLToPath(new URL('../../contracts/pacts/', import.meta.url))
const check = (...args: string[]) => runCli(['contracts', 'check', ...args])

describe('contracts check', () => {
  it('finds no mismatch in any committed pact (the CRM pact against the derived CRM document)', async () => {
    // Not a `.<name>.tmp` a consumer suite may be renaming into place meanwhile.
    const pacts = readdirSync(PACTS)
      .filter((file) => /^[^.].*\.json$/.test(file))
      .map((file) => `${PACTS}${file}`)
    expect(pacts).toHaveLength(4)
    const { exitCode, stdout, stderr } = await check(...pacts, '--json')
    expect(stderr).toBe('')
    expect(exitCode).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.pacts.map((pact: { spec: string }) => pact.spec)).toEqual([
      'the CRM document derived from openapi/jivochat.yaml',
      'openapi/connectif.yaml',
      'openapi/hellotext.yaml',
      'openapi/reskyt.yaml',
    ])
    expect(report.pacts.flatMap((pact: { mismatches: unknown[] }) => pact.mismatches)).toEqual([])
  })

  describe('on deliberately wrong pacts', () => {
    const WRONG = [
      'undocumented-path.json',
      'missing-required-field.json',
      'undocumented-status.json',
      'wrong-type.json',
    ]
    let run: Awaited<ReturnType<typeof check>>
    beforeAll(async () => {
      run = await check(...WRONG.map(fixture))
    })

    it.each([
      [
        'an undocumented path',
        '"a lookup of a contact by phone"  $.interactions[0].request.path  [request.path-or-method.unknown]',
        'Path or method not defined in spec file: GET /contacts/phone/34600111222',
      ],
      [
        'a missing required field',
        '"a JSON push without a title"  $.interactions[0].request.body  [request.body.incompatible]',
        "must have required property 'title'",
      ],
      [
        'an undocumented status',
        '"a purchase tracked and merely accepted"  $.interactions[0].response.status  [response.status.unknown]',
        'Response status code not defined in spec file: 202',
      ],
      [
        'a wrong type',
        '"a read of a contact whose id is a number"  $.interactions[0].response.body.id  [response.body.incompatible]',
        'must be string',
      ],
    ])('reports %s with the interaction, the JSON path and the rule', (_name, where, message) => {
      expect(run.stdout).toContain(`  ✗ ${where}\n      `)
      expect(run.stdout).toContain(message)
    })

    it('finds exactly one mismatch in each, and exits 1', () => {
      expect(run.stdout.match(/✗/g)).toHaveLength(4)
      expect(run.stdout).toMatch(/\n4 mismatches in 4 pacts\.\n$/)
      expect(run.exitCode).toBe(1)
      expect(run.stderr).toBe('martech-sandbox: 4 mismatches with the OpenAPI document\n')
    })
  })

  it('checks against the document given with --spec, whatever the provider is called', async () => {
    const { exitCode, stdout } = await check(
      fixture('wrong-type.json'),
      '--spec',
      fileURLToPath(new URL('../../openapi/connectif.yaml', import.meta.url)),
    )
    expect(exitCode).toBe(1)
    expect(stdout).toContain('[response.body.incompatible]')
  })

  it.each([
    [
      'a missing pact file',
      ['/nonexistent/pact.json'],
      /cannot read pact "\/nonexistent\/pact.json": ENOENT/,
    ],
    [
      'a missing --spec file',
      [fixture('wrong-type.json'), '--spec', '/nonexistent/spec.yaml'],
      /cannot read OpenAPI document "\/nonexistent\/spec.yaml": ENOENT/,
    ],
    [
      'a --spec that is not an OpenAPI document',
      [fixture('wrong-type.json'), '--spec', fixture('wrong-type.json')],
      /cannot check ".*wrong-type.json" against .*wrong-type.json: /,
    ],
    [
      'a provider with no document and no --spec',
      [fixture('unknown-provider.json')],
      /no OpenAPI document for provider "mailchimp" of .*: name it connectif, hellotext, reskyt or crm, or pass --spec <file>/,
    ],
  ])('exits 2 on %s, in one line', async (_name, args, message) => {
    const { exitCode, stdout, stderr } = await check(...args)
    expect(exitCode).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})
