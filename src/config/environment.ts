import { z } from "zod";
import { InvalidConfigError } from "./config-directory.js";

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

/** How the desk process is set up, from its environment: validated like the configuration file. */
export interface DeskEnvironment {
  readonly configPath: string | undefined;
  /** An SQLite path, `redis://…` or `postgres://…`; undefined: the default SQLite file. */
  readonly store: string | undefined;
  readonly sqliteSync: "normal" | "full";
  /** The key prefix in the store, with its colon. */
  readonly namespace: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Where the log goes in local mode (the terminal is the chat there). */
  readonly logFile: string;
  readonly shutdownMs: number;
  readonly paceScale: number;
  /** How often the store and the chat platform are checked, for /readyz and the outage log. */
  readonly probeMs: number;
  /** The health and metrics listener's port; undefined: none. */
  readonly metricsPort: number | undefined;
  readonly slack: SlackEnvironment | undefined;
  readonly teams: TeamsEnvironment | undefined;
}

export interface TeamsEnvironment {
  /** The app's credentials; undefined: anonymous on 127.0.0.1, for trying the desk with a local Teams client. */
  readonly credentials:
    | {
        readonly appId: string;
        readonly password: string | undefined;
        readonly tenantId: string | undefined;
        readonly type: "SingleTenant" | "MultiTenant" | "UserAssignedMSI";
        readonly authority: string | undefined;
      }
    | undefined;
  readonly port: number;
  /** Where the desk writes to a configured Teams channel it has not heard from yet. */
  readonly serviceUrl: string;
  readonly paceScale: number;
}

export interface SlackEnvironment {
  readonly botToken: string;
  readonly appToken: string | undefined;
  readonly signingSecret: string | undefined;
  readonly apiUrl: string | undefined;
  readonly port: number;
}

const port = (name: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, `${name} must be a port number, e.g. 3000`)
    .transform(Number)
    .refine((n) => n <= 65_535, `${name} must be a port number up to 65535`);
const number = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, `${name} must be a number, e.g. 10`)
    .transform(Number)
    .refine((n) => n <= max, `${name} must be at most ${max}`);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const present = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);

