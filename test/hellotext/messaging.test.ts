import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextErrors, hellotextHelpers } from './support.ts'

describe.each(targets)(
  'Hellotext messages, templates, actions and objects, %s',
  (_, createTarget) => {
    const target = useTarget(createTarget)
    const h = hellotextHelpers(target)
    const notFound = hellotextErrors('not_found', 'The resource was not found.', 'id')

    it('creates SMS templates approved and WhatsApp ones pending; header, footer and buttons are WhatsApp only', async () => {
      const hellotext = target().hellotext()
      const sms = await hellotext.POST('/v1/templates', {
        body: {
          name: 'autumn_sale',
          technology: 'sms',
          category: 'marketing',
          body: 'Hi {name}, 10% off.',
        },
      })
      expect(sms.response.status).toBe(201)
      expect(sms.data).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        name: 'autumn_sale',
        technology: 'sms',
        category: 'marketing',
        body: 'Hi {name}, 10% off.',
        state: 'approved',
      })
      const whatsapp = await hellotext.POST('/v1/templates', {
        body: {
          name: 'order_shipped',
          technology: 'whatsapp',
          category: 'utility',
          body: 'Hi {name}, your order has shipped.',
          footer: 'Rocío Sport',
          buttons: [{ type: 'quick_reply', text: 'Thanks!' }],
        },
      })
      expect(whatsapp.data?.state).toBe('pending')
      const smsHeader = await h.call('POST', '/v1/templates', {
        name: 'x',
        technology: 'sms',
        body: 'x',
        footer: 'no',
      })
      expect([smsHeader.status, await smsHeader.json()]).toEqual([
        422,
        hellotextErrors(
          'not_allowed',
          'This parameter is only available for WhatsApp templates.',
          'footer',
        ),
      ])
      const threeUrls = await h.call('POST', '/v1/templates', {
        name: 'x',
        technology: 'whatsapp',
        body: 'x',
        buttons: [1, 2, 3].map((i) => ({
          type: 'url',
          text: `Link ${i}`,
          url: 'https://shop.example.com',
        })),
      })
      expect(threeUrls.status).toBe(422)
      const path = { params: { path: { id: whatsapp.data?.id as string } } }
      const updated = await hellotext.PATCH('/v1/templates/{id}', {
        ...path,
        body: { footer: 'Rocío Sport · Montevideo' },
      })
      expect(updated.data?.footer).toBe('Rocío Sport · Montevideo')
      const deleted = await hellotext.DELETE('/v1/templates/{id}', path)
      expect([deleted.response.status, deleted.data?.name]).toEqual([200, 'order_shipped'])
      const gone = await h.call('GET', `/v1/templates/${whatsapp.data?.id}`)
      expect([gone.status, await gone.json()]).toEqual([404, notFound])
    })

    it('queues an SMS to a profile ({"status":"received"}), expanding short links and template tags', async () => {
      const profile = await h.createProfile({ first_name: 'Lucía', phone: '+59899000001' })
      const hellotext = target().hellotext()
      const sent = await hellotext.POST('/v1/messages', {
        body: {
          technology: 'sms',
          profile: profile.id,
          body: 'Hi {name}, your order shipped: {shortlink:https://shop.example.com/orders/1042}',
          attachments: ['https://shop.example.com/label.pdf'],
        },
      })
      expect([sent.response.status, sent.data]).toEqual([200, { status: 'received' }])
      const list = await hellotext.GET('/v1/messages')
      expect(list.data).toEqual([
        {
          id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
          technology: 'sms',
          origin: null,
          profile: profile.id,
          destination: '+59899000001',
          body: expect.stringMatching(
            /^Hi Lucía, your order shipped: https:\/\/hello\.example\/s\/[A-Za-z0-9]{4}$/,
          ),
          state: 'pending',
          attachments: [],
          created_at: expect.any(Number),
        },
      ])
      const id = list.data?.[0]?.id as string
      const delivered = await h.adminJson(`/messages/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ state: 'delivered' }),
      })
      expect(delivered.state).toBe('delivered')
      expect(
        (await hellotext.GET('/v1/messages/{id}', { params: { path: { id } } })).data?.state,
      ).toBe('delivered')
    })

    it('sends a WhatsApp template to a bare destination once approved, creating the profile', async () => {
      const hellotext = target().hellotext()
      const template = await hellotext.POST('/v1/templates', {
        body: {
          name: 'shipped',
          technology: 'whatsapp',
          body: 'Hi {name}, track it: {shortlink:tracking}',
        },
      })
      const message = {
        technology: 'whatsapp' as const,
        destination: '+59899000002',
        template: {
          id: template.data?.id as string,
          shortlinks: { tracking: 'https://shop.example.com/t/1' },
        },
      }
      const pending = await hellotext.POST('/v1/messages', { body: message })
      expect([pending.response.status, pending.error]).toEqual([
        422,
        hellotextErrors('not_allowed', 'The template is not approved.', 'template'),
      ])
      await h.admin(`/templates/${template.data?.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ state: 'approved' }),
      })
      expect((await hellotext.POST('/v1/messages', { body: message })).response.status).toBe(200)
      const [sent] = (await hellotext.GET('/v1/messages')).data ?? []
      expect(sent?.body).toMatch(/^Hi , track it: https:\/\/hello\.example\/s\/[A-Za-z0-9]{4}$/)
      const profiles = (await hellotext.GET('/v1/profiles')).data ?? []
      expect(profiles.map((p) => [p.id, p.phones])).toEqual([[sent?.profile, ['+59899000002']]])
    })

    it.each([
      [
        'no technology',
        { profile: 'PROFILE', body: 'x' },
        'parameter_missing',
        'This parameter is required.',
        'technology',
      ],
      [
        'no recipient',
        { technology: 'sms', body: 'x' },
        'parameter_missing',
        'This parameter is required.',
        'destination',
      ],
      [
        'an invalid destination',
        { technology: 'sms', destination: '099000001', body: 'x' },
        'invalid',
        'The destination must be a phone number in E.164 format.',
        'destination',
      ],
      [
        'neither body nor template',
        { technology: 'sms', profile: 'PROFILE' },
        'parameter_missing',
        'A body or a template is required.',
        'body',
      ],
    ])('answers 422 to a message with %s', async (_, body, type, message, parameter) => {
      const profile = await h.createProfile()
      const response = await h.call(
        'POST',
        '/v1/messages',
        JSON.parse(JSON.stringify(body).replace('"PROFILE"', `"${profile.id}"`)),
      )
      expect([response.status, await response.json()]).toEqual([
        422,
        hellotextErrors(type, message, parameter),
      ])
    })

    it('answers integration_missing for a channel the business has not enabled, and 404 for an unknown profile', async () => {
      const accountId = target().sandbox.defaultAccount.account.id
      await h.settings(accountId, { integrations: ['sms'] })
      const whatsapp = await h.call('POST', '/v1/messages', {
        technology: 'whatsapp',
        destination: '+59899000001',
        body: 'Hi',
      })
      expect([whatsapp.status, await whatsapp.json()]).toEqual([
        422,
        hellotextErrors(
          'integration_missing',
          'The whatsapp integration is not enabled for this business.',
          'technology',
        ),
      ])
      const unknown = await h.call('POST', '/v1/messages', {
        technology: 'sms',
        profile: 'Zz9Zz9Zz',
        body: 'x',
      })
      expect([unknown.status, await unknown.json()]).toEqual([
        404,
        hellotextErrors('not_found', 'The profile was not found.', 'profile'),
      ])
    })

    it('manages custom actions: unique, never a built-in name, renamed and deleted', async () => {
      const hellotext = target().hellotext()
      const created = await hellotext.POST('/v1/actions', { body: { name: 'appointment.booked' } })
      expect(created.response.status).toBe(201)
      expect(created.data).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        name: 'appointment.booked',
      })
      const taken = hellotextErrors(
        'parameter_not_unique',
        'This value is already used by another action.',
        'name',
      )
      for (const name of ['appointment.booked', 'order.placed']) {
        const duplicate = await hellotext.POST('/v1/actions', { body: { name } })
        expect([duplicate.response.status, duplicate.error]).toEqual([422, taken])
      }
      const path = { params: { path: { id: created.data?.id as string } } }
      const renamed = await hellotext.PATCH('/v1/actions/{id}', {
        ...path,
        body: { name: 'appointment.scheduled' },
      })
      expect(renamed.data?.name).toBe('appointment.scheduled')
      expect((await hellotext.GET('/v1/actions')).data?.map((a) => a.name)).toEqual([
        'appointment.scheduled',
      ])
      expect((await hellotext.DELETE('/v1/actions/{id}', path)).response.status).toBe(200)
      const gone = await h.call('GET', `/v1/actions/${created.data?.id}`)
      expect([gone.status, await gone.json()]).toEqual([404, notFound])
    })

    it('manages custom object structures, refusing built-in and duplicate names', async () => {
      const hellotext = target().hellotext()
      const appointment = {
        title: 'Appointments',
        name: 'appointment',
        properties: [{ kind: 'text', name: 'reference', required: true, unique: true }],
      }
      const created = await hellotext.POST('/v1/objects', { body: appointment })
      expect(created.response.status).toBe(201)
      expect(created.data).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        ...appointment,
      })
      const taken = hellotextErrors(
        'parameter_not_unique',
        'This value is already used by another object.',
        'name',
      )
      for (const name of ['appointment', 'product']) {
        const duplicate = await hellotext.POST('/v1/objects', { body: { name } })
        expect([duplicate.response.status, duplicate.error]).toEqual([422, taken])
      }
      const path = { params: { path: { id: created.data?.id as string } } }
      expect(
        (await hellotext.PATCH('/v1/objects/{id}', { ...path, body: { title: 'Bookings' } })).data
          ?.title,
      ).toBe('Bookings')
      expect((await hellotext.GET('/v1/objects')).data?.map((o) => o.title)).toEqual(['Bookings'])
      expect((await hellotext.DELETE('/v1/objects/{id}', path)).data?.name).toBe('appointment')
      expect((await hellotext.GET('/v1/objects/{id}', path)).response.status).toBe(404)
    })
  },
)
