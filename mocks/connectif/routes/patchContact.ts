// patchContact: PATCH /contacts/{email}, the older path generation of patchContactByEmail.
// Behaviour: shared/research/connectif.md §4, §5.1 — same upsert; its body has no `_externalId` [DOC].
export { patchContactByEmail as patchContact } from './patchContactByEmail.ts'
