import { z } from 'zod';
import { COMMAND_SCHEMAS, LoginBodySchema } from '@cac/shared/protocol';
import { adminOpenApiPaths } from './openapi-admin';
import { reportOpenApiPaths } from './openapi-reports';
import { ratingOpenApiPaths } from './openapi-ratings';

const jsonBody = (schema: z.ZodType) => ({
  required: true,
  content: {
    'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
  },
});
const errorResponse = {
  description: 'Error `{"error":{"code","message"}}`',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const ok = (description: string) => ({
  description,
  content: { 'application/json': { schema: {} } },
});
const staff = [{ bearer: [] }];
const idParam = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});

/** Removes the path parameters from a command schema to describe the REST body. */
const bodyOf = <S extends z.ZodObject>(schema: S, keys: readonly string[]) =>
  schema.omit(Object.fromEntries(keys.map((k) => [k, true])) as never);

const ticketAction = (command: keyof typeof COMMAND_SCHEMAS, summary: string) => ({
  post: {
    summary,
    security: staff,
    parameters: [idParam('id')],
    requestBody: { ...jsonBody(bodyOf(COMMAND_SCHEMAS[command], ['ticketId'])), required: false },
    responses: { '200': ok('`{"ticket": {...}}`'), default: errorResponse },
  },
});
const windowAction = (command: keyof typeof COMMAND_SCHEMAS, summary: string) => ({
  post: {
    summary,
    security: staff,
    parameters: [idParam('windowId')],
    requestBody: { ...jsonBody(bodyOf(COMMAND_SCHEMAS[command], ['windowId'])), required: false },
    responses: { '200': ok('`{"ticket": {...} | null}`'), default: errorResponse },
  },
});

/** The OpenAPI 3.1 document of `/api/v1`, built from the same schemas that validate requests. */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'CAC hub API',
      version,
      description:
        'Public HTTP contract of the Citizen Attention Center hub. Errors: `{"error":{"code","message"}}`, messages in Spanish.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
    paths: {
      '/health': {
        get: {
          summary: 'Health and office day',
          responses: { '200': ok('`{"status","version","officeDay"}`') },
        },
      },
      '/openapi.json': {
        get: { summary: 'This document', responses: { '200': ok('OpenAPI 3.1') } },
      },
      '/auth/login': {
        post: {
          summary: 'Staff login with username and PIN',
          requestBody: jsonBody(LoginBodySchema),
          responses: {
            '200': ok('`{"token","user":{"id","name","role"}}`'),
            default: errorResponse,
          },
        },
      },
      '/auth/logout': {
        post: {
          summary: 'End a staff session',
          security: staff,
          responses: { '204': { description: 'Done' } },
        },
      },
      '/services': {
        get: {
          summary: 'Active services with queue length and estimate',
          responses: { '200': ok('Services') },
        },
      },
      '/tickets': {
        post: {
          summary: 'Take a ticket (kiosk device or staff)',
          security: staff,
          requestBody: jsonBody(COMMAND_SCHEMAS['ticket:take']),
          responses: {
            '201': ok('The new ticket'),
            '200': ok('The ticket of an earlier request with the same requestId'),
            default: errorResponse,
          },
        },
      },
      '/tickets/{id}': {
        get: {
          summary: 'Public status of a ticket (needs its access key)',
          parameters: [
            idParam('id'),
            { name: 'k', in: 'query', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': ok('`{"number","serviceName","status","position","window","calledAt"}`'),
            default: errorResponse,
          },
        },
      },
      '/queue': {
        get: {
          summary: "Today's tickets and windows",
          security: staff,
          responses: {
            '200': ok('`{"officeDay","seq","tickets","windows"}`'),
            default: errorResponse,
          },
        },
      },
      '/windows/{windowId}/open': windowAction('window:open', 'The clerk takes the window'),
      '/windows/{windowId}/close': windowAction('window:close', 'Close the window'),
      '/windows/{windowId}/pause': windowAction('window:pause', 'Pause with a reason'),
      '/windows/{windowId}/resume': windowAction('window:resume', 'Resume after a pause'),
      '/windows/{windowId}/call-next': windowAction(
        'ticket:call-next',
        'Call the next ticket by the call policy (409 QUEUE_EMPTY, 409 WINDOW_BUSY)',
      ),
      '/windows/{windowId}/call': windowAction(
        'ticket:call',
        'Call a specific ticket out of order (audited)',
      ),
      '/tickets/{id}/recall': ticketAction('ticket:recall', 'Call the ticket again'),
      '/tickets/{id}/no-show': ticketAction('ticket:no-show', 'The citizen did not come'),
      '/tickets/{id}/start': ticketAction('ticket:start', 'Start the attention'),
      '/tickets/{id}/finish': ticketAction('ticket:finish', 'Finish with an outcome'),
      '/tickets/{id}/transfer': {
        post: {
          summary:
            'Transfer to another service (`{"serviceId"}`) or window (`{"windowId"}`), plus `note`',
          security: staff,
          parameters: [idParam('id')],
          responses: {
            '200': ok('`{"ticket": the record that continues}`'),
            default: errorResponse,
          },
        },
      },
      '/tickets/{id}/cancel': ticketAction('ticket:cancel', 'Cancel a waiting ticket (supervisor)'),
      '/expedientes/{number}': {
        get: {
          summary: 'Public status of an expediente (needs its access key)',
          parameters: [
            idParam('number'),
            { name: 'k', in: 'query', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': ok(
              '`{"number","documentTitle","procedure","status","dueOn","observationDeadline","resolution","history":[{"status","at"}]}` — states and dates only; k is the 8-digit key of the cargo; 10 lookups per minute per address',
            ),
            default: errorResponse,
          },
        },
      },
      '/media': {
        get: {
          summary:
            'The displays\' playlist: images and videos of <data>/media/ and the logo (`{"items":[{"name","kind","url"}],"logoUrl"}`)',
          responses: { '200': ok('The playlist, in file-name order') },
        },
      },
      '/media/{file}': {
        get: {
          summary: "One file of the displays' playlist",
          parameters: [idParam('file')],
          responses: { '200': ok('The image or video'), default: errorResponse },
        },
      },
      '/office/logo': {
        get: {
          summary: 'The office logo configured in office.json (office.logoFile)',
          responses: { '200': ok('The image'), default: errorResponse },
        },
      },
      '/demo/device-key': {
        get: {
          summary: 'Demo office only: the key of the demo kiosk or display',
          parameters: [
            {
              name: 'kind',
              in: 'query',
              required: true,
              schema: { type: 'string', enum: ['kiosk', 'display'] },
            },
          ],
          responses: { '200': ok('`{"deviceId","key"}`'), default: errorResponse },
        },
      },
      ...adminOpenApiPaths,
      ...reportOpenApiPaths,
      ...ratingOpenApiPaths,
    },
  };
}
