// Helpers for tests that need a real hub (integration and browser tests). Explicit exports only.
export { startTestHub, LIMA_MORNING } from './start-test-hub';
export type { TestHub } from './start-test-hub';
export { connectRole, loginToken } from './role-client';
export type { RoleClient } from './role-client';
export { callApi } from './call-api';
export type { ApiAnswer } from './call-api';
