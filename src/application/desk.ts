import { BusyTicketError, DeskError, NotAllowedError } from "../domain/errors.js";
import type { UserRef } from "../domain/refs.js";
import type { DeskCommand } from "../domain/ticket/commands.js";
import { ticketNumber } from "../domain/ticket/ticket.js";
import type { OutboundMessage } from "../ports/chat-gateway.js";
import { isAgentRole } from "../ports/directory.js";
import type { InboxClaim } from "../ports/inbox.js";
import type { TicketSide } from "../ports/outbox.js";
import { actionAsCommand, onTriageAnswer } from "./actions.js";
import { cardRenderer } from "./card-renderer.js";
import { onConversationJoined, onOnboardingAction } from "./channel-onboarding.js";
import type { Invocation } from "./command-context.js";
import { DeskContext, type DeskDeps } from "./desk-context.js";
import { homeView } from "./home-view.js";
import { type InboundEvent, inboundEventSchema } from "./inbound-events.js";
import { onMessageChanged } from "./message-changed.js";
import { onMessagePosted } from "./message-posted.js";
import { NEW_TICKET_ACTION, newTicketForm, requestFromForm } from "./new-ticket-form.js";
import { onNudgeAction } from "./nudge-actions.js";
import { openTicket } from "./open-ticket.js";
import { runCommand } from "./run-command.js";
import { Turn } from "./turn.js";

export type Outcome =
  | { readonly outcome: "handled"; readonly ticket?: number }
  | { readonly outcome: "duplicate" | "ignored" }
  | { readonly outcome: "refused" | "invalid"; readonly reason: string };

/** How often an event is run again when a ticket it changes was changed by someone else meanwhile. */
const TURN_ATTEMPTS = 20;

/** Where events that come to the desk already neutral are recorded (local mode, tests). */
export const DESK_SOURCE = "desk";

/**
 * The conversation core. Each event is one turn: the use case reads, decides and queues its messages,
 * and the turn commits the tickets it changed, the messages and the inbox entry's completion as one
 * write. It never throws for anything a user did: bad input is answered with a reason and changes nothing.
 */
export class Desk {
  constructor(private readonly deps: DeskDeps) {}

  /**
   * Records a neutral event in the inbox and handles it: what local mode and tests use. A redelivered
   * event id is a duplicate, whether or not its first delivery changed anything.
   */
  async receive(input: InboundEvent, claim: InboxClaim = { owner: "desk", until: 0 }): Promise<Outcome> {
    const recorded = await this.deps.store.recordInbound(
      {
        id: input.eventId,
        source: DESK_SOURCE,
        payload: input,
        partition: `${input.conversation.platform}:${input.conversation.conversation}`,
        receivedAt: this.deps.clock.now(),
      },
      claim,
    );
    if (!recorded) {
      this.deps.logger.debug({ eventId: input.eventId }, "a redelivered event: handled already");
      return { outcome: "duplicate" };
    }
    return this.handle(input, input.eventId);
  }

