import type { NextFunction, Request, Response } from 'express';
import type { Role } from '@cac/shared/domain';
import type { AuthService, Principal } from '../auth/auth-service';
import { appError } from '../errors/app-errors';
import { sendError } from './http-errors';

/** The bearer token of a request, if any. */
export function bearerToken(req: Request): string | null {
  const header = req.get('authorization') ?? '';
  const match = /^Bearer\s+(\S{8,256})$/i.exec(header);
  return match?.[1] ?? null;
}

/** The principal resolved by {@link requireRole}, stored on the response for the route. */
export function principalOf(res: Response): Principal {
  return res.locals['principal'] as Principal;
}

/** Middleware: 401 without a valid token, 403 when the role is not among `roles`. */
export function requireRole(auth: AuthService, roles: readonly Role[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = bearerToken(req);
    const principal = token ? auth.resolve(token) : null;
    if (!principal) return sendError(res, appError('UNAUTHENTICATED'));
    if (!roles.includes(principal.role)) return sendError(res, appError('FORBIDDEN'));
    res.locals['principal'] = principal;
    next();
  };
}

/** Staff roles. */
export const STAFF: readonly Role[] = ['clerk', 'supervisor', 'admin'];
