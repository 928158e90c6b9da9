/**
 * Hellotext's provider states: profiles, sessions and products by the ids the API hands out (the
 * seed's tracking calls name them), present or absent.
 */
import { defineProviderState, type ProviderStateContext } from './define-provider-state.ts'
import { seedFixtures } from './seed-fixtures.ts'

type Params = ProviderStateContext['params']

/** Matches the records of the state's account whose id is the state's `{id}`. */
const withId =
  ({ accountId, params }: ProviderStateContext) =>
  (record: { accountId: string; id: string }) =>
    record.accountId === accountId && record.id === String(params.id)

const profilesWithId = (context: ProviderStateContext) =>
  context.sandbox.hellotext.profiles.findMany((q) => q.where(withId(context)))

/** A state that seeds one record with the name's `{id}`, unless the account has it already. */
function recordExists(
  table: 'profiles' | 'sessions' | 'products',
  name: string,
  fields: (params: Params) => object,
) {
  return defineProviderState({
    name,
    setup(context) {
      const records = context.sandbox.hellotext[table].all()
      if ([...records].some(withId(context))) return undefined
      seedFixtures(context.sandbox, context.accountId, 'hellotext', {
        [table]: [{ ...fields(context.params), id: String(context.params.id) }],
      })
      return undefined
    },
  })
}

export const hellotextStates = [
  recordExists('profiles', 'profile {id} exists', ({ first_name }) =>
    first_name === undefined ? {} : { first_name: String(first_name) },
  ),
  defineProviderState({
    name: 'profile {id} does not exist',
    setup(context) {
      for (const profile of profilesWithId(context))
        context.sandbox.hellotext.profiles.delete(profile)
      return undefined
    },
  }),
  recordExists('sessions', 'session {id} exists', () => ({})),
  recordExists('products', 'product {id} exists', ({ name }) => ({
    name: name === undefined ? 'Trail running shoes' : String(name),
  })),
]