  /**
   * Handles one event. With `inboxId`, the commit also marks that inbox entry handled, and is refused if
   * another process handled it first. An unexpected failure (the store unreachable, a bug) is thrown so
   * the entry is tried again, unless this is the `final` attempt: then the invoker gets an apology.
   */
  async handle(input: unknown, inboxId?: string, options: { final?: boolean } = {}): Promise<Outcome> {
    const final = options.final ?? true;
    const parsed = inboundEventSchema.safeParse(input);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .map((i) => `${i.path.join(".") || "event"}: ${i.message}`)
        .join("; ");
      this.deps.logger.warn({ reason }, "malformed inbound event");
      if (inboxId !== undefined) await this.commit(new Turn(inboxId, this.deps.store), inboxId);
      return { outcome: "invalid", reason };
    }
    const event = parsed.data;
    // Changes leads made from chat on another desk process apply to this event already.
    await this.deps.directory.refresh?.();
    for (let attempt = 0; attempt < TURN_ATTEMPTS; attempt++) {
      const turn = new Turn(inboxId ?? event.eventId, this.deps.store);
      const outcome = await this.run(turn, event, final);
      const committed = await this.commit(turn, inboxId);
      if (committed === "handled") {
        this.deps.logger.debug({ inboxId }, "an event another process handled first");
        return { outcome: "duplicate" };
      }
      if (committed === "committed") return outcome;
    }
    const turn = new Turn(inboxId ?? event.eventId, this.deps.store);
    const outcome = this.answerFailure(turn, event, new BusyTicketError("The ticket"));
    await this.commit(turn, inboxId);
    return outcome;
  }

  /** Marks an inbox entry handled that asks nothing of the desk (a reaction on a message since deleted). */
  async complete(inboxId: string): Promise<void> {
    await this.commit(new Turn(inboxId, this.deps.store), inboxId);
  }

  /** A ticket side's card as it reads now (to show it again, as local mode does on `:in T-n`). */
  card(id: number, side: TicketSide): Promise<OutboundMessage | undefined> {
    return cardRenderer(this.deps)(id, side);
  }

  /**
   * The card of a ticket as shown in a conversation: the triage card in the triage channel, the client's
   * in the conversation the ticket came from, and nothing anywhere else (a button's value is not proof
   * that its presser may see the ticket).
   */
  async cardIn(id: number, platform: string, conversation: string): Promise<OutboundMessage | undefined> {
    const { triage } = this.deps.directory;
    if (triage.platform === platform && triage.conversation === conversation) return this.card(id, "triage");
    const ticket = await this.deps.store.get(id);
    const client = ticket?.clientThread;
    if (client?.platform !== platform || client.conversation !== conversation) return undefined;
    return this.card(id, "client");
  }

  /** What this person's home view (Slack's App Home) shows now. */
  home(user: UserRef): Promise<OutboundMessage> {
    return homeView(new DeskContext(this.deps, new Turn("home", this.deps.store)), user);
  }

  private async run(turn: Turn, event: InboundEvent, final: boolean): Promise<Outcome> {
    try {
      return await this.dispatch(new DeskContext(this.deps, turn), event);
    } catch (error) {
      if (!(error instanceof DeskError) && !final) throw error;
      // A refused or failed event changes nothing: its staged work is dropped, only the answer stays.
      turn.discard();
      return this.answerFailure(turn, event, error);
    }
  }

  private async commit(
    turn: Turn,
    inboxId: string | undefined,
  ): Promise<"committed" | "version" | "handled"> {
    if (turn.isEmpty && inboxId === undefined) return "committed";
    const result = await this.deps.store.commit(turn.change(this.deps.clock.now(), inboxId));
    if (!result.committed) return result.conflict;
    if (result.outbox.length > 0) this.deps.onCommitted?.(result.outbox);
    return "committed";
  }

  private async dispatch(ctx: DeskContext, event: InboundEvent): Promise<Outcome> {
    if (event.user.isBot) return { outcome: "ignored" };
    switch (event.type) {
      case "message.posted":
        // In a one-to-one chat with the desk, what a team member writes is a command.
        if (event.kind === "personal" && isAgentRole(this.deps.directory.roleOf(event.user)))
          return this.command(ctx, event, event.text);
        return onMessagePosted(ctx, event);
      case "message.edited":
      case "message.deleted":
        return onMessageChanged(ctx, event);
      case "command.invoked":
        return this.command(ctx, event, event.text);
      case "action.clicked":
        if (event.action.startsWith("triage.")) return onTriageAnswer(ctx, event);
        if (event.action.startsWith("channel.")) {
          ctx.answer(answerTo(event), await onOnboardingAction(ctx, event, this.invocation(event)));
          return { outcome: "handled" };
        }
        if (event.action === NEW_TICKET_ACTION) return this.requested(ctx, requestFromForm(event));
        if (event.action.startsWith("nudge."))
          return onNudgeAction(ctx, event, (text) => this.command(ctx, event, text));
        return this.command(ctx, event, actionAsCommand(event));
      case "ticket.requested":
        return this.requested(ctx, event);
      case "conversation.joined":
        return onConversationJoined(ctx, event);
      case "ticket.form.requested":
        if (this.deps.directory.customerAt(event.conversation) === undefined)
          throw new NotAllowedError("Open tickets from a customer's channel.");
        ctx.post(event.conversation, newTicketForm());
        return { outcome: "handled" };
      case "home.requested":
        ctx.post(event.conversation, await homeView(ctx, event.user));
        return { outcome: "handled" };
    }
  }

  private async command(
    ctx: DeskContext,
    event: InboundEvent,
    command: string | DeskCommand,
  ): Promise<Outcome> {
    const invocation = this.invocation(event);
    const answer = await runCommand(ctx, invocation, command);
    ctx.answer(answerTo(event), answer);
    return { outcome: "handled" };
  }

  private async requested(
    ctx: DeskContext,
    event: Extract<InboundEvent, { type: "ticket.requested" }>,
  ): Promise<Outcome> {
    const customer = this.deps.directory.customerAt(event.conversation);
    if (customer === undefined) throw new NotAllowedError("Open tickets from a customer's channel.");
    // A message that opened a ticket, or one inside a ticket's thread, already has its ticket.
    const existing =
      event.conversation.thread === undefined
        ? undefined
        : await ctx.deps.store.findByThread(event.conversation);
    if (existing !== undefined) {
      ctx.answer(
        answerTo(event),
        `That is ${ticketNumber(existing.id)} already: ${existing.title}. Reply in its thread to add to it.`,
      );
      return { outcome: "handled", ticket: existing.id };
    }
    const answers = {
      ...(event.impact && { impact: event.impact }),
      ...(event.workaround && { workaround: event.workaround }),
    };
    const opened = await openTicket(ctx, {
      eventId: event.eventId,
      requester: event.user,
      customer,
      clientThread: event.conversation,
      title: event.title,
      description: event.description === "" ? event.title : event.description,
      answers,
    });
    return { outcome: "handled", ticket: opened.id };
  }

  private invocation(event: InboundEvent): Invocation {
    const { directory } = this.deps;
    return {
      eventId: event.eventId,
      user: event.user,
      role: directory.roleOf(event.user),
      conversation: event.conversation,
      customer: directory.customerAt(event.conversation),
      replyTo: event.replyTo,
      mentions: "mentions" in event ? event.mentions : undefined,
    };
  }

  /** A user's mistake gets its reason, privately; a bug gets a plain apology and a log line, never a stack. */
  private answerFailure(turn: Turn, event: InboundEvent, error: unknown): Outcome {
    const known = error instanceof DeskError;
    const reason = known
      ? error.message
      : "Something went wrong on our side; nothing was changed. Please try again.";
    if (!known)
      this.deps.logger.error({ err: error, event: event.type, eventId: event.eventId }, "event failed");
    new DeskContext(this.deps, turn).answer(answerTo(event), reason);
    return { outcome: known && error.code === "not_allowed" ? "refused" : "invalid", reason };
  }
}

/** Where an answer to this event goes: its invoker, where they acted. */
export function answerTo(event: InboundEvent) {
  return { user: event.user, in: event.conversation, replyTo: event.replyTo };
}
