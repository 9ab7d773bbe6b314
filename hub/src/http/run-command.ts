import type { Response } from 'express';
import type { CommandAck, CommandName } from '@cac/shared/protocol';
import type { HubContext } from '../hub-context';
import { principalOf } from './bearer';
import { sendError } from './http-errors';

/**
 * Sends a REST command down exactly the same path as a socket command (gate → writer), so it is
 * persisted first and then seen by every face. `render` shapes the success body.
 */
export async function runCommand(
  ctx: HubContext,
  res: Response,
  name: CommandName,
  payload: unknown,
  render: (ack: CommandAck, replayed: boolean) => { status: number; body: unknown },
): Promise<void> {
  const { id, role } = principalOf(res);
  const outcome = await ctx.gate(name, payload, { id, role });
  if (!outcome.result.ok) return sendError(res, outcome.result.error);
  const { status, body } = render(outcome.result.value, outcome.replayed);
  res.status(status).json(body);
}

/** A JSON object body merged with path parameters; anything else stays as it is for the schema to refuse. */
export function withPath(body: unknown, path: Record<string, string>): unknown {
  if (body === undefined || body === null) return { ...path };
  if (typeof body !== 'object' || Array.isArray(body)) return body;
  return { ...body, ...path };
}

/** Named path parameters as plain strings (Express types them loosely). */
export function pathParams<K extends string>(
  params: Record<string, string | string[] | undefined>,
  ...names: K[]
): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const name of names) {
    const value = params[name];
    values[name] = Array.isArray(value) ? value.join('/') : (value ?? '');
  }
  return values;
}
