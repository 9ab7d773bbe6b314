import type {
  AdminConfigAnswer,
  AdminConfigView,
  AuditEntryView,
  ConfigSection,
  DeviceKeyAnswer,
} from '@cac/shared/protocol';
import type { AdminError, AdminPort, AdminResult } from './admin-port';

/** A call the fake received, for tests to assert on what was sent. */
export type FakeAdminCall = { method: keyof AdminPort; args: readonly unknown[] };

/** {@link AdminPort} in memory, with the hub's revision rule and refusals on demand. */
export type FakeAdminPort = AdminPort & {
  readonly calls: FakeAdminCall[];
  /** The configuration as the "hub" holds it now. */
  current(): AdminConfigAnswer;
  /** The next change is refused with this error (`null`: the hub is unreachable). */
  refuseNext(error: AdminError | null): void;
  /** Another administrator saved meanwhile: the revision moves on. */
  changeElsewhere(change: (config: AdminConfigView) => AdminConfigView): void;
};

function ok<T>(value: T): AdminResult<T> {
  return { ok: true, value };
}

function refused(
  code: string,
  message: string,
  issues: readonly string[] = [],
): AdminResult<never> {
  return { ok: false, error: { code, message, issues } };
}

/** A fake port over `config`; device keys are `clave-1`, `clave-2`, … */
export function createFakeAdminPort(
  config: AdminConfigView,
  audit: readonly AuditEntryView[] = [],
): FakeAdminPort {
  let state: AdminConfigAnswer = { revision: 'r1', config };
  let revisions = 1;
  let keys = 0;
  let refusal: { error: AdminError | null } | null = null;
  const calls: FakeAdminCall[] = [];

  function commit(next: AdminConfigView): AdminConfigAnswer {
    revisions += 1;
    state = { revision: `r${revisions}`, config: next };
    return state;
  }

  /** Records the call and answers with a pending refusal, if any. */
  function begin(method: keyof AdminPort, args: readonly unknown[]): AdminResult<never> | null {
    calls.push({ method, args });
    if (!refusal) return null;
    const { error } = refusal;
    refusal = null;
    return { ok: false, error };
  }

  function withKey(answer: AdminConfigAnswer, deviceId: string): DeviceKeyAnswer {
    keys += 1;
    return { ...answer, deviceId, key: `clave-${keys}` };
  }

  return {
    calls,
    current: () => state,
    refuseNext(error) {
      refusal = { error };
    },
    changeElsewhere(change) {
      commit(change(state.config));
    },
    async loadConfig() {
      return begin('loadConfig', []) ?? ok(state);
    },
    async saveSection(section: ConfigSection, body) {
      const early = begin('saveSection', [section, body]);
      if (early) return early;
      if (body.revision !== state.revision) {
        return refused('CONFIG_CHANGED', 'Otro administrador cambió la configuración.');
      }
      const next =
        section === 'general'
          ? { ...state.config, ...(body.value as object) }
          : { ...state.config, [section]: body.value };
      return ok(commit(next as AdminConfigView));
    },
    async createUser(body) {
      const early = begin('createUser', [body]);
      if (early) return early;
      if (state.config.users.some((u) => u.username === body.username)) {
        return refused('USERNAME_TAKEN', `El nombre de usuario "${body.username}" ya existe.`);
      }
      const user = {
        id: body.username,
        username: body.username,
        name: body.name,
        role: body.role,
        active: true,
      };
      return ok(commit({ ...state.config, users: [...state.config.users, user] }));
    },
    async updateUser(id, body) {
      const early = begin('updateUser', [id, body]);
      if (early) return early;
      const users = state.config.users.map((u) => (u.id === id ? { ...u, ...body } : u));
      return ok(commit({ ...state.config, users }));
    },
    async resetPin(id, body) {
      return begin('resetPin', [id, body]) ?? ok(commit(state.config));
    },
    async createDevice(body) {
      const early = begin('createDevice', [body]);
      if (early) return early;
      const devices = [...state.config.devices, { ...body }];
      return ok(withKey(commit({ ...state.config, devices }), body.id));
    },
    async rotateDeviceKey(id) {
      return begin('rotateDeviceKey', [id]) ?? ok(withKey(commit(state.config), id));
    },
    async updateDevice(id, body) {
      const early = begin('updateDevice', [id, body]);
      if (early) return early;
      const devices = state.config.devices.map((d) => {
        if (d.id !== id) return d;
        const { zone, printer, ...rest } = { ...d, ...body };
        return { ...rest, ...(zone ? { zone } : {}), ...(printer ? { printer } : {}) };
      });
      return ok(commit({ ...state.config, devices }));
    },
    async deleteDevice(id) {
      const early = begin('deleteDevice', [id]);
      if (early) return early;
      const devices = state.config.devices.filter((d) => d.id !== id);
      return ok(commit({ ...state.config, devices }));
    },
    async loadAudit(limit) {
      return begin('loadAudit', [limit]) ?? ok({ entries: audit.slice(0, limit) });
    },
  };
}
