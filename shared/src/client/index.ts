// Public surface of the hub client. Explicit export lists only.
export type { HubStatus } from './hub-status';
export { HUB_STATUSES } from './hub-status';
export type { HubSnapshot } from './hub-snapshot';
export { INITIAL_HUB_SNAPSHOT } from './hub-snapshot';
export type { CommandOptions, HubClient, HubCommandName } from './hub-client';
export type { HubClientOptions } from './create-hub-client';
export { createHubClient } from './create-hub-client';
export type { DeltaVerdict } from './sync-order';
export { classifyDelta } from './sync-order';
export type { ClientErrorReason } from './client-errors';
export { CLIENT_ERROR_REASONS, clientError, clientErrorReason } from './client-errors';
export type { ConnectFailure } from './connect-error';
export { TERMINAL_CONNECT_CODES, readConnectError } from './connect-error';
export { newRequestId } from './request-id';
export { RECONNECT_POLICY } from './reconnect-policy';
export type { DeviceKeyEnvironment, DeviceKeyResult, DeviceKind } from './device-key';
export { deviceKeyStorageName, resolveDeviceKey } from './device-key';
// Test doubles and fixtures: the same contract without a hub, for component tests.
export type {
  FakeCommandHandler,
  FakeHubClient,
  FakeRequestHandler,
  RecordedCommand,
} from './fake-hub-client';
export { createFakeHubClient } from './fake-hub-client';
export { sampleSyncSnapshot } from './sample-snapshot';
