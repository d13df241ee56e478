import { z } from "zod";
import { isValidZone } from "../domain/sla/instant.js";

const platform = z.enum(["slack", "teams", "local"]);
const conversation = z.strictObject({ platform, conversation: z.string().min(1) });
const zone = z.string().refine(isValidZone, "not an IANA time zone (e.g. Europe/Amsterdam)");
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A weekly on-call rotation: who holds the pager each week, in turn, and when the pager changes hands. */
const rotation = z.strictObject({
  zone,
  /** Weekday and local time of the handover, e.g. "mon 09:00". */
  handover: z
    .string()
    .regex(
      /^(mon|tue|wed|thu|fri|sat|sun) ([01]\d|2[0-3]):[0-5]\d$/i,
      'write the handover as e.g. "mon 09:00"',
    )
    .default("mon 09:00"),
  /** A date in the first person's first week. */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "write the date as YYYY-MM-DD"),
  people: z.array(z.strictObject({ platform, id: z.string().min(1) })).min(1, "list who is on call, in turn"),
});

/**
 * The desk's configuration file (YAML or JSON): who the agents are, which conversations belong to which
 * customer under which contract, and where triage happens.
 */
export const deskConfigSchema = z.strictObject({
  triage: conversation,
  /** A preset id or a policy file path, for customers and channels that name none. */
  defaultPolicy: z.string().min(1).default("cm-connect-engage"),
  /** Policy files (YAML/JSON) beside the presets; customers refer to them by their `id`. */
  policyFiles: z.array(z.string().min(1)).default([]),
  /** Whether a plain message in a ticket's triage thread goes to the client, or stays internal. */
  triageThreadMessages: z.enum(["reply", "note"]).default("reply"),
  /** Open tickets from conversations no customer lists (named after the conversation), on the default policy. */
  openTicketsFromUnlistedChannels: z.boolean().default(false),
  /**
   * Learn from the agents' reclassifications: per contract, a correction model over the rules, used only
   * where it proved better than the rules on the agents' own decisions.
   */
  learnFromAgents: z.boolean().default(false),
  /** Where pages, breaches and ignored nudges are posted; the triage channel when not set. */
  escalationChannel: conversation.optional(),
  oncall: rotation.optional(),
  reminders: z
    .strictObject({
      /** How often the scheduler looks for due reminders. */
      tickSeconds: z.number().min(0.05).max(300).default(5),
      /** The share of an SLA target after which an unmet clock is at risk. */
      atRiskShare: z.number().gt(0).lt(1).default(0.75),
      /** How long a dead scheduler process keeps the others waiting before one takes over. */
      leaseSeconds: z.number().min(0.3).max(600).default(15),
    })
    .refine((r) => r.leaseSeconds >= 2 * r.tickSeconds, "leaseSeconds must be at least twice tickSeconds")
    .default({ tickSeconds: 5, atRiskShare: 0.75, leaseSeconds: 15 }),
  customers: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, "use letters, digits, dot, dash or underscore"),
        name: z.string().min(1).optional(),
        policy: z.string().min(1).optional(),
        plan: z.string().min(1).optional(),
        channels: z.array(conversation).min(1),
      }),
    )
    .default([]),
  agents: z
    .array(
      z.strictObject({
        platform,
        id: z.string().min(1),
        name: z.string().min(1).optional(),
        role: z.enum(["agent", "lead"]).default("agent"),
        /** Shown beside times in this person's reminders, until the platform's profile says otherwise. */
        zone: zone.optional(),
      }),
    )
    .default([]),
});

export type DeskConfig = z.infer<typeof deskConfigSchema>;

export function weekdayNumber(handover: string): number {
  return WEEKDAYS.indexOf(handover.slice(0, 3).toLowerCase() as (typeof WEEKDAYS)[number]) + 1;
}
export type DeskConfigInput = z.input<typeof deskConfigSchema>;
