// getContact: GET /contacts/{email}, the older path generation of getContactByEmail.
// Behaviour: shared/research/connectif.md §4 — both routes are live [DOC]; same behaviour.
export { getContactByEmail as getContact } from './getContactByEmail.ts'
