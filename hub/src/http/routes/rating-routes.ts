import { Router } from 'express';
import type { HubContext } from '../../hub-context';

/** The citizens' ratings of their attention (issue 7): being built. */
export function ratingRoutes(_ctx: HubContext): Router {
  return Router();
}
