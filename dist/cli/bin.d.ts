export { runState } from './run-state.js';
