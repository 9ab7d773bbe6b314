import { Router } from 'express';
import type { Response } from 'express';
import type { AppError, OfficeConfig, Result } from '@cac/shared/protocol';
import { AuditQuerySchema, CONFIG_SECTIONS } from '@cac/shared/protocol';
import { ADMIN_BODIES } from '../../admin/admin-bodies';
import { adminAnswerOf } from '../../admin/admin-view';
import { applyConfigChange } from '../../admin/apply-config-change';
import { auditAnswerOf } from '../../admin/audit-view';
import {
  createDeviceChange,
  deleteDeviceChange,
  newDeviceKey,
  patchDeviceChange,
  rotateKeyChange,
} from '../../admin/device-changes';
import { pinProblem } from '../../admin/pin-policy';
import { sectionChange } from '../../admin/section-change';
import { createUserChange, patchUserChange, resetPinChange } from '../../admin/user-changes';
import { hashPin } from '../../config/secrets';
import { invalidPayload } from '../../errors/app-errors';
import type { HubContext } from '../../hub-context';
import { principalOf, requireRole } from '../bearer';
import { sendError } from '../http-errors';

/** The path parameter of a route, always a string in express 5 for these routes. */
function param(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

/**
 * `/api/v1/admin/...`: the administrators' configuration screens (issue 7). Every change runs
 * through {@link applyConfigChange}: written durably, audited, pushed to every face.
 */
export function adminRoutes(ctx: HubContext): Router {
  const router = Router();
  router.use('/admin', requireRole(ctx.auth, ['admin']));

  function answer(res: Response, result: Result<OfficeConfig>, status = 200): void {
    if (!result.ok) return sendError(res, result.error);
    res.status(status).json(adminAnswerOf(result.value));
  }

  router.get('/admin/config', (_req, res) => {
    res.json(adminAnswerOf(ctx.config()));
  });

  router.put('/admin/config/:section', async (req, res) => {
    const section = CONFIG_SECTIONS.find((name) => name === req.params.section);
    if (!section) {
      return sendError(res, {
        code: 'NOT_FOUND',
        message: `No existe la sección de configuración «${param(req.params.section)}». Las secciones son: ${CONFIG_SECTIONS.join(', ')}.`,
      } satisfies AppError);
    }
    const parsed = ADMIN_BODIES.saveSection.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const change = sectionChange(section, parsed.data.value, parsed.data.revision, () =>
      ctx.writer.state(),
    );
    answer(res, await applyConfigChange(ctx, principalOf(res), change));
  });

  router.post('/admin/users', async (req, res) => {
    const parsed = ADMIN_BODIES.createUser.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const weak = pinProblem(parsed.data.pin, ctx.config().demo);
    if (weak) return sendError(res, weak);
    // scrypt takes tens of ms: hashed before entering the store's single writer.
    const change = createUserChange(parsed.data, hashPin(parsed.data.pin));
    answer(res, await applyConfigChange(ctx, principalOf(res), change), 201);
  });

  router.patch('/admin/users/:id', async (req, res) => {
    const parsed = ADMIN_BODIES.patchUser.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const by = principalOf(res);
    answer(
      res,
      await applyConfigChange(ctx, by, patchUserChange(param(req.params.id), parsed.data, by)),
    );
  });

  router.post('/admin/users/:id/pin', async (req, res) => {
    const parsed = ADMIN_BODIES.resetPin.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const weak = pinProblem(parsed.data.pin, ctx.config().demo);
    if (weak) return sendError(res, weak);
    const id = param(req.params.id);
    const by = principalOf(res);
    const result = await applyConfigChange(
      ctx,
      by,
      resetPinChange(id, hashPin(parsed.data.pin), by),
    );
    // A new PIN is how a locked-out clerk gets back in: the lockout goes with the old PIN.
    if (result.ok) {
      const user = result.value.users.find((candidate) => candidate.id === id);
      if (user) ctx.auth.clearLockout(user.username);
    }
    answer(res, result);
  });

  router.post('/admin/devices', async (req, res) => {
    const parsed = ADMIN_BODIES.createDevice.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const key = newDeviceKey();
    const result = await applyConfigChange(
      ctx,
      principalOf(res),
      createDeviceChange(parsed.data, key),
    );
    if (!result.ok) return sendError(res, result.error);
    res.status(201).json({ ...adminAnswerOf(result.value), deviceId: parsed.data.id, key });
  });

  router.post('/admin/devices/:id/key', async (req, res) => {
    const id = param(req.params.id);
    const key = newDeviceKey();
    const result = await applyConfigChange(ctx, principalOf(res), rotateKeyChange(id, key));
    if (!result.ok) return sendError(res, result.error);
    res.json({ ...adminAnswerOf(result.value), deviceId: id, key });
  });

  router.patch('/admin/devices/:id', async (req, res) => {
    const parsed = ADMIN_BODIES.patchDevice.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const change = patchDeviceChange(param(req.params.id), parsed.data);
    answer(res, await applyConfigChange(ctx, principalOf(res), change));
  });

  router.delete('/admin/devices/:id', async (req, res) => {
    const change = deleteDeviceChange(param(req.params.id));
    answer(res, await applyConfigChange(ctx, principalOf(res), change));
  });

  router.get('/admin/audit', (req, res) => {
    const parsed = AuditQuerySchema.safeParse(req.query);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const entries = ctx.ledger.configAudit.list(parsed.data);
    res.json(auditAnswerOf(entries, ctx.config()));
  });

  return router;
}
