// Pact's native library sends usage data unless told not to; imported before Pact itself.
process.env.PACT_DO_NOT_TRACK = 'true'
