/** Structured logging; adapters pass pino. Never given secrets or message text beyond what an operator needs. */
export interface Logger {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
