/**
 * What the page tells the user besides the data: a status line read out by screen readers, a
 * confirmation dialog before anything destructive, and copying to the clipboard (with a fallback
 * where the Clipboard API is not available, as on plain HTTP away from loopback).
 */
import { byId } from './dom.ts'

/** Says `message` in the status line; failures stay until the next message. */
export function announce(message: string, kind: 'ok' | 'error' = 'ok'): void {
  const status = byId('status')
  status.textContent = message
  status.dataset.kind = kind
}

/** Runs `action`, announcing what it did or why it failed: a failed call never goes unseen. */
export async function act(done: string, action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action()
    announce(done)
    return true
  } catch (error) {
    announce(`Failed: ${(error as Error).message}`, 'error')
    return false
  }
}

/** Asks in a modal dialog; resolves true only on the confirming button (Escape cancels). */
export function confirmAction(question: string, confirmLabel: string): Promise<boolean> {
  const dialog = byId<HTMLDialogElement>('confirm')
  byId('confirm-question').textContent = question
  const ok = byId<HTMLButtonElement>('confirm-ok')
  ok.textContent = confirmLabel
  dialog.returnValue = ''
  dialog.showModal()
  // The safe choice has focus, so Enter on an unread question does no harm.
  byId<HTMLButtonElement>('confirm-cancel').focus()
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), {
      once: true,
    })
  })
}

export async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    announce(`Copied ${what}.`)
  } catch {
    // No Clipboard API here (or no permission): the older selection-based copy still works.
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.className = 'offscreen'
    document.body.appendChild(area)
    area.select()
    const copied = document.execCommand('copy')
    area.remove()
    announce(copied ? `Copied ${what}.` : `Could not copy ${what}: select it and copy by hand.`)
  }
}
