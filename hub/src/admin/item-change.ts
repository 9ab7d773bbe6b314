import type { AppError, OfficeConfig } from '@cac/shared/protocol';
import type { ConfigChange } from './apply-config-change';

/**
 * A change to one user or device that must already exist (rename, new key, delete…): audited
 * under its id, refused with `unknown` when the draft does not have it, otherwise `apply` edits
 * it in the draft or says why not.
 */
export function existingItemChange<T>(change: {
  action: string;
  id: string;
  find(config: OfficeConfig, id: string): T | undefined;
  unknown: AppError;
  apply(item: T, draft: OfficeConfig): AppError | undefined;
}): ConfigChange {
  return {
    action: change.action,
    target: change.id,
    revision: null,
    part: (config) => change.find(config, change.id),
    edit(draft) {
      const item = change.find(draft, change.id);
      return item === undefined ? change.unknown : change.apply(item, draft);
    },
  };
}
