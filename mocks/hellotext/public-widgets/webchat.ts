/**
 * The webchat hellotext.js mounts, and the visitor's side of its conversation: the markup the
 * SDK's Stimulus controller reads, the messages a visitor sends (multipart, with attachments),
 * their pages when the visitor scrolls up, and what the visitor has seen. Agents' replies arrive
 * over ActionCable in the real service, which the sandbox does not emulate [INF].
 *
 * @see shared/research/hellotext-reskyt.md addendum "public webchat and WhatsApp widget routes"
 * [CODE: hellotext.js src/api/webchats.js, webchat/messages.js, whatsapp_widgets.js,
 * controllers/webchat_controller.js]; markup, page size, ids [INF]
 */

import type { Account } from '../../sandbox/accounts.ts'
import type { CallerContext } from '../../sandbox/define-route.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { notFound, parameterMissing } from '../errors.ts'
import { linkSession, type VisitorState } from '../public-tracking/visitors.ts'
import { byId, findIn, newId, type Owned, seconds } from '../records.ts'
import type { WordpressTables } from '../wordpress/wordpress.ts'

export interface WebchatMessageRecord extends Owned {
  webchat: string
  session: string
  conversation: string
  body: string
  /** `data:` URLs of the files sent: the sandbox keeps no file store [INF]. */
  attachments: string[]
  /** `received`: the visitor sent it (the SDK styles those as the visitor's own). */
  state: 'received'
  seen: boolean
  created_at: number
}

export function createWebchatTables() {
  return { webchatMessages: byId<WebchatMessageRecord>('webchat messages') }
}

export type WebchatTables = ReturnType<typeof createWebchatTables>

type WebchatState = WebchatTables & WordpressTables & VisitorState

/** Messages a page [INF: the real page size is not known]. */
export const WEBCHAT_PAGE_SIZE = 20

/** The business's webchat `id`, or the 404 the SDK gets for any other. */
export function findWebchat(state: WordpressTables, account: Account, id: string) {
  const webchat = findIn(state.webchats, account.id, id)
  if (!webchat) throw rejectWith(notFound())
  return webchat
}

/** The visitor's messages on the webchat, oldest first. */
function conversationOf(state: WebchatTables, accountId: string, webchat: string, session: string) {
  return state.webchatMessages.findMany((q) =>
    q.where((m) => m.accountId === accountId && m.webchat === webchat && m.session === session),
  )
}

/** Page `page` of the visitor's messages, newest first, and the next (older) page if any. */
export function messagePage(
  state: WebchatTables,
  accountId: string,
  webchat: string,
  session: string,
  page: number,
) {
  const newestFirst = conversationOf(state, accountId, webchat, session).reverse()
  const start = (page - 1) * WEBCHAT_PAGE_SIZE
  return {
    next: newestFirst.length > start + WEBCHAT_PAGE_SIZE ? page + 1 : null,
    messages: newestFirst.slice(start, start + WEBCHAT_PAGE_SIZE).map(webchatMessageResource),
  }
}

export function webchatMessageResource(message: WebchatMessageRecord) {
  return {
    id: message.id,
    body: message.body,
    attachments: message.attachments,
    state: message.state,
    created_at: message.created_at,
  }
}

/** A file as a `data:` URL, the form the SDK can show without a file store. */
async function dataUrl(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `data:${file.type || 'application/octet-stream'};base64,${btoa(binary)}`
}

/**
 * Stores what the visitor sent: a body, files, or both (neither is a 422 [INF]). The session
 * becomes known; one conversation per webchat and session, its id that of its first message's.
 */
export async function receiveMessage(
  state: WebchatState,
  ctx: CallerContext,
  webchat: string,
  sent: { session: string; body?: string; files: File[] },
): Promise<WebchatMessageRecord> {
  const accountId = ctx.account.id
  const body = sent.body?.trim() ? sent.body : ''
  if (body === '' && sent.files.length === 0) throw rejectWith(parameterMissing('message[body]'))
  const attachments = await Promise.all(sent.files.map(dataUrl))
  linkSession(state, ctx, sent.session, undefined)
  const earlier = conversationOf(state, accountId, webchat, sent.session)[0]
  const id = newId(ctx, (taken) => findIn(state.webchatMessages, accountId, taken) !== undefined)
  return state.webchatMessages.insert({
    accountId,
    id,
    seq: state.nextSeq(),
    webchat,
    session: sent.session,
    conversation: earlier?.conversation ?? `${id.slice(0, 4)}${ctx.ids.alphanumeric(4)}`,
    body,
    attachments,
    state: 'received',
    seen: false,
    created_at: seconds(ctx.now),
  })
}

