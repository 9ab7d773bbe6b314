/**
 * Stable codes for what can be wrong with an identity number. Programs match on these; people read
 * the sentence the i18n identity catalog holds for each one.
 */
export const IDENTITY_PROBLEMS = [
  'DNI_FORMAT',
  'DNI_CHECK_MISMATCH',
  'RUC_FORMAT',
  'RUC_PREFIX',
  'RUC_CHECKSUM',
  'CE_FORMAT',
  'CE_UNUSUAL_LENGTH',
] as const;

/** One of {@link IDENTITY_PROBLEMS}. */
export type IdentityProblem = (typeof IDENTITY_PROBLEMS)[number];

/**
 * The outcome of checking an identity number. A valid number comes back normalized (the form to
 * store); it may carry a warning that a clerk should see but that must not block the citizen.
 * A check digit only catches typos: a valid result proves no identity.
 */
export type IdentityCheck =
  | { valid: true; normalized: string; warning?: IdentityProblem }
  | { valid: false; problem: IdentityProblem };
