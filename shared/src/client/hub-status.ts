/**
 * Connection states of a hub client, as every face shows them:
 * - `connecting`: first attempt, nothing received yet;
 * - `online`: connected and holding a fresh snapshot (commands may be sent);
 * - `offline`: the link dropped or the last attempt failed; socket.io keeps retrying;
 * - `rejected`: the hub refused this client (bad credentials, protocol mismatch); no retry.
 */
export const HUB_STATUSES = ['connecting', 'online', 'offline', 'rejected'] as const;

/** One of {@link HUB_STATUSES}. */
export type HubStatus = (typeof HUB_STATUSES)[number];
