import { z } from "zod";

const platform = z.enum(["slack", "teams", "local"]);
const conversation = z.strictObject({ platform, conversation: z.string().min(1) });

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
      }),
    )
    .default([]),
});

export type DeskConfig = z.infer<typeof deskConfigSchema>;
export type DeskConfigInput = z.input<typeof deskConfigSchema>;
