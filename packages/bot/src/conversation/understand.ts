export { parseIntent } from './understand/structured-intent.js';
