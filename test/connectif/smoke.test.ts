import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'

describe.each(targets)('Connectif %s', (_, createTarget) => {
  it('upserts and reads a contact', async () => {
    const target = await createTarget()
    try {
      const connectif = target.connectif()
      const created = await connectif.PATCH('/contacts/email/{email}', {
        params: { path: { email: 'Ana@Example.com' } },
        body: { _name: 'Ana' },
      })
      expect(created.response.status).toBe(201)
      const { data } = await connectif.GET('/contacts/email/{email}', {
        params: { path: { email: 'ana@example.com' } },
      })
      expect(data?._name).toBe('Ana')
    } finally {
      await target.close()
    }
  })
})
