import {
  DevicePatchBodySchema,
  NewDeviceBodySchema,
  NewUserBodySchema,
  PinResetBodySchema,
  SectionSaveBodySchema,
  UserPatchBodySchema,
} from '@cac/shared/protocol';

/**
 * The body schema of each administrators' route. The routes validate with it and the OpenAPI
 * document describes it, so what is checked and what is documented cannot drift apart.
 */
export const ADMIN_BODIES = {
  saveSection: SectionSaveBodySchema,
  createUser: NewUserBodySchema,
  patchUser: UserPatchBodySchema,
  resetPin: PinResetBodySchema,
  createDevice: NewDeviceBodySchema,
  patchDevice: DevicePatchBodySchema,
} as const;
