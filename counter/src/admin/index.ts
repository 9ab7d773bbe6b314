export { AdminView } from './admin-view';
