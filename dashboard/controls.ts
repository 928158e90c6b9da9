/**
 * What the page changes: the clock (freeze, unfreeze, advance), reset, and fault rules (add,
 * remove one, remove all). Reset and removing every fault ask first: they destroy data.
 */
import {
  connectifOperations,
  hellotextOperations,
  jivochatOperations,
  reskytOperations,
} from '../src/generated/operations.ts'
import { admin, dataOf, type Schemas, type Summary } from './api.ts'
import { byId, h } from './dom.ts'
import { act, confirmAction } from './feedback.ts'

const OPERATIONS: Record<string, string[]> = {
  connectif: Object.keys(connectifOperations),
  hellotext: Object.keys(hellotextOperations),
  reskyt: Object.keys(reskytOperations),
  jivochat: Object.keys(jivochatOperations),
}

export function clockView(clock: Summary['clock']) {
  return [
    h('span', { class: 'label' }, 'Sandbox time'),
    h('time', { datetime: clock.now, class: 'now' }, new Date(clock.now).toLocaleString()),
    h(
      'span',
      { class: `badge ${clock.frozen ? 'frozen' : 'running'}` },
      clock.frozen ? 'frozen' : 'running',
    ),
  ]
}

/** Wires the header's controls once; `refresh` redraws after each change. */
export function wireControls(refresh: () => void, frozen: () => boolean): void {
  byId('clock-toggle').addEventListener('click', () => {
    const freeze = !frozen()
    void act(freeze ? 'The clock is frozen.' : 'The clock runs again.', () =>
      dataOf(admin.POST('/clock', { body: freeze ? { freeze: true } : { unfreeze: true } })),
    ).then(refresh)
  })
  byId<HTMLFormElement>('clock-advance').addEventListener('submit', (event) => {
    event.preventDefault()
    const by = byId<HTMLInputElement>('advance-by').value.trim()
    void act(`The clock moved ${by} forward.`, () =>
      dataOf(admin.POST('/clock', { body: { advance: by } })),
    ).then(refresh)
  })
  byId('reset').addEventListener('click', async () => {
    const sure = await confirmAction(
      'Reset empties every service’s records, the journal, rate-limit counters and fault rules. Accounts come back with the same keys; the clock stays where it is.',
      'Reset the sandbox',
    )
    if (!sure) return
    await act('The sandbox is empty.', () => dataOf(admin.POST('/reset')))
    refresh()
  })
  const service = byId<HTMLSelectElement>('fault-service')
  const fillOperations = () => {
    byId('fault-operations').replaceChildren(
      ...(OPERATIONS[service.value] ?? []).map((id) => h('option', { value: id })),
    )
  }
  service.addEventListener('change', fillOperations)
  fillOperations()
  byId<HTMLFormElement>('fault-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const value = (id: string) => byId<HTMLInputElement>(id).value.trim()
    const status = value('fault-status')
    const times = value('fault-times')
    const delay = value('fault-delay')
    const rule: Schemas['FaultRule'] = {
      service: service.value as 'connectif',
      ...(value('fault-operation') ? { operationId: value('fault-operation') } : {}),
      ...(status ? { status: Number(status) } : {}),
      ...(times ? { times: Number(times) } : {}),
      ...(delay ? { delayMs: Number(delay) } : {}),
      ...(byId<HTMLInputElement>('fault-network').checked ? { networkError: true } : {}),
    }
    void act('Fault rule added.', () => dataOf(admin.POST('/faults', { body: rule }))).then(refresh)
  })
  byId('faults-clear').addEventListener('click', async () => {
    if (!(await confirmAction('Remove every fault rule?', 'Remove all'))) return
    await act('Every fault rule is removed.', () => dataOf(admin.DELETE('/faults')))
    refresh()
  })
}

export function faultsView(faults: Schemas['StoredFaultRule'][], refresh: () => void) {
  if (faults.length === 0)
    return h('p', { class: 'empty' }, 'No fault rules: every request gets the real behaviour.')
  return h(
    'ul',
    { class: 'faults' },
    faults.map((fault) =>
      h(
        'li',
        {},
        h(
          'span',
          {},
          h('strong', {}, `#${fault.id}`),
          ` ${fault.service ?? 'any service'} · ${fault.operationId ?? 'any operation'}${fault.method ? ` · ${fault.method}` : ''} → `,
          [
            fault.networkError ? 'drop the connection' : undefined,
            fault.status !== undefined ? `answer ${fault.status}` : undefined,
            fault.delayMs ? `delay ${fault.delayMs} ms` : undefined,
          ]
            .filter(Boolean)
            .join(', '),
          h(
            'span',
            { class: 'muted' },
            ` · fired ${fault.hits}${fault.times === undefined ? '' : ` of ${fault.times}`}`,
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            'data-key': `fault-remove-${fault.id}`,
            onclick: () =>
              void act(`Fault rule #${fault.id} removed.`, () =>
                dataOf(admin.DELETE('/faults/{id}', { params: { path: { id: fault.id } } })),
              ).then(refresh),
          },
          'Remove',
        ),
      ),
    ),
  )
}
