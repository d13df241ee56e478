import { NotAllowedError } from "../domain/errors.js";
import { nextHandover, type OnCall, type OnCallOverride, onCallAt } from "../domain/oncall/roster.js";
import { formatForPeople } from "../domain/sla/instant.js";
import { displayName } from "../domain/ticket/ticket.js";
import { type Invocation, requireAgent, teamMemberNamed } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";

const OVERRIDES = "oncall-overrides";
const HOUR_MS = 3_600_000;
/** Overrides that ended longer ago than this are dropped when a new one is set. */
const KEEP_ENDED_MS = 30 * 24 * HOUR_MS;

/** Who is on call at `at`: the configured rotation, with the overrides set by `oncall set`. */
export async function currentOnCall(ctx: DeskContext, at: number): Promise<OnCall> {
  const overrides = (await ctx.deps.store.getSetting<OnCallOverride[]>(OVERRIDES)) ?? [];
  return onCallAt(ctx.deps.directory.rotation, overrides, at);
}

export async function showOnCall(ctx: DeskContext, invocation: Invocation): Promise<string> {
  requireAgent(invocation, "see the on-call");
  const now = ctx.now();
  const onCall = await currentOnCall(ctx, now);
  if (onCall.primary === null)
    return "Nobody is on call: no rotation is configured and no override is set. Use `oncall set @user`.";
  const zone = ctx.deps.directory.zoneOf(invocation.user) ?? ctx.deps.directory.rotation?.zone ?? "UTC";
  const lines = [
    `On call: ${displayName(onCall.primary)}${onCall.source === "override" ? " (override)" : " (rotation)"}`,
  ];
  if (onCall.secondary !== null) lines.push(`Backup: ${displayName(onCall.secondary)}`);
  if (onCall.until !== null) lines.push(`Until: ${formatForPeople(onCall.until, zone)}`);
  return lines.join("\n");
}

/** `oncall set @user [for Nh]`: until then, else until the next rotation handover, else until cleared. */
export async function setOnCall(
  ctx: DeskContext,
  invocation: Invocation,
  who: string,
  hours: number | undefined,
): Promise<string> {
  requireAgent(invocation, "set the on-call");
  const agent = teamMemberNamed(ctx, invocation, who);
  if (agent === undefined)
    throw new NotAllowedError(`${who} is not on the support team; only agents can be on call.`);
  const now = ctx.now();
  const rotation = ctx.deps.directory.rotation;
  const until =
    hours !== undefined ? now + hours * HOUR_MS : rotation === undefined ? null : nextHandover(rotation, now);
  const override: OnCallOverride = { user: agent, from: now, until, by: displayName(invocation.user) };
  const kept = ((await ctx.deps.store.getSetting<OnCallOverride[]>(OVERRIDES)) ?? []).filter(
    (o) => o.until === null || o.until > now - KEEP_ENDED_MS,
  );
  await ctx.deps.store.setSetting(OVERRIDES, [...kept, override]);
  const zone = ctx.deps.directory.zoneOf(invocation.user) ?? rotation?.zone ?? "UTC";
  const end = until === null ? "until someone runs `oncall clear`" : `until ${formatForPeople(until, zone)}`;
  return `${displayName(agent)} is now on call, ${end}.`;
}

/** Ends every override now in force, handing the pager back to the rotation. */
export async function clearOnCall(ctx: DeskContext, invocation: Invocation): Promise<string> {
  requireAgent(invocation, "change the on-call");
  const now = ctx.now();
  const overrides = (await ctx.deps.store.getSetting<OnCallOverride[]>(OVERRIDES)) ?? [];
  const ended = overrides.map((o) =>
    o.from <= now && (o.until === null || o.until > now) ? { ...o, until: now } : o,
  );
  await ctx.deps.store.setSetting(OVERRIDES, ended);
  const onCall = onCallAt(ctx.deps.directory.rotation, ended, now);
  return onCall.primary === null
    ? "Override cleared; nobody is on call now (no rotation is configured)."
    : `Override cleared; ${displayName(onCall.primary)} is on call by the rotation.`;
}
