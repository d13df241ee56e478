import type { Policy } from "../sla/policy.js";
import { needingWords } from "./needed-words.js";
import { aliasIs } from "./whole-product.js";

// The part of a product a report opens on, where the contract ranks by products: "the speed dial doesn't
// work for anyone" is about a part of Voice, not Voice out.

/** What the report opens on: "the speed dial doesn't work", "the wrap-up codes are gone". */
const OPENING_SUBJECT = needingWords(
  /^\s*(?:(?:hi|hello|hey|since (?:this morning|yesterday|today|the update)|after (?:the|your|our) (?:[\w-]+ )?(?:update|release|upgrade|migration|maintenance))\W+)?the\s+((?:[\w'-]+\s+){0,3}?[\w'-]+?)(?:\s+(?:in|on|of|for|from|at)\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+?)?\s+(?:is|are|isn'?t|aren'?t|doesn'?t|don'?t|does not|do not|has|have|hasn'?t|haven'?t|won'?t|will not|keeps?|stopped|stops|fails?|failed|failing|returns?|gives?|shows?|seems?|no longer|never|suddenly)\b/i,
);

/**
 * Words for the whole of a product or all of them, for what it carries, or for the people and the
 * operation that use it ("our agents", "our contact center"): not a part of one.
 */
const WHOLE = needingWords(
  /\b(system|platform|app|application|tool|software|services?|environment|website|site|products?|channels?|cloud|api|apis|gateway|server|connection|account|everything|thing|stuff|login|network|numbers?|lines?|phones?|chat|chats|emails?|mail|widget|desktop|client|setup|set-up|agents?|team|users?|staff|colleagues?|customers?|callers?|people|employees?|everyone|everybody|company|business|office|organi[sz]ation|cent(?:er|re)|contact|support|operations?|campaigns?|sends?|traffic|messages?|calls?|inbox|queues?|department|floor|shift|delivery|deliveries|sending|receiving|inbound|outbound|keys?|tokens?|credentials|registration|all|both|each|calling|messaging|texting|chatting)$/i,
);

/**
 * Where the contract ranks by products, a report that opens on something that is neither one of them nor
 * the whole of one ("the speed dial doesn't work for anyone") is about a part of a product. Not what the
 * client calls its own ("our checkout is down for all users"): that is its business on the products.
 */
export function partNamedAsSubject(
  raw: string,
  policy: Policy,
): { readonly part: string; readonly rest: string } | undefined {
  if (policy.products.length < 2) return undefined;
  const opening = OPENING_SUBJECT.exec(raw.split(/[,;.!?:]/)[0] ?? "");
  const subject = opening?.[1];
  // What the subject is, is its last word: "the IVR time conditions" are conditions, "the SMS gateway" a gateway.
  // Getting in is the product: "the login page is down for everyone".
  if (
    opening === null ||
    subject === undefined ||
    WHOLE.test(subject) ||
    /\b(log ?-?in|sign ?-?in|signin)\b/i.test(subject)
  )
    return undefined;
  const named = [...policy.products, ...policy.sharedParts].some((product) =>
    aliasIs(product.named, subject, "end"),
  );
  if (named) return undefined;
  return { part: opening[0].trim().split(/\s+/).slice(0, -1).join(" "), rest: raw.slice(opening[0].length) };
}
