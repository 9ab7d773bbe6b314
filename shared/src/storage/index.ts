// Public surface of @cac/shared/storage: Node-only files that must survive a power cut (the hub's
// office configuration, each Electron shell's settings). Renderers never import it (ESLint).
// Explicit export lists only.
export type { ConfigErrorCode } from './config-error';
export { CONFIG_ERROR_CODES, ConfigError, isConfigError } from './config-error';
export type { DurableJsonFileOptions } from './durable-json-file';
export { durableJsonFile } from './durable-json-file';
