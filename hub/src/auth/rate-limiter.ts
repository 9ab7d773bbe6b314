/**
 * A token bucket per key: `perMinute` tokens refilled continuously, bursts up to `burst`. Keeps a
 * stuck kiosk button or a script from emptying the number range while a real citizen never notices.
 */
export type RateLimiter = {
  /** Takes one token; returns 0 when allowed, else the seconds until the next token. */
  take(key: string, now: number): number;
};

/** Creates a {@link RateLimiter}; `limits()` is read on every call so configuration edits apply. */
export function createRateLimiter(limits: () => { perMinute: number; burst: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now) {
      const { perMinute, burst } = limits();
      const bucket = buckets.get(key) ?? { tokens: burst, at: now };
      const refilled = Math.min(burst, bucket.tokens + ((now - bucket.at) / 60000) * perMinute);
      if (refilled < 1) {
        buckets.set(key, { tokens: refilled, at: now });
        return Math.ceil(((1 - refilled) / perMinute) * 60);
      }
      buckets.set(key, { tokens: refilled - 1, at: now });
      return 0;
    },
  };
}
