import { NotAllowedError } from "../domain/errors.js";
import type { Policy } from "../domain/sla/policy.js";
import type { DeskCommand } from "../domain/ticket/commands.js";
import { INCIDENT_CUSTOMER, record, type Ticket, ticketNumber, withSla } from "../domain/ticket/ticket.js";
import { type Invocation, requireAgent, targetTicket } from "./command-context.js";
import { postUpdate } from "./conversation-commands.js";
import type { DeskContext } from "./desk-context.js";
import { IncidentCommandError, productsOf, recordImpact } from "./incident-impacts.js";
import { resolve } from "./ticket-commands.js";

type IncidentCommand = Extract<DeskCommand, { name: "incident" }>;

/**
 * Incidents: one outage that several customers report. An incident is kept as a ticket of no customer,
 * announced in the escalation channel (its thread is the incident's public one) and carded in triage;
 * customers' tickets link to it, hear its updates and are resolved with it. Its products' outages are
 * recorded for the availability report.
 */
export async function incidentCommand(
  ctx: DeskContext,
  invocation: Invocation,
  command: IncidentCommand,
): Promise<string> {
  requireAgent(invocation, "run incidents");
  switch (command.action) {
    case "list":
      return listIncidents(ctx);
    case "declare":
      return declare(ctx, invocation, command.level, command.text);
    case "from":
      return fromTicket(ctx, invocation, command.ticket);
    case "update": {
      const incident = await incidentOf(ctx, invocation, command.ticket);
      return postUpdate(ctx, invocation, incident, command.text);
    }
    case "resolve":
      return resolveIncident(
        ctx,
        invocation,
        await incidentOf(ctx, invocation, command.ticket),
        command.text,
      );
    case "impact":
      return recordImpact(ctx, invocation, await incidentOf(ctx, invocation, command.ticket), command.words);
  }
}

/** Product names at the end of `words`, longest names first: "SMS fails Voice Business Messaging". */
function trailingProducts(words: readonly string[], known: readonly string[]): [string[], string[]] {
  const byLength = [...known].sort((a, b) => b.split(" ").length - a.split(" ").length);
  let rest = [...words];
  const found: string[] = [];
  for (let matched = true; matched && rest.length > 0; ) {
    matched = false;
    for (const product of byLength) {
      const size = product.split(" ").length;
      const tail = rest.slice(-size).join(" ").replace(/,$/, "");
      if (rest.length > size && tail.toLowerCase() === product.toLowerCase()) {
        found.unshift(product);
        rest = rest.slice(0, -size);
        if (rest.length > 0) rest[rest.length - 1] = (rest[rest.length - 1] as string).replace(/,$/, "");
        matched = true;
        break;
      }
    }
  }
  return [rest, [...new Set(found)]];
}

async function declare(ctx: DeskContext, invocation: Invocation, levelText: string, text: string) {
  const policy = ctx.deps.directory.defaultPolicy;
  const level = policy.resolvePriority(levelText);
  const [titleWords, products] = trailingProducts(text.split(/\s+/), productsOf(policy));
  const incident = await openIncident(ctx, invocation, policy, level, titleWords.join(" "), products);
  return `Declared ${ticketNumber(incident.id)} (${level}): ${incident.title}${products.length > 0 ? ` on ${products.join(", ")}` : ""}. Link customers' tickets with \`link T-n ${ticketNumber(incident.id)}\`; \`incident impact\` records each product's outage, \`incident update\` reaches every linked client.`;
}

async function fromTicket(ctx: DeskContext, invocation: Invocation, ref: string): Promise<string> {
  const source = await targetTicket(ctx, invocation, ref, "incident from <T-n>");
  if (source.incident !== undefined) return `${ticketNumber(source.id)} is an incident already.`;
  const policy = ctx.deps.directory.defaultPolicy;
  const level = levelOn(policy, source.priority.level);
  const incident = await openIncident(ctx, invocation, policy, level, source.title, []);
  const at = ctx.now();
  const linked = await ctx.change(source.id, invocation.eventId, (ticket) => ({
    ...record(ticket, {
      at,
      type: "linked",
      actor: invocation.user,
      eventId: invocation.eventId,
      data: { duplicateOf: incident.id },
    }),
    links: { ...ticket.links, duplicateOf: incident.id },
  }));
  // The incident was staged in this same turn: it learns of its first linked ticket before it is written.
  await ctx.change(incident.id, invocation.eventId, (staged) => ({
    ...staged,
    links: { ...staged.links, duplicates: [...staged.links.duplicates, source.id] },
  }));
  if (typeof linked === "object") {
    ctx.toClient(linked.after, `We are tracking this as an incident; you will get its updates here.`);
    ctx.refreshCards(linked.after);
  }
  return `Declared ${ticketNumber(incident.id)} (${level}) from ${ticketNumber(source.id)}, which is linked to it.`;
}