/** Marks the visitor's messages seen: all of them, or those up to `message`. */
export function markSeen(
  state: WebchatTables,
  accountId: string,
  webchat: string,
  session: string,
  message: string | null | undefined,
): void {
  const messages = conversationOf(state, accountId, webchat, session)
  const upTo = message ? messages.findIndex((m) => m.id === message) : messages.length - 1
  if (message && upTo < 0) throw rejectWith(notFound('message'))
  for (const seen of messages.slice(0, upTo + 1))
    state.webchatMessages.update(seen, (m) => ({ ...m, seen: true }))
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')

/**
 * The webchat's markup: one `<article>` carrying the values and targets hellotext.js's webchat
 * controller reads (id, conversation, placement, next page; trigger, popover, messages, input,
 * templates) and the visitor's newest messages [INF: the real markup is Hellotext's].
 */
export function webchatHtml(
  state: WebchatTables,
  accountId: string,
  webchat: string,
  session: string | undefined,
  placement: string,
): string {
  const page =
    session === undefined
      ? { next: null, messages: [] }
      : messagePage(state, accountId, webchat, session, 1)
  const conversation =
    session === undefined ? undefined : conversationOf(state, accountId, webchat, session)[0]
  const target = (name: string) => `data-hellotext--webchat-target="${name}"`
  const messages = [...page.messages]
    .reverse()
    .map(
      (m) =>
        `<div class="received" data-id="${m.id}" ${target('message')}><div data-body>${escapeHtml(m.body)}</div><div data-attachments-container>${m.attachments.map((url) => `<img src="${escapeHtml(url)}">`).join('')}</div></div>`,
    )
    .join('')
  return [
    `<article id="hellotext--webchat--${webchat}" data-controller="hellotext--webchat"`,
    ` data-hellotext--webchat-id-value="${webchat}"`,
    ` data-hellotext--webchat-conversation-id-value="${conversation?.conversation ?? ''}"`,
    ` data-hellotext--webchat-placement-value="${escapeHtml(placement)}"`,
    page.next === null ? '' : ` data-hellotext--webchat-next-page-value="${page.next}"`,
    ` data-hellotext--webchat-media-value='{"image":{"max_size":5242880},"video":{"max_size":16777216},"audio":{"max_size":16777216},"document":{"max_size":104857600}}'>`,
    `<button type="button" ${target('trigger')}>Chat</button>`,
    `<span style="display:none" ${target('unreadCounter')}>0</span>`,
    `<section style="display:none" ${target('popover')}>`,
    `<header ${target('title')}>Chat</header>`,
    `<div ${target('messagesContainer')}>${messages}</div>`,
    `<template><div style="display:none" ${target('messageTemplate')}><div data-message-bubble><div data-body></div></div><div data-attachments-container></div><span data-message-timestamp></span></div></template>`,
    `<div style="display:none" ${target('typingIndicatorTemplate')}></div>`,
    `<div style="display:none" ${target('attachmentTemplate')}><main></main><p data-attachment-name></p></div>`,
    `<img style="display:none" ${target('attachmentImage')}>`,
    `<div style="display:none" ${target('attachmentContainer')}></div>`,
    `<p style="display:none" ${target('errorMessageContainer')}></p>`,
    `<footer ${target('footer')}><div ${target('toolbar')}>`,
    `<input type="file" multiple ${target('attachmentInput')}>`,
    `<button type="button" ${target('attachmentButton')}>Attach</button>`,
    `<textarea ${target('input')}></textarea>`,
    `</div></footer></section></article>`,
  ].join('')
}

/** The WhatsApp launcher: a link to a chat with `number`, opening with `body` [INF: markup]. */
export function whatsappHtml(
  webchat: string,
  options: { number?: string; body?: string; iconUrl?: string; placement?: string },
): string {
  const digits = (options.number ?? '').replace(/\D/g, '')
  const text = options.body ? `?text=${encodeURIComponent(options.body)}` : ''
  const icon = options.iconUrl ? `<img src="${escapeHtml(options.iconUrl)}" alt="">` : ''
  return `<article id="hellotext--whatsapp--${webchat}" data-controller="hellotext--whatsapp" data-placement="${escapeHtml(options.placement ?? 'bottom-right')}"><a href="https://wa.me/${digits}${escapeHtml(text)}" target="_blank" rel="noopener">${icon}WhatsApp</a></article>`
}
