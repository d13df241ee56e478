import { Policy } from "../domain/sla/policy.js";
import type { PolicyDocument } from "../domain/sla/policy-schema.js";
import { celigo } from "./celigo.js";
import { cloudextend } from "./cloudextend.js";
import { cmConnectEngage } from "./cm-connect-engage.js";
import { kissflow } from "./kissflow.js";
import { kongoHubspot } from "./kongo-hubspot.js";
import { managedHelpdesk } from "./managed-helpdesk.js";

/** The built-in policies; their ids are part of the desk's contract. */
export const PRESET_DOCUMENTS: readonly PolicyDocument[] = [
  kongoHubspot,
  celigo,
  cmConnectEngage,
  managedHelpdesk,
  kissflow,
  cloudextend,
];

export const DEFAULT_POLICY_ID = "cm-connect-engage";

const compiled = new Map<string, Policy>();

export function presetIds(): string[] {
  return PRESET_DOCUMENTS.map((doc) => doc.id);
}

/** A built-in policy, validated on first use; undefined for an unknown id. */
export function presetPolicy(id: string): Policy | undefined {
  let policy = compiled.get(id);
  if (policy === undefined) {
    const document = PRESET_DOCUMENTS.find((doc) => doc.id === id);
    if (document === undefined) return undefined;
    policy = Policy.fromDocument(document, `preset ${id}`);
    compiled.set(id, policy);
  }
  return policy;
}
