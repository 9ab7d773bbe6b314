import { createHash } from 'node:crypto';
import type { AdminConfigAnswer, AdminConfigView, OfficeConfig } from '@cac/shared/protocol';

// The configuration object is replaced (and frozen) on every change, so its identity is a safe
// cache key: the revision is hashed once per change, not once per request.
const revisions = new WeakMap<OfficeConfig, string>();

/**
 * A short fingerprint of the whole configuration. Any change, from any screen or by hand before a
 * restart, gives another one, which is how a stale editor is detected (`CONFIG_CHANGED`).
 */
export function revisionOf(config: OfficeConfig): string {
  let revision = revisions.get(config);
  if (revision === undefined) {
    revision = createHash('sha256').update(JSON.stringify(config)).digest('base64url').slice(0, 16);
    if (Object.isFrozen(config)) revisions.set(config, revision);
  }
  return revision;
}

/** The configuration without its secrets: users without PIN hashes, devices without key hashes. */
export function adminViewOf(config: OfficeConfig): AdminConfigView {
  return {
    ...config,
    users: config.users.map(({ pinHash: _pinHash, ...user }) => user),
    devices: config.devices.map(({ keyHash: _keyHash, ...device }) => device),
  };
}

/** What `GET /admin/config` and every successful change answer. */
export function adminAnswerOf(config: OfficeConfig): AdminConfigAnswer {
  return { revision: revisionOf(config), config: adminViewOf(config) };
}
