import { DeskError, NotAllowedError } from "../domain/errors.js";
import type { DeskCommand } from "../domain/ticket/commands.js";
import type { OutboundMessage, UserRef } from "../ports/chat-gateway.js";
import { actionAsCommand, onTriageAnswer } from "./actions.js";
import type { Invocation } from "./command-context.js";
import { DeskContext, type DeskDeps } from "./desk-context.js";
import { homeView } from "./home-view.js";
import { type InboundEvent, inboundEventSchema } from "./inbound-events.js";
import { onMessageChanged } from "./message-changed.js";
import { onMessagePosted } from "./message-posted.js";
import { onNudgeAction } from "./nudge-actions.js";
import { openTicket } from "./open-ticket.js";
import { runCommand } from "./run-command.js";

export type Outcome =
  | { readonly outcome: "handled"; readonly ticket?: number }
  | { readonly outcome: "duplicate" | "ignored" }
  | { readonly outcome: "refused" | "invalid"; readonly reason: string };

/**
 * The conversation core. Adapters ack their platform, map the payload to an InboundEvent and call
 * `handle`. It never throws for anything a user did: bad input is answered with a reason and changes nothing.
 */
export class Desk {
  private readonly ctx: DeskContext;

  constructor(deps: DeskDeps) {
    this.ctx = new DeskContext(deps);
  }

  async handle(input: unknown): Promise<Outcome> {
    const parsed = inboundEventSchema.safeParse(input);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .map((i) => `${i.path.join(".") || "event"}: ${i.message}`)
        .join("; ");
      this.ctx.deps.logger.warn({ reason }, "malformed inbound event");
      return { outcome: "invalid", reason };
    }
    const event = parsed.data;
    try {
      return await this.dispatch(event);
    } catch (error) {
      return this.answerFailure(event, error);
    }
  }

  /** What this person's home view (Slack's App Home) shows now. */
  home(user: UserRef): Promise<OutboundMessage> {
    return homeView(this.ctx, user);
  }

  private async dispatch(event: InboundEvent): Promise<Outcome> {
    if (event.user.isBot) return { outcome: "ignored" };
    switch (event.type) {
      case "message.posted":
        return onMessagePosted(this.ctx, event);
      case "message.edited":
      case "message.deleted":
        return onMessageChanged(this.ctx, event);
      case "command.invoked":
        return this.command(event, event.text);
      case "action.clicked":
        if (event.action.startsWith("triage.")) return onTriageAnswer(this.ctx, event);
        if (event.action.startsWith("nudge."))
          return onNudgeAction(this.ctx, event, (text) => this.command(event, text));
        return this.command(event, actionAsCommand(event));
      case "ticket.requested":
        return this.requested(event);
    }
  }

  private async command(event: InboundEvent, command: string | DeskCommand): Promise<Outcome> {
    const invocation = this.invocation(event);
    const answer = await runCommand(this.ctx, invocation, command);
    // Changes are idempotent through the ticket's history; this keeps a redelivery from answering twice.
    if (!(await this.ctx.deps.store.firstDelivery(event.eventId))) return { outcome: "duplicate" };
    await this.ctx.post(event.conversation, { text: answer, visibleTo: event.user });
    return { outcome: "handled" };
  }

  private async requested(event: Extract<InboundEvent, { type: "ticket.requested" }>): Promise<Outcome> {
    const customer = this.ctx.deps.directory.customerAt(event.conversation);
    if (customer === undefined) throw new NotAllowedError("Open tickets from a customer's channel.");
    const answers = {
      ...(event.impact && { impact: event.impact }),
      ...(event.workaround && { workaround: event.workaround }),
    };
    const opened = await openTicket(this.ctx, {
      eventId: event.eventId,
      requester: event.user,
      customer,
      clientThread: event.conversation,
      title: event.title,
      description: event.description === "" ? event.title : event.description,
      answers,
    });
    return opened === "duplicate" ? { outcome: "duplicate" } : { outcome: "handled", ticket: opened.id };
  }

  private invocation(event: InboundEvent): Invocation {
    const { directory } = this.ctx.deps;
    const role = directory.roleOf(event.user);
    return {
      eventId: event.eventId,
      user: event.user,
      role,
      conversation: event.conversation,
      customer: directory.customerAt(event.conversation),
    };
  }

  /** A user's mistake gets its reason, privately; a bug gets a plain apology and a log line, never a stack. */
  private async answerFailure(event: InboundEvent, error: unknown): Promise<Outcome> {
    const known = error instanceof DeskError;
    const reason = known
      ? error.message
      : "Something went wrong on our side; nothing was changed. Please try again.";
    if (!known)
      this.ctx.deps.logger.error(
        { err: String(error), event: event.type, eventId: event.eventId },
        "event failed",
      );
    if (await this.ctx.deps.store.firstDelivery(event.eventId)) {
      await this.ctx.post(event.conversation, { text: reason, visibleTo: event.user });
    }
    return { outcome: known && error.code === "not_allowed" ? "refused" : "invalid", reason };
  }
}
