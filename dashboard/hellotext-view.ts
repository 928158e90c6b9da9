/** Hellotext profiles, each with its tracked events as a timeline; events without a profile apart. */
import type { Schemas, Summary } from './api.ts'
import { formatTime, h } from './dom.ts'
import { show } from './record-table.ts'

export function hellotextView(summary: Summary, events: Schemas['TrackedEvent'][]) {
  const { profiles } = summary.hellotext
  const byProfile = new Map<string, Schemas['TrackedEvent'][]>()
  const anonymous: Schemas['TrackedEvent'][] = []
  for (const event of events) {
    if (event.profile)
      byProfile.set(event.profile, [...(byProfile.get(event.profile) ?? []), event])
    else anonymous.push(event)
  }
  const timeline = (list: Schemas['TrackedEvent'][]) =>
    list.length === 0
      ? h('p', { class: 'empty' }, 'No events.')
      : h(
          'ol',
          { class: 'timeline' },
          list.map((event) =>
            h(
              'li',
              {},
              h(
                'time',
                {},
                event.tracked_at
                  ? formatTime(event.tracked_at < 1e12 ? event.tracked_at * 1000 : event.tracked_at)
                  : '—',
              ),
              h('strong', {}, event.action),
              event.object
                ? h('span', { class: 'muted' }, ` ${event.object_type ?? ''} ${event.object}`)
                : null,
              event.amount !== undefined && event.amount !== null
                ? h('span', { class: 'muted' }, ` ${event.amount} ${event.currency ?? ''}`)
                : null,
            ),
          ),
        )
  return h(
    'div',
    { class: 'grid' },
    profiles.items.length === 0 && anonymous.length === 0
      ? h('p', { class: 'empty' }, 'No profiles or events.')
      : null,
    profiles.items.map((profile) =>
      h(
        'article',
        { class: 'card' },
        h(
          'h4',
          {},
          show(profile.first_name ?? profile.email ?? profile.id),
          ' ',
          h('small', { class: 'muted' }, show(profile.email ?? profile.phone)),
        ),
        timeline(byProfile.get(String(profile.id)) ?? []),
      ),
    ),
    anonymous.length > 0
      ? h('article', { class: 'card' }, h('h4', {}, 'Without a profile'), timeline(anonymous))
      : null,
  )
}
