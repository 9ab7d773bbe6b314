import { z } from 'zod';
import { AttentionResultSchema } from './procedure-commands';
import {
  CategorySchema,
  IdSchema,
  NoteSchema,
  PauseReasonSchema,
  ReasonSchema,
  RequestIdSchema,
} from './fields';

/**
 * Payload schemas of every command, keyed by the socket event name. REST routes validate with the
 * same schemas, so a command means the same thing whichever way it arrives. Objects are strict:
 * an unknown key is an error, not silently dropped.
 */
export const COMMAND_SCHEMAS = {
  'ticket:take': z.strictObject({
    serviceId: IdSchema,
    category: CategorySchema.default('none'),
    requestId: RequestIdSchema.optional(),
  }),
  'window:open': z.strictObject({
    windowId: IdSchema,
    serviceIds: z.array(IdSchema).min(1).max(20).optional(),
  }),
  // The reason goes to the audit trail: a supervisor closing a window someone left open says why.
  'window:close': z.strictObject({ windowId: IdSchema, reason: ReasonSchema.optional() }),
  'window:pause': z.strictObject({ windowId: IdSchema, reason: PauseReasonSchema }),
  'window:resume': z.strictObject({ windowId: IdSchema }),
  'ticket:call-next': z.strictObject({ windowId: IdSchema, requestId: RequestIdSchema.optional() }),
  'ticket:call': z.strictObject({
    windowId: IdSchema,
    ticketId: IdSchema,
    reason: ReasonSchema,
    requestId: RequestIdSchema.optional(),
  }),
  'ticket:recall': z.strictObject({ ticketId: IdSchema }),
  'ticket:no-show': z.strictObject({ ticketId: IdSchema }),
  'ticket:start': z.strictObject({ ticketId: IdSchema }),
  'ticket:finish': z.strictObject({
    ticketId: IdSchema,
    outcome: IdSchema,
    note: NoteSchema.optional(),
    /** What the attention produced (an expediente, a receipt, a record): the link for reports. */
    result: AttentionResultSchema.optional(),
  }),
  'ticket:transfer': z.strictObject({
    ticketId: IdSchema,
    to: z.union([z.strictObject({ serviceId: IdSchema }), z.strictObject({ windowId: IdSchema })]),
    note: NoteSchema.optional(),
    requestId: RequestIdSchema.optional(),
  }),
  'ticket:cancel': z.strictObject({ ticketId: IdSchema, reason: ReasonSchema.optional() }),
} as const;

/** Every command name. */
export type CommandName = keyof typeof COMMAND_SCHEMAS;

/** The validated payload of a command. */
export type CommandPayload<C extends CommandName> = z.output<(typeof COMMAND_SCHEMAS)[C]>;

/** What a client may send for a command (before defaults are applied). */
export type CommandInput<C extends CommandName> = z.input<(typeof COMMAND_SCHEMAS)[C]>;

/** Commands a kiosk may send. */
export const KIOSK_COMMANDS = ['ticket:take'] as const;

/** Commands the counter app may send (clerks; supervisors for some, checked by role). */
export const COUNTER_COMMANDS = [
  'ticket:take',
  'window:open',
  'window:close',
  'window:pause',
  'window:resume',
  'ticket:call-next',
  'ticket:call',
  'ticket:recall',
  'ticket:no-show',
  'ticket:start',
  'ticket:finish',
  'ticket:transfer',
  'ticket:cancel',
] as const;
