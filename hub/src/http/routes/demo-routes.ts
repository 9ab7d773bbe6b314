import { Router } from 'express';
import { z } from 'zod';
import type { HubContext } from '../../hub-context';
import { appError } from '../../errors/app-errors';
import { sendError } from '../http-errors';

/** The demo devices' keys, as API.md publishes them. */
const DEMO_KEYS = {
  kiosk: { deviceId: 'kiosk-1', key: 'demo-kiosk-key' },
  display: { deviceId: 'display-1', key: 'demo-display-key' },
} as const;

/**
 * `GET /demo/device-key?kind=kiosk|display`: lets `/kiosk` and `/display` open as the demo devices
 * without asking anything. Answers only while the office is the embedded demo; a real office gets
 * 404 and its faces must be paired with a key.
 */
export function demoRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/demo/device-key', (req, res) => {
    const kind = z.enum(['kiosk', 'display']).safeParse(req.query['kind']);
    if (!ctx.config().demo || !kind.success) return sendError(res, appError('NOT_FOUND'));
    res.json(DEMO_KEYS[kind.data]);
  });
  return router;
}
