import { z } from 'zod';
import { CATEGORIES, PAUSE_REASONS } from '../domain';

/** Identifiers of configured things (services, windows, devices, users): short slugs. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'Identificador inválido: solo letras, números, - y _.' });

/**
 * Client-generated id of a command that creates something; the hub remembers it so that a retry
 * after a timeout returns the first result instead of creating a second ticket.
 */
export const RequestIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'requestId inválido: 8 a 64 letras, números, - o _.' });

/** A citizen's declared attention category. */
export const CategorySchema = z.enum(CATEGORIES);

/** Why a clerk pauses. */
export const PauseReasonSchema = z.enum(PAUSE_REASONS);

/** A free-text reason that must say something (audited). */
export const ReasonSchema = z.string().trim().min(3).max(200);

/** An optional clerk note. */
export const NoteSchema = z.string().trim().max(500);
