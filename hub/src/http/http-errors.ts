import type { Response } from 'express';
import type { AppError } from '@cac/shared/protocol';
import { httpStatusOf } from '../errors/app-errors';

/** Sends the API's error body: `{"error": {"code", "message"}}` with the code's HTTP status. */
export function sendError(res: Response, error: AppError): void {
  res.status(httpStatusOf(error.code)).json({ error });
}
