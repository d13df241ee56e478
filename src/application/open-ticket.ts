import { classifyPriority, LOW_CONFIDENCE } from "../domain/priority/classify.js";
import {
  priorityFromAnswers,
  statedPriority,
  type TriageAnswers,
} from "../domain/priority/triage-answers.js";
import type { PriorityDecision, Ticket } from "../domain/ticket/ticket.js";
import type { ConversationRef, UserRef } from "../ports/chat-gateway.js";
import type { Customer } from "../ports/directory.js";
import type { DeskContext } from "./desk-context.js";
import { clientAck, triageCard } from "./ticket-views.js";

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
}

const TITLE_LENGTH = 80;

/** Opens a ticket once per platform event, acknowledges it in the client's thread and posts its triage card. */
export async function openTicket(
  ctx: DeskContext,
  request: OpenTicketRequest,
): Promise<Ticket | "duplicate"> {
  const { store } = ctx.deps;
  const id = await store.reserveNumber(request.eventId);
  if ((await store.get(id)) !== undefined) return "duplicate";
  const at = ctx.now();
  const priority = decidePriority(request, at);
  const ticket: Ticket = ctx.withDue({
    id,
    version: 1,
    customer: request.customer.id,
    policy: request.customer.policy.id,
    plan: request.customer.plan,
    clientThread: request.clientThread,
    ...(request.sourceMessage !== undefined && { sourceMessage: request.sourceMessage }),
    requester: request.requester,
    title: request.title ?? titleOf(request.description),
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
    createdAt: at,
    updatedAt: at,
  });
  if (!(await store.create(ticket))) return "duplicate";
  return postCards(ctx, ticket, request.eventId);
}

function decidePriority(request: OpenTicketRequest, at: number): PriorityDecision {
  const policy = request.customer.policy;
  const { impact, workaround } = request.answers ?? {};
  if (impact !== undefined && workaround !== undefined) {
    return { ...priorityFromAnswers(policy, impact, workaround), by: "client", user: request.requester, at };
  }
  const stated = statedPriority(`${request.title ?? ""}\n${request.description}`, policy);
  if (stated !== undefined)
    return { level: stated, by: "client", user: request.requester, reason: "stated by the client", at };
  const suggestion = classifyPriority(`${request.title ?? ""}\n${request.description}`, policy);
  const reason =
    suggestion.reasons.length > 0 ? suggestion.reasons.join("; ") : "no clear signal in the message";
  return { level: suggestion.priority, by: "suggestion", reason, confidence: suggestion.confidence, at };
}

function titleOf(text: string): string {
  const firstLine = text.trim().split("\n")[0]?.replace(/\s+/g, " ") ?? "";
  if (firstLine === "") return "(no text)";
  return firstLine.length <= TITLE_LENGTH ? firstLine : `${firstLine.slice(0, TITLE_LENGTH - 1)}…`;
}

async function postCards(ctx: DeskContext, ticket: Ticket, eventId: string): Promise<Ticket> {
  const policy = ctx.policyOf(ticket);
  const now = ctx.now();
  const { directory, store } = ctx.deps;
  const customerName = directory.customerById(ticket.customer)?.name ?? ticket.customer;
  const clientCard = await ctx.post(ticket.clientThread, clientAck(ticket, policy, now));
  // A ticket opened by command or form has no message of its own: the acknowledgement starts its thread.
  const clientThread =
    ticket.clientThread.thread === undefined && clientCard !== undefined
      ? { ...ticket.clientThread, thread: clientCard.message }
      : ticket.clientThread;
  if (clientThread !== ticket.clientThread) await store.indexThread(clientThread, ticket.id);
  const card = await ctx.post(directory.triage, triageCard(ticket, policy, customerName, now));
  const triageThread = card === undefined ? undefined : { ...directory.triage, thread: card.message };
  if (triageThread !== undefined) await store.indexThread(triageThread, ticket.id);
  const refs = {
    clientThread,
    ...(clientCard !== undefined && { clientCard }),
    ...(card !== undefined && { triageCard: card, triageThread }),
  };
  // Usually nobody has touched the ticket since it was created, so one write suffices.
  const withRefs = { ...ticket, ...refs };
  if (await store.save(withRefs, ticket.version)) return { ...withRefs, version: ticket.version + 1 };
  let backlog: readonly string[] = [];
  const saved = await ctx.change(ticket.id, `${eventId}:cards`, (current) => {
    if (triageThread === undefined) return { ...current, ...refs };
    backlog = current.triageBacklog ?? [];
    const { triageBacklog: _posted, ...rest } = current;
    return { ...rest, ...refs };
  });
  // Replies and notes that arrived while the card was on its way follow it, in their order.
  if (typeof saved === "object" && triageThread !== undefined)
    for (const text of backlog) await ctx.post(triageThread, { text, ticket: ticket.id });
  return typeof saved === "object" ? saved.after : ticket;
}
