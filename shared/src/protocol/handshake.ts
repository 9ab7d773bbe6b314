import { z } from 'zod';

/** Validates the handshake `auth` object before anything else looks at it. */
export const HandshakeAuthSchema = z.strictObject({
  protocolVersion: z.number().int().positive(),
  token: z.string().min(8).max(256),
});

/** Body of `POST /api/v1/auth/login`. */
export const LoginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  pin: z.string().regex(/^\d{4,8}$/, { error: 'El PIN debe tener de 4 a 8 dígitos.' }),
});
