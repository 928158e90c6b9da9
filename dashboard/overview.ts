/**
 * Services with their base URLs and the copy-paste set-up for each transport, and accounts with
 * their keys (masked until revealed), Business ID, rate-limit gauges and the limits themselves.
 */
import { admin, dataOf, type Summary } from './api.ts'
import { h } from './dom.ts'
import { act, copyText } from './feedback.ts'

const revealed = new Set<string>()

export function servicesView(summary: Summary, origin: string) {
  const account = summary.accounts[0]
  const cards = summary.services.map((service) => {
    const base = `${origin}${service.prefix}`
    const snippets: Array<[string, string]> = [
      [
        'In process (MSW)',
        `import { createSandbox } from 'martech-sandbox/sandbox'\nimport { createHandlers } from 'martech-sandbox/msw'\nimport { setupServer } from 'msw/node'\n\nsetupServer(...createHandlers(createSandbox())).listen()\n// then call https://${service.hosts[0]} as usual`,
      ],
      ['Over HTTP, by path', `curl ${base}/… ${authHeader(service.name, account)}`.trim()],
      [
        'Over HTTP, by Host header',
        `curl -H 'Host: ${service.hosts[0]}' ${origin}/… ${authHeader(service.name, account)}\n# or in /etc/hosts: 127.0.0.1 ${service.hosts.filter((host) => !host.includes('*')).join(' ')}`,
      ],
    ]
    if (service.name === 'connectif' && account?.webClientId)
      snippets.push(['Connectif loader', loaderSnippet(origin, account.webClientId)])
    return h(
      'article',
      { class: 'card service' },
      h('h3', {}, service.name),
      h(
        'p',
        {},
        h('code', { class: 'url' }, base),
        ' ',
        copyButton(base, `${service.name} base URL`, `copy-base-${service.name}`),
      ),
      h('p', { class: 'muted' }, 'Host: ', service.hosts.join(', ')),
      snippets.map(([title, code], index) =>
        h(
          'details',
          {},
          h('summary', { 'data-key': `snippet-${service.name}-${index}` }, title),
          h('pre', {}, h('code', {}, code)),
          copyButton(code, `the ${title} set-up`, `copy-snippet-${service.name}-${index}`),
        ),
      ),
    )
  })
  return h('div', { class: 'grid' }, cards)
}

function authHeader(service: string, account: Summary['accounts'][number] | undefined): string {
  const key = account?.keys[service]?.[0]
  if (!key) return ''
  if (service === 'connectif') return `-H 'Authorization: apiKey ${mask(key)}'`
  if (service === 'hellotext') return `-H 'Authorization: Bearer ${mask(key)}'`
  if (service === 'reskyt') return `-H 'x-api-key: ${mask(key)}'`
  return ''
}

function loaderSnippet(origin: string, webClientId: string): string {
  const src = `${origin}/connectif/eu1/client-script/${webClientId}`
  return `<script async id="__cn_generic_script__${webClientId}">!function(e){function t(){if(!e.querySelector("#__cn_client_script_${webClientId}")){var t=e.createElement("script");t.setAttribute("src","${src}"),e.body.appendChild(t)}}"complete"===e.readyState||"interactive"===e.readyState?t():e.addEventListener("DOMContentLoaded",t)}(document);</script>`
}

/** `••••••f00d`: enough to tell keys apart, not enough to use one. */
export function mask(key: string): string {
  return `••••••${key.slice(-4)}`
}

function copyButton(text: string, what: string, key: string) {
  return h(
    'button',
    { type: 'button', class: 'small', 'data-key': key, onclick: () => copyText(text, what) },
    'Copy',
  )
}

