import { Router } from 'express';
import { LoginBodySchema } from '@cac/shared/protocol';
import type { HubContext } from '../../hub-context';
import { invalidPayload } from '../../errors/app-errors';
import { bearerToken } from '../bearer';
import { sendError } from '../http-errors';

/** `POST /auth/login` and `POST /auth/logout`. */
export function authRoutes(ctx: HubContext): Router {
  const router = Router();
  router.post('/auth/login', (req, res) => {
    const parsed = LoginBodySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const result = ctx.auth.login(parsed.data.username, parsed.data.pin);
    if (!result.ok) return sendError(res, result.error);
    ctx.log.info({ userId: result.value.user.id }, 'staff login');
    res.json(result.value);
  });
  router.post('/auth/logout', (req, res) => {
    const token = bearerToken(req);
    if (token) ctx.auth.logout(token);
    res.status(204).end();
  });
  return router;
}
