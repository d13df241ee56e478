/** Structured logging; adapters pass pino. Never given secrets or message text beyond what an operator needs. */
export interface Logger {
  /** What the desk decided and why (an unlinked channel, a duplicate, a priority's reasons): LOG_LEVEL=debug. */
  debug(data: object, message: string): void;
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
