// @pactflow/swagger-mock-validator ships no types ("types" names a file its package lacks): the
// part of its API contracts/check uses.
declare module '@pactflow/swagger-mock-validator' {
  export interface ValidationResult {
    code: string
    message: string
    type: 'error' | 'warning'
    source: string
    mockDetails?: {
      interactionDescription: string | null
      interactionState: string | null
      location: string
      mockFile: string
      value: unknown
    }
    specDetails?: {
      location: string
      pathMethod: string | null
      pathName: string | null
      specFile: string
      value: unknown
    }
  }

  export interface ValidationOutcome {
    success: boolean
    errors: ValidationResult[]
    warnings: ValidationResult[]
    failureReason?: string
  }

  export interface SwaggerMockValidator {
    validate(options: {
      specPathOrUrl: string
      mockPathOrUrl: string
      additionalPropertiesInResponse?: string
      requiredPropertiesInResponse?: string
    }): Promise<ValidationOutcome>
  }

  export const SwaggerMockValidatorFactory: { create(): SwaggerMockValidator }
}
