/**
 * `martech-sandbox/contracts`: consumer contract testing with the sandbox, offline.
 * - `verifyPacts`: an integrator's own Pact files verified against the sandbox as the provider
 *   (provider states through `/__admin/pact/provider-states`, fake credentials swapped).
 * - `checkPacts`: every interaction checked against the provider's OpenAPI document.
 * - `verifyCrm`: a JivoChat CRM endpoint verified against Jivo's pact.
 * The CLI's `contracts verify|check` and `verify-crm` are thin shells over these.
 *
 * @module
 * @example
 * import { formatVerification, verifyPacts } from 'martech-sandbox/contracts'
 * const report = await verifyPacts({ pactFiles: ['./pacts/shop-connectif.json'] })
 * console.log(formatVerification(report))
 * process.exitCode = report.ok ? 0 : 1
 */
export type {
  CheckFinding,
  CheckPactsOptions,
  CheckReport,
  PactCheck,
} from './check/check-pacts.ts'
// Checking pacts against the OpenAPI documents
export { checkPacts } from './check/check-pacts.ts'
export { formatCheck } from './check/format-check.ts'
// Input the tools cannot act on (the CLI's exit code 2)
export { ContractsInputError } from './contracts-input-error.ts'
export { formatCrmVerification } from './crm/format-crm-verification.ts'
export type {
  CrmEventVerdict,
  CrmVerificationReport,
  VerifyCrmOptions,
} from './crm/verify-crm.ts'
// JivoChat → CRM
export { verifyCrm } from './crm/verify-crm.ts'
export type {
  ProviderStateContext,
  ProviderStateDefinition,
  StateSandbox,
} from './provider-states/index.ts'
export { providerStateNames } from './provider-states/index.ts'
export { formatVerification } from './verify/format-verification.ts'
export type {
  InteractionVerdict,
  PactVerification,
  VerificationReport,
  VerifyPactsOptions,
} from './verify/verify-pacts.ts'
// Verifying pacts against the sandbox
export { verifyPacts } from './verify/verify-pacts.ts'
