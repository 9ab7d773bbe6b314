import type { OfficeView, SessionView, SyncSnapshot } from '@cac/shared/protocol';
import type { OfficeConfig } from '@cac/shared/protocol';
import type { Principal } from '../auth/auth-service';
import type { HubContext } from '../hub-context';
import { officeViewOf } from '../views/office-view';
import { withPreEncodedJson } from './pre-encoded-parser';

type Cached = { seq: number; config: OfficeConfig; office: OfficeView; json: string };

/**
 * Builds each connection's snapshot. Everything but the session and the clock is the same for
 * every device (or every staff member) at a given seq, so its JSON is made once per seq and
 * reused: the socket layer sends the text as it is (see pre-encoded-parser.ts).
 */
export function createSnapshotBuilder(ctx: HubContext): (principal: Principal) => SyncSnapshot {
  const cache = new Map<boolean, Cached>();
  return (principal) => {
    const config = ctx.config();
    const seq = ctx.writer.seq();
    const forStaff = principal.kind === 'user';
    let shared = cache.get(forStaff);
    if (!shared || shared.seq !== seq || shared.config !== config) {
      const office = officeViewOf(config, forStaff);
      const body = { seq, state: ctx.writer.state(), rules: ctx.rules(), office };
      // The object's closing brace is dropped so that the per-socket fields can follow.
      shared = { seq, config, office, json: JSON.stringify(body).slice(0, -1) };
      cache.set(forStaff, shared);
    }
    const serverNow = ctx.now();
    const session = sessionViewOf(config, principal);
    const snapshot: SyncSnapshot = {
      seq,
      serverNow,
      state: ctx.writer.state(),
      rules: ctx.rules(),
      office: shared.office,
      session,
    };
    return withPreEncodedJson(
      snapshot,
      `${shared.json},"serverNow":${serverNow},"session":${JSON.stringify(session)}}`,
    );
  };
}

function sessionViewOf(config: OfficeConfig, principal: Principal): SessionView {
  if (principal.role === 'kiosk' || principal.role === 'display') {
    const device = config.devices.find((d) => d.id === principal.id);
    return {
      kind: 'device',
      deviceId: principal.id,
      role: principal.role,
      name: principal.name,
      zone: device?.zone
        ? { serviceIds: device.zone.serviceIds ?? null, windowIds: device.zone.windowIds ?? null }
        : null,
      printsAtHub: device?.printer !== undefined,
    };
  }
  return { kind: 'user', userId: principal.id, role: principal.role, name: principal.name };
}
