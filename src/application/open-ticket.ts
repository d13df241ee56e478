import { classifyPriority, LOW_CONFIDENCE } from "../domain/priority/classify.js";
import {
  priorityFromAnswers,
  statedPriority,
  type TriageAnswers,
} from "../domain/priority/triage-answers.js";
import type { ConversationRef, UserRef } from "../domain/refs.js";
import type { PriorityDecision, Ticket } from "../domain/ticket/ticket.js";
import type { Customer } from "../ports/directory.js";
import type { AgentCorrections } from "./agent-corrections.js";
import type { DeskContext } from "./desk-context.js";
import { similarTicket } from "./similar-tickets.js";

export interface OpenTicketRequest {
  readonly eventId: string;
  readonly requester: UserRef;
  readonly customer: Customer;
  /** Where the desk answers the client: the thread of the message that opened the ticket. */
  readonly clientThread: ConversationRef;
  readonly sourceMessage?: string;
  readonly title?: string;
  readonly description: string;
  readonly answers?: TriageAnswers;
  /** The client's conversation has no threads: the ticket takes its later messages while it is open. */
  readonly flat?: boolean;
}

const TITLE_LENGTH = 80;

/** Opens a ticket: its acknowledgement in the client's thread and its card in the triage channel go with it. */
export async function openTicket(ctx: DeskContext, request: OpenTicketRequest): Promise<Ticket> {
  const id = await ctx.deps.store.nextNumber();
  const at = ctx.now();
  const priority = decidePriority(request, at, ctx.deps.corrections);
  const title = request.title ?? titleOf(request.description);
  const alike = await similarTicket(ctx, title, request.description, request.customer.id);
  const ticket = ctx.create(
    {
      id,
      version: 1,
      customer: request.customer.id,
      policy: request.customer.policy.id,
      plan: request.customer.plan,
      clientThread: request.clientThread,
      ...(request.sourceMessage !== undefined && { sourceMessage: request.sourceMessage }),
      requester: request.requester,
      title,
      description: request.description,
      priority,
      awaitingTriageAnswers: priority.by === "suggestion" && (priority.confidence ?? 1) < LOW_CONFIDENCE,
      status: "open",
      assignee: null,
      links: { duplicates: [] },
      sla: [{ at, type: "opened", priority: priority.level }],
      dueAt: null,
      history: [
        { at, type: "opened", actor: request.requester, eventId: request.eventId, text: request.description },
      ],
      ...(alike !== undefined && { suggestedLink: alike }),
      createdAt: at,
      updatedAt: at,
    },
    request.flat === true,
  );
  ctx.deps.logger.debug(
    {
      ticket: id,
      customer: request.customer.id,
      priority: priority.level,
      by: priority.by,
      reason: priority.reason,
      confidence: priority.confidence,
    },
    "opened a ticket",
  );
  postCards(ctx, ticket);
  return ticket;
}

function decidePriority(
  request: OpenTicketRequest,
  at: number,
  corrections: AgentCorrections | undefined,
): PriorityDecision {
  const policy = request.customer.policy;
  const { impact, workaround } = request.answers ?? {};
  if (impact !== undefined && workaround !== undefined) {
    return { ...priorityFromAnswers(policy, impact, workaround), by: "client", user: request.requester, at };
  }
  const stated = statedPriority(`${request.title ?? ""}\n${request.description}`, policy);
  if (stated !== undefined)
    return { level: stated, by: "client", user: request.requester, reason: "stated by the client", at };
  const text = `${request.title ?? ""}\n${request.description}`;
  const suggestion = corrections?.suggest(text, policy) ?? classifyPriority(text, policy);
  const reason =
    suggestion.reasons.length > 0
      ? suggestion.reasons.join("; ")
      : "nothing in the message says who is affected or what fails";
  return { level: suggestion.priority, by: "suggestion", reason, confidence: suggestion.confidence, at };
}

function titleOf(text: string): string {
  const firstLine = text.trim().split("\n")[0]?.replace(/\s+/g, " ") ?? "";
  if (firstLine === "") return "(no text)";
  return firstLine.length <= TITLE_LENGTH ? firstLine : `${firstLine.slice(0, TITLE_LENGTH - 1)}…`;
}

/**
 * The client hears first; in the triage channel, under a burst, the most urgent cards go first. A ticket
 * opened by command or form has no message of its own: its acknowledgement starts its thread.
 */
function postCards(ctx: DeskContext, ticket: Ticket): void {
  ctx.postCard(ticket, "client", 0);
  const urgency = ctx.policyOf(ticket).priorities.findIndex((p) => p.id === ticket.priority.level);
  ctx.postCard(ticket, "triage", 1 + Math.max(0, urgency));
}
