import { z } from "zod";
import { id } from "./policy-id.js";

const severityLevels = z.strictObject({
  widespread_outage: id.optional(),
  outage: id.optional(),
  major_impact: id.optional(),
  minor_impact: id.optional(),
  trivial: id.optional(),
  planned: id.optional(),
});

/**
 * The contract's own rules for reading a client's message (`classification` in a policy document): how
 * its levels stand for the shared severities, and how it ranks what the levels' words single out.
 */
export const classification = z.strictObject({
  severityLevels: severityLevels.optional(),
  /**
   * The level of every test, sandbox and other non-production issue, whatever it says, where the
   * contract sets one (Celigo: low).
   */
  nonProductionLevel: id.optional(),
  /**
   * How a whole module or business process out of service ranks: as an outage (the default; Celigo's
   * "a critical business process is blocked" is urgent) or as a major impact (Kissflow's "an entire
   * module is affected" is high, below "the system is down").
   */
  wholeModuleOut: z.enum(["outage", "major_impact"]).optional(),
  /**
   * Where a contract has a level for issues "with no deadline" (the managed helpdesk's P5), a client's
   * "no rush" makes an issue trivial; elsewhere it changes nothing.
   */
  noDeadline: z.literal("trivial").optional(),
  /**
   * Where levels count who can keep working (Connect & Engage: P3 is "a breaking issue within a product,
   * but majority of the users are able to continue"), wrong or late results for everyone are a major
   * impact; elsewhere (the default) a minor one.
   */
  wrongForEveryone: z.enum(["major_impact", "minor_impact"]).optional(),
  /**
   * How a failure ranks that the message does not show covering a whole module or everyone ("reassign
   * fails with an error"): a major impact (the default), or a minor one where the contract's levels
   * follow the part affected (Kissflow: "a feature within a module" is medium, "an entire module" high).
   */
  partFailing: z.enum(["major_impact", "minor_impact"]).optional(),
  /**
   * How a cosmetic defect ranks: trivial (the default: most contracts put cosmetics at the bottom), or a
   * minor impact where the bottom level is for issues without a deadline and questions (the managed
   * helpdesk's P4 is "defects ... that do not impact productivity").
   */
  cosmetic: z.enum(["minor_impact", "trivial"]).optional(),
  /**
   * How an annoyance ranks ("annoying", a setting that does not stick, a prompt that keeps coming back):
   * as a cosmetic defect (the default), or a minor impact where a level is for "a small incident that
   * impacts use of the product" above one for issues that "do not impact the product" (Connect &
   * Engage's P4 and P5): it gets in the way of the work, it is not only how something looks.
   */
  annoyance: z.enum(["minor_impact", "trivial"]).optional(),
  /**
   * How one person who cannot work at all ranks ("my laptop won't start, I can't work"): a minor impact
   * (the default: one person is not the product out), or a major one where a level is for issues that
   * "could impact productivity" (the managed helpdesk's P3).
   */
  oneBlocked: z.enum(["major_impact", "minor_impact"]).optional(),
  /**
   * Where a level is for defects "that do not impact productivity" (the managed helpdesk's P4), an issue
   * the client works around, or one beside parts that still work, keeps the rating its words were read
   * at: the wording of similar reports does not raise it ("not raised"). Elsewhere (the default) it may.
   */
  workedAround: z.literal("not raised").optional(),
  /**
   * How a business-critical process that fails with no way around it ranks ("we can't build the Black
   * Friday mailing"): an outage where the contract says so (Celigo: "a critical business process is
   * blocked, and there is no reasonable work around" is urgent), or a major impact (the default) where
   * the levels follow who is affected, not what it costs.
   */
  criticalBlocked: z.enum(["outage", "major_impact"]).optional(),
  /**
   * How a slowdown ranks that is so bad everyone's work stops ("every click takes a minute, agents can't
   * help the customers"): an outage where the levels count who is able to use the product (Connect &
   * Engage's P2: "majority of the users are not able to use that product"), or a major impact (the
   * default) where the contract calls it severely degraded but still operational (Celigo's high).
   */
  unusablySlow: z.enum(["outage", "major_impact"]).optional(),
  products: z
    .array(z.strictObject({ name: z.string(), aliases: z.array(z.string().min(1)).min(1) }))
    .optional(),
  /**
   * Parts every product runs through (Connect & Engage's portal): named as down beside a product that is
   * down too, they make the report one of several products.
   */
  sharedParts: z.array(z.string().min(1)).optional(),
  /**
   * The services a customer's business runs on (the managed helpdesk's internet, email, phones, servers):
   * one of them failing for everyone is an outage. Where a contract lists them, any other app or device
   * failing for everyone ("the timesheet app fails for all staff") is an outage only where the client
   * says work has stopped (no way around it, a business-critical process blocked); otherwise a major
   * impact. Where a contract lists none, anything failing for everyone is an outage.
   */
  coreServices: z.array(z.string().min(1)).optional(),
});
