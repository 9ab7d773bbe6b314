import type { AppError, PadRatingInput, RatingAccepted, Result } from '@cac/shared/protocol';

/** Sends one tap of the pad to the hub; never rejects. */
export type SendPadRating = (rating: PadRatingInput) => Promise<Result<RatingAccepted>>;

const UNREACHABLE: AppError = {
  code: 'HUB_UNREACHABLE',
  message: 'No hay conexión con el sistema. Su calificación no se guardó.',
};

/** `POST /api/v1/ratings` with the display device's key. */
export function createPadRatingSender(origin: string, deviceKey: string): SendPadRating {
  return async (rating) => {
    try {
      const response = await fetch(`${origin}/api/v1/ratings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceKey}` },
        body: JSON.stringify(rating),
      });
      const body = (await response.json()) as { error?: AppError } & Partial<RatingAccepted>;
      if (response.ok) return { ok: true, value: body as RatingAccepted };
      return { ok: false, error: body.error ?? UNREACHABLE };
    } catch {
      return { ok: false, error: UNREACHABLE };
    }
  };
}
