/**
 * Why the hub cannot use its office configuration. They stop start-up with a message an administrator
 * can act on; they never cross a socket (commands get a `Result`).
 */
export const CONFIG_ERROR_CODES = [
  /** The file and its previous generation are both unreadable. */
  'CONFIG_CORRUPT',
  /** The file is readable JSON but breaks the schema. */
  'CONFIG_INVALID',
  /** There is no configuration and the caller did not ask for the demo office. */
  'CONFIG_MISSING',
  /** A non-demo office still uses the published demo PINs or device keys. */
  'DEMO_SECRETS_IN_USE',
] as const;
/** One of {@link CONFIG_ERROR_CODES}. */
export type ConfigErrorCode = (typeof CONFIG_ERROR_CODES)[number];

/** A configuration problem with a stable code and a Spanish message; `issues` holds one line per problem. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code: ConfigErrorCode;
  readonly issues: readonly string[];

  constructor(code: ConfigErrorCode, message: string, issues: readonly string[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/** True when `error` is a {@link ConfigError}, optionally with the given code. */
export function isConfigError(error: unknown, code?: ConfigErrorCode): error is ConfigError {
  return error instanceof ConfigError && (code === undefined || error.code === code);
}