const schema = z
  .object({
    SLA_DESK_CONFIG: z.string().optional(),
    SLA_DESK_STORE: z.string().optional(),
    DATABASE_URL: z.string().optional(),
    REDIS_URL: z.string().optional(),
    SLA_DESK_SQLITE_SYNC: z
      .enum(["normal", "full"], { error: "SLA_DESK_SQLITE_SYNC must be normal or full" })
      .default("normal"),
    SLA_DESK_NAMESPACE: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}:?$/, "SLA_DESK_NAMESPACE: use letters, digits, dot, dash or underscore")
      .default("sla-desk"),
    LOG_LEVEL: z
      .string()
      .transform((level) => level.toLowerCase())
      .pipe(z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` }))
      .default("info"),
    SLA_DESK_LOG_FILE: z.string().min(1).default("./data/sla-desk.log"),
    SLA_DESK_SHUTDOWN_SECONDS: number("SLA_DESK_SHUTDOWN_SECONDS", 3600).default(10),
    SLACK_PACE_SCALE: number("SLACK_PACE_SCALE", 10).default(1),
    SLA_DESK_PROBE_SECONDS: number("SLA_DESK_PROBE_SECONDS", 3600)
      .refine((n) => n > 0, "SLA_DESK_PROBE_SECONDS must be more than 0")
      .default(5),
    METRICS_PORT: z
      .union([z.literal("off"), port("METRICS_PORT")], { error: "METRICS_PORT must be a port number or off" })
      .default(9464),
    PORT: port("PORT").default(3000),
    SLACK_BOT_TOKEN: z
      .string()
      .regex(
        /^xoxb-/,
        "SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page",
      )
      .optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(
        /^xapp-/,
        "SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write, from Basic Information",
      )
      .optional(),
    SLACK_SIGNING_SECRET: z
      .string()
      .regex(/^\S{8,}$/, "SLACK_SIGNING_SECRET must be the app's Signing Secret, from Basic Information")
      .optional(),
    SLACK_API_URL: z.url("SLACK_API_URL must be a URL, e.g. https://slack-gov.com/api/").optional(),
    MICROSOFT_APP_ID: z
      .string()
      .regex(GUID, "MICROSOFT_APP_ID must be the Azure Bot's Microsoft App ID, a GUID (…-…-…-…-…)")
      .optional(),
    MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
    MICROSOFT_APP_TENANT_ID: z
      .string()
      .regex(GUID, "MICROSOFT_APP_TENANT_ID must be the app registration's Directory (tenant) ID, a GUID")
      .optional(),
    MICROSOFT_APP_TYPE: z
      .enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"], {
        error:
          "MICROSOFT_APP_TYPE must be SingleTenant, MultiTenant or UserAssignedMSI (the Azure Bot's type)",
      })
      .default("SingleTenant"),
    MICROSOFT_APP_AUTHORITY: z
      .url("MICROSOFT_APP_AUTHORITY must be a URL, e.g. https://login.microsoftonline.us")
      .optional(),
    SLA_DESK_TEAMS: z
      .enum(["local"], { error: "SLA_DESK_TEAMS=local runs Teams without credentials, on 127.0.0.1 only" })
      .optional(),
    TEAMS_PORT: port("TEAMS_PORT").default(3978),
    TEAMS_SERVICE_URL: z
      .url("TEAMS_SERVICE_URL must be a URL, e.g. https://smba.trafficmanager.net/teams/")
      .default("https://smba.trafficmanager.net/teams/"),
    TEAMS_PACE_SCALE: number("TEAMS_PACE_SCALE", 10).default(1),
  })
  .superRefine((env, context) => {
    const slackSet = env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined;
    if (env.SLACK_BOT_TOKEN === undefined && slackSet)
      context.addIssue({
        code: "custom",
        message: "SLACK_BOT_TOKEN is missing: Slack needs the bot token too",
      });
    if (env.SLACK_BOT_TOKEN !== undefined && !slackSet)
      context.addIssue({
        code: "custom",
        message:
          "set SLACK_APP_TOKEN (Socket Mode, no public URL needed) or SLACK_SIGNING_SECRET (HTTP mode) beside SLACK_BOT_TOKEN",
      });
    const teamsSet =
      env.MICROSOFT_APP_PASSWORD !== undefined ||
      env.MICROSOFT_APP_TENANT_ID !== undefined ||
      env.MICROSOFT_APP_AUTHORITY !== undefined;
    if (env.MICROSOFT_APP_ID === undefined && teamsSet)
      context.addIssue({
        code: "custom",
        message: "MICROSOFT_APP_ID is missing: Teams needs the app's id too",
      });
    if (env.MICROSOFT_APP_ID === undefined) return;
    const type = env.MICROSOFT_APP_TYPE;
    if (type !== "MultiTenant" && env.MICROSOFT_APP_TENANT_ID === undefined)
      context.addIssue({
        code: "custom",
        message: `MICROSOFT_APP_TENANT_ID is missing: a ${type} app needs its tenant (or set MICROSOFT_APP_TYPE)`,
      });
    if (type === "UserAssignedMSI" && env.MICROSOFT_APP_PASSWORD !== undefined)
      context.addIssue({
        code: "custom",
        message: "MICROSOFT_APP_PASSWORD is not used by a UserAssignedMSI app: remove it",
      });
    if (type !== "UserAssignedMSI" && env.MICROSOFT_APP_PASSWORD === undefined)
      context.addIssue({
        code: "custom",
        message: "MICROSOFT_APP_PASSWORD is missing: the client secret of the app registration",
      });
    if (env.SLA_DESK_TEAMS === "local")
      context.addIssue({
        code: "custom",
        message: "SLA_DESK_TEAMS=local runs without credentials: unset it or the MICROSOFT_APP_* variables",
      });
  });

/**
 * The desk's settings from its environment. An empty variable counts as unset; anything else that is
 * wrong (`PORT=abc`, `SLA_DESK_SQLITE_SYNC=fulll`, a bot token without its app token or signing
 * secret) is an error naming the variable and the fix, never a silent default.
 */
export function readEnvironment(env: NodeJS.ProcessEnv): DeskEnvironment {
  const defined = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, present(value)]));
  const parsed = schema.safeParse(defined);
  if (!parsed.success)
    throw new InvalidConfigError(
      parsed.error.issues.map((issue) => issue.message),
      "the environment is invalid",
    );
  const e = parsed.data;
  const namespace = e.SLA_DESK_NAMESPACE.endsWith(":") ? e.SLA_DESK_NAMESPACE : `${e.SLA_DESK_NAMESPACE}:`;
  return {
    configPath: e.SLA_DESK_CONFIG,
    store: e.SLA_DESK_STORE ?? e.DATABASE_URL ?? e.REDIS_URL,
    sqliteSync: e.SLA_DESK_SQLITE_SYNC,
    namespace,
    logLevel: e.LOG_LEVEL,
    logFile: e.SLA_DESK_LOG_FILE,
    shutdownMs: e.SLA_DESK_SHUTDOWN_SECONDS * 1000,
    paceScale: e.SLACK_PACE_SCALE,
    probeMs: e.SLA_DESK_PROBE_SECONDS * 1000,
    metricsPort: e.METRICS_PORT === "off" ? undefined : e.METRICS_PORT,
    slack:
      e.SLACK_BOT_TOKEN === undefined
        ? undefined
        : {
            botToken: e.SLACK_BOT_TOKEN,
            // Socket Mode when an app token is given; HTTP mode only when asked for by a signing secret.
            appToken: e.SLACK_APP_TOKEN,
            signingSecret: e.SLACK_APP_TOKEN === undefined ? e.SLACK_SIGNING_SECRET : undefined,
            apiUrl: e.SLACK_API_URL,
            port: e.PORT,
          },
    teams:
      e.MICROSOFT_APP_ID === undefined && e.SLA_DESK_TEAMS === undefined
        ? undefined
        : {
            credentials:
              e.MICROSOFT_APP_ID === undefined
                ? undefined
                : {
                    appId: e.MICROSOFT_APP_ID,
                    password: e.MICROSOFT_APP_PASSWORD,
                    tenantId: e.MICROSOFT_APP_TENANT_ID,
                    type: e.MICROSOFT_APP_TYPE,
                    authority: e.MICROSOFT_APP_AUTHORITY,
                  },
            port: e.TEAMS_PORT,
            serviceUrl: e.TEAMS_SERVICE_URL,
            paceScale: e.TEAMS_PACE_SCALE,
          },
  };
}
