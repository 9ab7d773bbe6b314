import { Router } from 'express';
import type { HubContext } from '../../hub-context';

/** Open data: daily figures by service over a range (issue 7): being built. */
export function transparencyApiRoutes(_ctx: HubContext): Router {
  return Router();
}

/** The public page `/transparencia` (issue 7): being built. */
export function transparencyPageRoutes(_ctx: HubContext): Router {
  return Router();
}
