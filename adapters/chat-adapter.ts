import type { Desk } from "../src/application/desk.js";
import type { InboundHandler, Intake } from "../src/application/intake.js";
import type { Platform } from "../src/domain/refs.js";
import type { ChatGateway } from "../src/ports/chat-gateway.js";
import type { Telemetry } from "../src/ports/telemetry.js";

/**
 * One chat platform in a desk process: how the desk handles what its requests leave in the inbox, and
 * its lifecycle. A process runs any number of them over one store and one routing gateway.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  /** The inbox source its requests are written under. */
  readonly source: string;
  handler(desk: Desk): InboundHandler;
  /** Sends to the platform when they can start before the adapter takes requests (Slack's Web API). */
  readonly gateway?: ChatGateway;
  /** Starts taking the platform's requests; a configuration mistake is an InvalidConfigError. */
  start(desk: Desk, intake: Intake, telemetry: Telemetry): Promise<RunningChatAdapter>;
}

export interface RunningChatAdapter {
  readonly gateway: ChatGateway;
  /** Where it listens, for the line the desk prints on start. */
  readonly description: string;
  /**
   * A socket stops before the desk finishes its work (it delivers nothing more once closed); an HTTP
   * endpoint after it, answering 503 meanwhile so that the platform sends again.
   */
  readonly stopsFirst: boolean;
  /** Resolves while the platform can reach the desk, for /readyz and the outage log. */
  probe(): Promise<void>;
  stop(): Promise<void>;
}
