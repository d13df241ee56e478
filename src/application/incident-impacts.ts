import { DeskError } from "../domain/errors.js";
import { parseInstant } from "../domain/sla/instant.js";
import type { Policy } from "../domain/sla/policy.js";
import {
  EXCLUSIONS,
  type Exclusion,
  type ImpactChange,
  record,
  type Ticket,
} from "../domain/ticket/ticket.js";
import type { Invocation } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";

// What an incident did to the contract's products, as recorded for the availability report: which
// product was unavailable or degraded from when, and whether the contract excludes it.

export class IncidentCommandError extends DeskError {
  constructor(message: string) {
    super("invalid_command", message);
  }
}

const STATES = ["unavailable", "degraded", "recovered"] as const;

/** The products an incident can name: the contract's availability commitments, or its known products. */
export function productsOf(policy: Policy): string[] {
  const committed = policy.document.availability?.targets.map((target) => target.component) ?? [];
  return committed.length > 0 ? committed : policy.products.map((product) => product.name);
}

/** `<product|all> unavailable|degraded|recovered [at <time>] [excluded <reason>]` */
export async function recordImpact(
  ctx: DeskContext,
  invocation: Invocation,
  incident: Ticket,
  words: readonly string[],
) {
  const policy = ctx.policyOf(incident);
  const lower = words.map((word) => word.toLowerCase());
  const stateIndex = lower.findIndex((word) => (STATES as readonly string[]).includes(word));
  if (stateIndex < 1)
    throw new IncidentCommandError(`Name the product (or all), then unavailable, degraded or recovered.`);
  const productText = words.slice(0, stateIndex).join(" ");
  const known = productsOf(policy);
  const products =
    productText.toLowerCase() === "all"
      ? incident.incident?.products.length
        ? [...(incident.incident?.products ?? [])]
        : known
      : [
          known.find((p) => p.toLowerCase() === productText.toLowerCase()) ??
            unknownProduct(productText, known),
        ];
  const state = lower[stateIndex] as ImpactChange["state"];
  let at = ctx.now();
  let excluded: Exclusion | undefined;
  const rest = words.slice(stateIndex + 1);
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]?.toLowerCase();
    if (word === "at" && rest[i + 1] !== undefined) {
      at = parseInstant(rest[i + 1] as string, policy.zone);
      i += 1;
    } else if (word === "excluded" && rest[i + 1] !== undefined) {
      const reason = (rest[i + 1] as string).toLowerCase().replace(/-/g, "_");
      if (!(EXCLUSIONS as readonly string[]).includes(reason))
        throw new IncidentCommandError(
          `"${rest[i + 1]}" is not a reason the contracts exclude: use ${EXCLUSIONS.join(", ")}.`,
        );
      excluded = reason as Exclusion;
      i += 1;
    } else
      throw new IncidentCommandError(`Unexpected "${rest[i]}": add \`at <time>\` or \`excluded <reason>\`.`);
  }
  if (at > ctx.now())
    throw new IncidentCommandError("An outage is recorded as it happened: give a time that has passed.");
  const changes: ImpactChange[] = products.map((product) => ({
    product,
    state,
    at,
    by: invocation.user,
    ...(excluded !== undefined && { excluded }),
  }));
  const change = await ctx.change(incident.id, invocation.eventId, (current) => {
    const record0 = current.incident ?? { products: [], impacts: [] };
    return record(
      {
        ...current,
        incident: {
          products: [...new Set([...record0.products, ...products])],
          impacts: [...record0.impacts, ...changes],
        },
      },
      {
        at: ctx.now(),
        type: "impact",
        actor: invocation.user,
        eventId: invocation.eventId,
        text: `${products.join(", ")} ${state}`,
      },
    );
  });
  if (typeof change === "object") ctx.refreshCards(change.after);
  return `Recorded: ${products.join(", ")} ${state} since ${new Date(at).toISOString()}${excluded === undefined ? "" : ` (excluded: ${excluded.replace(/_/g, " ")})`}.`;
}

function unknownProduct(text: string, known: readonly string[]): never {
  throw new IncidentCommandError(
    known.length === 0
      ? "This desk's contract names no products."
      : `"${text}" is not a product of the contract: use one of ${known.join(", ")}, or all.`,
  );
}
