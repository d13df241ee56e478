import { z } from "zod";

/** An id in a policy document: a calendar, a level, a plan, the policy itself. */
export const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "use letters, digits, '-', '_' or '.'");
