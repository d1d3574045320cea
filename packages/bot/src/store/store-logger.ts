/** Where the store reports what it did (migrations). `console` fits. */
export interface StoreLogger {
  info(message: string): void;
}
