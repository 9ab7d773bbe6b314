import type { Role } from '@cac/shared/domain';
import type { CommandName } from '@cac/shared/protocol';

/**
 * Which roles may send each command, whatever the transport. The domain adds the finer rule that
 * a clerk acts only through the window they hold.
 */
export const COMMAND_ROLES: Readonly<Record<CommandName, readonly Role[]>> = {
  'ticket:take': ['kiosk', 'clerk', 'supervisor', 'admin'],
  'window:open': ['clerk', 'supervisor'],
  'window:close': ['clerk', 'supervisor', 'admin'],
  'window:pause': ['clerk', 'supervisor'],
  'window:resume': ['clerk', 'supervisor'],
  'ticket:call-next': ['clerk', 'supervisor'],
  'ticket:call': ['clerk', 'supervisor'],
  'ticket:recall': ['clerk', 'supervisor'],
  'ticket:no-show': ['clerk', 'supervisor'],
  'ticket:start': ['clerk', 'supervisor'],
  'ticket:finish': ['clerk', 'supervisor'],
  // Admins oversee the floor as supervisors do (moving a waiting ticket, emptying a window).
  'ticket:transfer': ['clerk', 'supervisor', 'admin'],
  'ticket:cancel': ['supervisor', 'admin'],
};
