import type { Policy } from "../sla/policy.js";

// A product failing as a whole, named as the subject of its clause ("Voice is not working"), and how a
// product's name or alias is matched against a few words. Which products a message names failing:
// contract-terms.ts.

/**
 * A clause whose subject is a product itself, failing as a whole: "Voice is not working", "sms sending
 * broken since 10:15", "whatsapp isnt working at all"; not "WhatsApp templates are rejected" (a part).
 */
export function productNamedFailing(raw: string, policy: Policy): string | undefined {
  for (const clause of raw.split(/[,;.!?:]|\band\b|\bbut\b/)) {
    const match = WHOLE_PRODUCT_FAILS.exec(clause) ?? WE_CANNOT_USE.exec(clause);
    if (match === null) continue;
    // the product's own name, not a part of it named after it: "WhatsApp templates are not working"
    const subject = (match[1] ?? "").trim();
    if (policy.products.some((product) => aliasIs(product.named, subject, "whole"))) return match[0].trim();
  }
  return undefined;
}

/** Each alias anchored, built once: these are read on every client message. */
const ANCHORED = new WeakMap<RegExp, { readonly whole: RegExp; readonly end: RegExp }>();

/**
 * Whether the words are a product's name or alias (`named`: "Service Cloud"), or end in one ("the SMS
 * gateway" ends in "gateway").
 */
export function aliasIs(named: RegExp, words: string, how: "whole" | "end"): boolean {
  let anchored = ANCHORED.get(named);
  if (anchored === undefined) {
    anchored = {
      whole: new RegExp(`^${named.source}$`, named.flags),
      end: new RegExp(`${named.source}$`, named.flags),
    };
    ANCHORED.set(named, anchored);
  }
  return anchored[how].test(words);
}

/**
 * "we can't make calls", "we cannot receive WhatsApp messages", "we can't send messages or take calls":
 * what the product is for, for the whole client; not "we can't send SMS to Belgium" (one destination).
 */
const WE_CANNOT_USE =
  /^\s*(?:(?:hi|hello|hey)\s*)?we (?:can'?t|cannot|can not|are unable to|are not able to) (?:make|send|receive|place|take|get) (?:any )?([\w.-]+(?: [\w.-]+)??)(?: messages| calls)?(?: (?:or|nor) (?:make|send|receive|place|take|get|answer) (?:any )?[\w.-]+(?: [\w.-]+)??(?: messages| calls)?)?(?!\s*\b(?:to|from|with|in|on|for|via)\b)\s*$/i;

const WHOLE_PRODUCT_FAILS =
  /^\s*(?:(?:hi|hello|hey)\s*)?(?:the |our |my )?(?:whole |entire )?(?:all )?(?:(?:inbound|outbound|incoming|outgoing) )?([\w.-]+(?: [\w.-]+)??)(?: (?:sending|delivery|channel|api|platform|service|calls|messaging|business|number|numbers|account|messages|texts)){0,2} (?:is |are |has |have |seems )?(?:completely |totally |entirely |just |still )?(?:stopped (?:arriving|coming in|coming through|going out|getting through|being delivered)|(?:are |is )?not (?:arriving|coming in|going out)|(?:aren'?t|isn'?t) (?:arriving|coming in|going out)|not working|isn'?t working|aren'?t working|isnt working|not sending|broken|stopped working|stopped (?:sending|delivering|receiving) (?:any )?messages|not loading|isn'?t loading|won'?t load|failing|(?:is |are )?not function(?:ing)?|blocked|banned|suspended|disabled|(?:not|aren'?t|isn'?t) (?:being )?(?:delivered|sent|received)|won'?t connect|not connecting|(?:don'?t|doesn'?t|do not|does not) (?:work|connect))\b/i;
