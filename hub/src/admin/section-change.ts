import type { LiveState } from '@cac/shared/domain';
import type { AppError, ConfigSection, OfficeConfig } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import type { ConfigChange } from './apply-config-change';
import { removalProblem } from './removal-safety';

/** The keys of office.json that the section `general` groups. */
export const GENERAL_KEYS = [
  'office',
  'hours',
  'dayCloseTime',
  'noShowMinSeconds',
  'ticketFooter',
] as const satisfies readonly (keyof OfficeConfig)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The part of the configuration a section shows (and the audit keeps). */
export function sectionOf(config: OfficeConfig, section: ConfigSection): unknown {
  if (section !== 'general') return config[section];
  return Object.fromEntries(GENERAL_KEYS.map((key) => [key, config[key]]));
}

/** Puts a section's new value into the draft; the store's validation judges the result. */
function assignSection(
  draft: OfficeConfig,
  section: ConfigSection,
  value: unknown,
): AppError | undefined {
  if (section !== 'general') {
    Object.assign(draft, { [section]: value });
    return undefined;
  }
  if (!isPlainObject(value)) {
    return appError('INVALID_PAYLOAD', {
      field: 'value',
      detail: `La sección general debe ser un objeto con ${GENERAL_KEYS.join(', ')}.`,
    });
  }
  const unknown = Object.keys(value).filter((key) => !GENERAL_KEYS.some((known) => known === key));
  if (unknown.length > 0) {
    return appError('INVALID_PAYLOAD', {
      field: 'value',
      detail: `Clave desconocida en la sección general: ${unknown.map((k) => `"${k}"`).join(', ')}.`,
    });
  }
  // Every key is written, an absent one as undefined, so the validation says "Falta …" for it
  // instead of keeping the old value behind the administrator's back.
  Object.assign(draft, Object.fromEntries(GENERAL_KEYS.map((key) => [key, value[key]])));
  return undefined;
}

/** `PUT /admin/config/{section}`: replaces one section as a whole, against the revision read. */
export function sectionChange(
  section: ConfigSection,
  value: unknown,
  revision: string,
  state: () => LiveState,
): ConfigChange {
  return {
    action: 'config.save',
    target: section,
    revision,
    part: (config) => sectionOf(config, section),
    edit(draft) {
      const previous = { services: draft.services, windows: draft.windows };
      return assignSection(draft, section, value) ?? removalProblem(previous, draft, state());
    },
  };
}
