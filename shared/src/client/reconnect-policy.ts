/**
 * How faces reconnect after losing the hub. Backing off from 250 ms to at most 1 s: when the hub
 * restarts (power cut, update) every screen is back within about a second of the hub, and a few
 * dozen failed TCP connects per second on the office LAN cost nothing.
 */
export const RECONNECT_POLICY = {
  reconnectionDelay: 250,
  reconnectionDelayMax: 1000,
  randomizationFactor: 0.5,
} as const;
