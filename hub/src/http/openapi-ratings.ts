import { z } from 'zod';
import { PadRatingSchema, TicketRatingSchema } from '@cac/shared/protocol';

// The citizens' ratings (issue 7), merged into openapi.ts. Bodies come from the zod schemas that
// validate them; the answer is RatingAccepted (shared/src/protocol/rating.ts).

const jsonBody = (schema: z.ZodType) => ({
  required: true,
  content: {
    'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
  },
});
const accepted = {
  description: 'Rating kept: `{"ticketId","score","source"}` (source `phone` or `pad`)',
  content: { 'application/json': { schema: { type: 'object' } } },
};
const errors = (detail: string) => ({
  default: {
    description: `Error \`{"error":{"code","message"}}\`: 400 INVALID_PAYLOAD, ${detail}, 409 ALREADY_RATED ("Esta atención ya fue calificada. Gracias."), 409 NOT_RATEABLE_YET`,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
});

/** The rating paths of the OpenAPI document. */
export const ratingOpenApiPaths = {
  '/tickets/{ticketId}/rating': {
    post: {
      summary:
        'The citizen rates their finished attention, once (anonymous; the access key proves the ticket). Transfers are followed to the final record.',
      security: [],
      parameters: [
        { name: 'ticketId', in: 'path', required: true, schema: { type: 'string' } },
        {
          name: 'k',
          in: 'query',
          required: true,
          description: 'The ticket’s access key (from its QR code)',
          schema: { type: 'string' },
        },
      ],
      requestBody: jsonBody(TicketRatingSchema),
      responses: {
        '201': accepted,
        ...errors('404 NOT_FOUND (unknown ticket or wrong key, answered alike)'),
      },
    },
  },
  '/ratings': {
    post: {
      summary:
        'A tap on the rating pad of a window (`windowId`): display devices only, for an attention finished at that window (one of the device’s zone, if it has one) within the last 2 minutes, once per ticket.',
      security: [{ bearer: [] }],
      requestBody: jsonBody(PadRatingSchema),
      responses: {
        '201': accepted,
        ...errors(
          '401, 403 FORBIDDEN (not a display, or a window outside its zone), 404 UNKNOWN_TICKET, 409 NOT_RATEABLE_YET (not finished there, or too late), 409 ALREADY_RATED',
        ),
      },
    },
  },
};