/** The incident's level on the desk's contract: the ticket's own when that contract has it, else the top one. */
function levelOn(policy: Policy, level: string): string {
  try {
    return policy.resolvePriority(level);
  } catch {
    return policy.priorities[0]?.id as string;
  }
}

async function openIncident(
  ctx: DeskContext,
  invocation: Invocation,
  policy: Policy,
  level: string,
  title: string,
  products: readonly string[],
): Promise<Ticket> {
  if (title.trim() === "")
    throw new IncidentCommandError("Give the incident a title, e.g. incident declare P1 Checkout is down");
  const id = await ctx.deps.store.nextNumber();
  const at = ctx.now();
  const escalation = ctx.deps.directory.escalation;
  const created = ctx.create(
    withSla(
      {
        id,
        version: 1,
        customer: INCIDENT_CUSTOMER,
        policy: policy.id,
        plan: null,
        clientThread: { platform: escalation.platform, conversation: escalation.conversation },
        requester: invocation.user,
        title: title.trim(),
        description: title.trim(),
        priority: { level, by: "agent", user: invocation.user, reason: "declared as an incident", at },
        awaitingTriageAnswers: false,
        status: "in_progress",
        assignee: invocation.user,
        links: { duplicates: [] },
        // Declaring it is the team's first word on it; the update cadence runs from here.
        sla: [{ at, type: "opened", priority: level }],
        dueAt: null,
        history: [
          { at, type: "incident_declared", actor: invocation.user, eventId: invocation.eventId, text: title },
        ],
        incident: { products, impacts: [] },
        createdAt: at,
        updatedAt: at,
      },
      { at, type: "agent_reply" },
    ),
  );
  ctx.postCard(created, "client", 0);
  ctx.postCard(created, "triage", 0);
  return created;
}

/** Resolves the incident and every linked ticket still open; their clients are told. */
export async function resolveIncident(
  ctx: DeskContext,
  invocation: Invocation,
  incident: Ticket,
  note: string,
) {
  const number = ticketNumber(incident.id);
  const why = note === "" ? `resolved with incident ${number}` : `${note} (incident ${number})`;
  await resolve(ctx, invocation, incident, note);
  let resolved = 0;
  for (const id of incident.links.duplicates) {
    const ticket = await ctx.get(id);
    if (ticket === undefined || ticket.status === "resolved" || ticket.status === "closed") continue;
    await resolve(ctx, invocation, ticket, why);
    resolved += 1;
  }
  return `${number} is resolved${resolved > 0 ? `, and ${resolved} linked ticket(s) with it; their clients were told` : ""}.`;
}

/** The incident a command means: the number given, the incident thread it was run in, or the only open one. */
async function incidentOf(
  ctx: DeskContext,
  invocation: Invocation,
  ref: string | undefined,
): Promise<Ticket> {
  if (ref !== undefined || invocation.conversation.thread !== undefined) {
    const ticket =
      ref === undefined
        ? await ctx.deps.store.findByThread(invocation.conversation)
        : await targetTicket(ctx, invocation, ref, "incident update [T-n] <text>");
    if (ticket?.incident !== undefined) return ticket;
    if (ticket?.links.duplicateOf !== undefined) {
      const parent = await ctx.get(ticket.links.duplicateOf);
      if (parent?.incident !== undefined) return parent;
    }
    if (ref !== undefined) throw new NotAllowedError(`${ref.toUpperCase()} is not an incident.`);
  }
  const open = (await ctx.deps.store.list({ open: true, customer: INCIDENT_CUSTOMER })) ?? [];
  if (open.length === 1) return (await ctx.get(open[0]?.id as number)) as Ticket;
  throw new IncidentCommandError(
    open.length === 0
      ? "There is no open incident."
      : `Say which incident: ${open.map((i) => ticketNumber(i.id)).join(", ")}.`,
  );
}

async function listIncidents(ctx: DeskContext): Promise<string> {
  const open = await ctx.deps.store.list({ open: true, customer: INCIDENT_CUSTOMER });
  if (open.length === 0) return "No open incidents.";
  const lines = await Promise.all(
    open.map(async (summary) => {
      const incident = await ctx.get(summary.id);
      const linked = incident?.links.duplicates.length ?? 0;
      return `${ticketNumber(summary.id)} [${summary.priority}] ${summary.title}: ${linked} linked ticket(s)`;
    }),
  );
  return [`Open incidents (${open.length}):`, ...lines].join("\n");
}
