/**
 * The reference CRM's records as the admin API lists them: one collection, oldest first, narrowed
 * by `email`, `phone` or `chatId` where the records have one.
 */
import { type CrmState, emailKey, phoneKey } from './state.ts'

export const CRM_COLLECTIONS = [
  'leads',
  'contacts',
  'tasks',
  'transcripts',
  'calls',
  'users',
] as const
export type CrmCollection = (typeof CRM_COLLECTIONS)[number]

export interface CrmFilter {
  email?: string
  phone?: string
  chatId?: string
}

/** The fields a filter may read, whichever record kind has them. */
interface Filterable {
  email?: string
  emails?: string[]
  phone?: string
  phones?: string[]
  chatId?: string
  chatIds?: string[]
}

export function listRecords(state: CrmState, collection: CrmCollection, filter: CrmFilter) {
  const records: Array<Filterable & { id: string }> = [...state[collection].values()]
  return records.filter((record) => {
    const { email, phone, chatId } = filter
    if (email !== undefined) {
      const emails = record.emails ?? [record.email ?? '']
      if (!emails.some((e) => e && emailKey(e) === emailKey(email))) return false
    }
    if (phone !== undefined) {
      const phones = record.phones ?? [record.phone ?? '']
      if (!phones.some((p) => p && phoneKey(p) === phoneKey(phone))) return false
    }
    if (chatId !== undefined && record.chatId !== chatId && !record.chatIds?.includes(chatId))
      return false
    return true
  })
}