export function accountsView(summary: Summary, now: number, onChange: () => void) {
  return h(
    'div',
    { class: 'grid' },
    summary.accounts.map((account) => {
      const keyRows = Object.entries(account.keys).flatMap(([service, keys]) =>
        keys
          // The Business ID and web client id are public; they get rows of their own.
          .filter((key) => key !== account.businessId && key !== account.webClientId)
          .map((key, index) => {
            const id = `${account.id}/${service}/${index}`
            const shown = revealed.has(id)
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, service),
              h(
                'td',
                {},
                h('code', { class: 'key', 'data-testid': 'key' }, shown ? key : mask(key)),
              ),
              h(
                'td',
                { class: 'actions' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'small',
                    'aria-pressed': String(shown),
                    'data-key': `reveal-${id}`,
                    onclick: () => {
                      if (shown) revealed.delete(id)
                      else revealed.add(id)
                      onChange()
                    },
                  },
                  shown ? 'Hide' : 'Reveal',
                ),
                copyButton(key, `the ${service} key`, `copy-${id}`),
              ),
            )
          }),
      )
      if (account.businessId)
        keyRows.push(
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, 'Business ID'),
            h('td', {}, h('code', {}, account.businessId)),
            h(
              'td',
              {},
              copyButton(account.businessId, 'the Business ID', `copy-bid-${account.id}`),
            ),
          ),
        )
      if (account.webClientId)
        keyRows.push(
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, 'web client id'),
            h('td', {}, h('code', {}, account.webClientId)),
            h('td', {}),
          ),
        )
      return h(
        'article',
        { class: 'card account' },
        h('h3', {}, account.name, ' ', h('small', { class: 'muted' }, account.id)),
        h('table', { class: 'keys' }, h('caption', { class: 'offscreen' }, 'Keys'), keyRows),
        h('h4', {}, 'Rate limits'),
        account.rateLimits.length === 0
          ? h('p', { class: 'muted' }, 'No service limits this account.')
          : account.rateLimits.map((gauge) => gaugeView(account, gauge, now, onChange)),
      )
    }),
  )
}

type Account = Summary['accounts'][number]

function gaugeView(
  account: Account,
  gauge: Summary['accounts'][number]['rateLimits'][number],
  now: number,
  onChange: () => void,
) {
  const ratio = Math.min(1, gauge.used / gauge.limit)
  const level = ratio >= 1 ? 'full' : ratio >= 0.8 ? 'high' : 'ok'
  const seconds =
    gauge.resetAt === undefined ? undefined : Math.max(0, Math.ceil((gauge.resetAt - now) / 1000))
  const inputId = `limit-${account.id}-${gauge.service}`
  return h(
    'div',
    { class: 'gauge' },
    h(
      'div',
      { class: 'gauge-label' },
      h('span', {}, gauge.service),
      h(
        'span',
        { class: 'muted' },
        `${gauge.used} / ${gauge.limit} a minute`,
        seconds === undefined ? '' : ` · resets in ${seconds} s`,
      ),
    ),
    h(
      'div',
      {
        class: `bar ${level}`,
        role: 'meter',
        'aria-label': `${gauge.service} calls this minute`,
        'aria-valuemin': 0,
        'aria-valuemax': gauge.limit,
        'aria-valuenow': gauge.used,
      },
      h('span', { style: `width:${(ratio * 100).toFixed(1)}%` }),
    ),
    h(
      'form',
      {
        class: 'inline',
        onsubmit: (event: Event) => {
          event.preventDefault()
          const value = Number((document.getElementById(inputId) as HTMLInputElement).value)
          void act(`${gauge.service} now allows ${value} calls a minute.`, () =>
            dataOf(
              admin.PATCH('/accounts/{id}', {
                params: { path: { id: account.id } },
                body: { rateLimits: { [gauge.service]: value } },
              }),
            ),
          ).then(onChange)
        },
      },
      h('label', { for: inputId }, 'Limit'),
      h('input', {
        id: inputId,
        type: 'number',
        min: 1,
        step: 1,
        required: true,
        value: gauge.limit,
        'data-key': inputId,
      }),
      h('button', { type: 'submit', class: 'small', 'data-key': `save-${inputId}` }, 'Set'),
    ),
  )
}
