import { z } from 'zod';
import { CONFIG_SECTIONS } from '@cac/shared/protocol';
import { ADMIN_BODIES } from '../admin/admin-bodies';

// The administrators' paths (issue 7), merged into openapi.ts. Bodies are described from the
// same zod schemas that validate them; answers are the types of shared/src/protocol/admin-api.ts.

const admin = [{ bearer: [] }];
const errors = {
  default: {
    description:
      'Error `{"error":{"code","message","details"?}}`: 400 INVALID_PAYLOAD (details.issues), 401, 403 (admin only), 404 NOT_FOUND / UNKNOWN_USER / UNKNOWN_DEVICE, 409 CONFIG_CHANGED / SERVICE_IN_USE / WINDOW_IN_USE / USERNAME_TAKEN / DEVICE_ID_TAKEN / LAST_ADMIN / CANNOT_DEACTIVATE_SELF, 413, 503 STORAGE_FAILED',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
};
const jsonBody = (schema: z.ZodType) => ({
  required: true,
  content: {
    'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
  },
});
const answer = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const pathId = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const configAnswer = answer('`{"revision","config"}` (AdminConfigAnswer; no PIN or key hashes)');
const keyAnswer = answer(
  '`{"revision","config","deviceId","key"}` (DeviceKeyAnswer): the key is shown only this once',
);

/** `/admin/...` paths of the OpenAPI document. */
export const adminOpenApiPaths = {
  '/admin/config': {
    get: {
      summary: 'The office configuration without secrets, and its revision (admin)',
      security: admin,
      responses: { '200': configAnswer, ...errors },
    },
  },
  '/admin/config/{section}': {
    put: {
      summary:
        'Replaces one section against the revision read; validated, audited, pushed live to every face (admin)',
      security: admin,
      parameters: [
        {
          ...pathId(
            'section',
            '`general` = office, hours, dayCloseTime, noShowMinSeconds, ticketFooter',
          ),
          schema: { type: 'string', enum: [...CONFIG_SECTIONS] },
        },
      ],
      requestBody: jsonBody(ADMIN_BODIES.saveSection),
      responses: { '200': configAnswer, ...errors },
    },
  },
  '/admin/users': {
    post: {
      summary: 'Creates a user; the username is the id (admin)',
      security: admin,
      requestBody: jsonBody(ADMIN_BODIES.createUser),
      responses: { '201': configAnswer, ...errors },
    },
  },
  '/admin/users/{id}': {
    patch: {
      summary:
        'Renames, changes the role or (de)activates a user; deactivating ends their sessions (admin)',
      security: admin,
      parameters: [pathId('id', 'User id')],
      requestBody: jsonBody(ADMIN_BODIES.patchUser),
      responses: { '200': configAnswer, ...errors },
    },
  },
  '/admin/users/{id}/pin': {
    post: {
      summary: "Sets a new PIN and ends the user's other sessions (admin)",
      security: admin,
      parameters: [pathId('id', 'User id')],
      requestBody: jsonBody(ADMIN_BODIES.resetPin),
      responses: { '200': configAnswer, ...errors },
    },
  },
  '/admin/devices': {
    post: {
      summary: 'Registers a kiosk or display and returns its new key (admin)',
      security: admin,
      requestBody: jsonBody(ADMIN_BODIES.createDevice),
      responses: { '201': keyAnswer, ...errors },
    },
  },
  '/admin/devices/{id}': {
    patch: {
      summary: 'Renames a device, sets or removes (null) its zone and printer (admin)',
      security: admin,
      parameters: [pathId('id', 'Device id')],
      requestBody: jsonBody(ADMIN_BODIES.patchDevice),
      responses: { '200': configAnswer, ...errors },
    },
    delete: {
      summary: 'Removes a device: its key stops working and its screens disconnect (admin)',
      security: admin,
      parameters: [pathId('id', 'Device id')],
      responses: { '200': configAnswer, ...errors },
    },
  },
  '/admin/devices/{id}/key': {
    post: {
      summary: 'Gives a device a new key: the old one stops working at once (admin)',
      security: admin,
      parameters: [pathId('id', 'Device id')],
      responses: { '200': keyAnswer, ...errors },
    },
  },
  '/admin/audit': {
    get: {
      summary: 'Audited configuration changes, newest first; secrets read "(cambiado)" (admin)',
      security: admin,
      parameters: [
        {
          name: 'limit',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
        },
        {
          name: 'before',
          in: 'query',
          required: false,
          description: 'Only changes with a smaller id (the next page)',
          schema: { type: 'integer', minimum: 1 },
        },
      ],
      responses: {
        '200': answer(
          '`{"entries":[{"id","at","userId","userName","action","target","before","after"}]}`',
        ),
        ...errors,
      },
    },
  },
} as const;
