import type { AppError } from '@cac/shared/protocol';
import { DEMO_PIN } from '../config/secrets';
import { appError } from '../errors/app-errors';

/**
 * What the body schema cannot judge alone: outside the demo office the published demo PIN is
 * refused, because the hub would refuse to start with it (API.md) and everybody knows it.
 * Length and repeated digits are the schema's (`NewPinSchema`).
 */
export function pinProblem(pin: string, officeIsDemo: boolean): AppError | undefined {
  if (officeIsDemo || pin !== DEMO_PIN) return undefined;
  return appError('INVALID_PAYLOAD', {
    field: 'pin',
    detail: `El PIN ${DEMO_PIN} es el de demostración, publicado en el manual: elija otro.`,
  });
}
