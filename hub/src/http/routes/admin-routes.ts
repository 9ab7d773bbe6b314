import { Router } from 'express';
import type { HubContext } from '../../hub-context';

/** `/api/v1/admin/...`: the administrators' configuration screens (issue 7): being built. */
export function adminRoutes(_ctx: HubContext): Router {
  return Router();
}
