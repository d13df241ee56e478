import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import type { Intake } from "../../src/application/intake.js";
import { noTelemetry, type Telemetry } from "../../src/ports/telemetry.js";
import { SLACK_SOURCE, storedBody } from "./slack-intake.js";
import { routeOf } from "./slack-requests.js";

/** A request that is not one Slack sends, or not in the shape it sends it: answered 400, changes nothing. */
export class RejectedRequest extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "RejectedRequest";
  }
}

/** The part of Bolt's receivers this wrapper drives. */
export interface InnerReceiver {
  init(app: App): void;
  start(...args: unknown[]): Promise<unknown>;
  stop(...args: unknown[]): Promise<unknown>;
}

/**
 * Stands between Bolt's receiver (which checks signatures and speaks HTTP or Socket Mode) and Bolt's
 * app. Bolt acknowledges events before its listeners run; the desk must not acknowledge what it has not
 * stored. So each of the desk's inputs is written to the inbox first, acknowledged after, and handled
 * by the intake; only what opens a view (the new-ticket form, a button's form, the Home tab) goes to
 * Bolt's listeners. A request that cannot be recorded, or that comes while the desk shuts down, is not
 * acknowledged: Slack sends it again.
 */
export class IntakeReceiver implements Receiver {
  private app: App | undefined;

  constructor(
    private readonly inner: InnerReceiver,
    private readonly intake: Intake,
    private readonly telemetry: Telemetry = noTelemetry,
  ) {}

  init(app: App): void {
    this.app = app;
    this.inner.init({ processEvent: (event: ReceiverEvent) => this.process(event) } as unknown as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }

  private async process(event: ReceiverEvent): Promise<void> {
    const arrived = performance.now();
    const body = event.body as Record<string, unknown>;
    const route = routeOf(body);
    if (route.route === "bolt") {
      await this.app?.processEvent(event);
      return;
    }
    if (route.route === "ignore") {
      await event.ack();
      return;
    }
    if (route.route === "reject") throw new RejectedRequest(route.reason);
    const entry = await this.intake.record({
      id: route.id,
      source: SLACK_SOURCE,
      payload: storedBody(body),
      partition: route.partition,
    });
    await event.ack();
    this.telemetry.acked("slack", (performance.now() - arrived) / 1000);
    if (entry !== null) this.intake.start(entry);
  }
}
