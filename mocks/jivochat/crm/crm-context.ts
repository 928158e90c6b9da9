/** What a CRM event handler needs besides its state: the time and where its links point. */
export interface CrmContext {
  /** Sandbox time of the request, ISO 8601. */
  now: string
  /** The sandbox's admin API as the caller reached it; `crm_link`s point under it. */
  adminUrl: string
}
