/**
 * Version of the socket protocol between the hub and the faces. A client sends it in the handshake;
 * the hub refuses a different one with `PROTOCOL_MISMATCH` so that an old kiosk never misreads a
 * newer hub. Bump it on any incompatible change of an event map or payload.
 */
export const PROTOCOL_VERSION = 1;
