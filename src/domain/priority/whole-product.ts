import type { Policy } from "../sla/policy.js";
import { needingWords } from "./needed-words.js";

// A product failing as a whole, named as the subject of its clause ("Voice is not working"), and how a
// product's name or alias is matched against a few words. Which products a message names failing:
// contract-terms.ts.

/**
 * A clause whose subject is a product itself, failing as a whole: "Voice is not working", "sms sending
 * broken since 10:15", "whatsapp isnt working at all"; not "WhatsApp templates are rejected" (a part).
 */
export function productNamedFailing(raw: string, policy: Policy): string | undefined {
  for (const clause of raw.split(/[,;.!?:]|\band\b|\bbut\b/)) {
    for (const pattern of CLAUSE_PATTERNS) {
      const match = pattern.exec(clause);
      if (match === null) continue;
      // the product's own name, not a part of it named after it: "WhatsApp templates are not working"
      const subject = (match[1] ?? "").trim();
      const named = policy.products.some(
        (product) =>
          aliasIs(product.named, subject, "whole") || product.name.toLowerCase() === subject.toLowerCase(),
      );
      if (named) return match[0].trim();
    }
  }
  return undefined;
}

/**
 * Everything the client uses failing, said of the traffic or the services rather than by product: "no
 * texts, no calls, no chats", "not one call, not one WhatsApp", "all CM endpoints we use (SMS, voice,
 * conversational AI) time out", "all our CM services have stopped". Read where several products are
 * named failing: each of them is out, not a part of one.
 */
export function everythingStops(raw: string): string | undefined {
  return (NOTHING_OF_EACH.exec(raw) ?? ALL_SERVICES.exec(raw))?.[0];
}

const NONE_OF = "(?:no|not one|not a single|zero)";
const NOTHING_OF_EACH = needingWords(
  new RegExp(
    // not what the client looked for: "no errors, no logs"
    String.raw`\b${NONE_OF} (?!(?:errors?|logs?|warnings?|idea|clue|changes?)\b)[\w-]+(?: [\w-]+)?,? (?:(?:and|or|nor) )?${NONE_OF} (?!(?:errors?|logs?|warnings?|idea|clue|changes?)\b)[\w-]+\b`,
    "i",
  ),
);
const ALL_SERVICES = needingWords(
  /\b(?:all|each|every one) (?:of )?(?:our |the |your )?(?:[\w-]+ ){0,2}(?:services|products|channels|endpoints|platforms|systems)\b/i,
);

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
const WE_CANNOT_USE = needingWords(
  /^\s*(?:(?:hi|hello|hey)\s*)?we (?:can'?t|cannot|can not|are unable to|are not able to) (?:make|send|receive|place|take|get) (?:any )?([\w.-]+(?: [\w.-]+)??)(?: messages| calls)?(?: (?:or|nor) (?:make|send|receive|place|take|get|answer) (?:any )?[\w.-]+(?: [\w.-]+)??(?: messages| calls)?)?(?!\s*\b(?:to|from|with|in|on|for|via)\b)\s*$/i,
);

const WHOLE_PRODUCT_FAILS = needingWords(
  /^\s*(?:(?:hi|hello|hey)\s*)?(?:the |our |my )?(?:whole |entire )?(?:all |every )?(?:(?:inbound|outbound|incoming|outgoing) )?([\w.-]+(?: [\w.-]+)??)(?: (?:sending|delivery|channel|api|platform|service|calls|messaging|business|number|numbers|account|messages|texts)){0,2} (?:is |are |has |have |seems )?(?:completely |totally |entirely |just |still |all |both )?(?:stuck(?! on (?:one|a|the|some)\b)|stopped (?:arriving|coming in|coming through|going out|getting through|being delivered)|(?:are |is )?not (?:arriving|coming in|going out)|(?:aren'?t|isn'?t) (?:arriving|coming in|going out)|not working|isn'?t working|aren'?t working|isnt working|not sending|broken|stopped working|stopped (?:sending|delivering|receiving) (?:any )?messages|stopped(?! (?:\w+ing|to|by|for|on|in|with|the|a|an|some|one|most)\b)|time[sd]? out|timing out|not loading|isn'?t loading|won'?t load|failing|(?:is |are )?not function(?:ing)?|blocked|banned|suspended|disabled|(?:not|aren'?t|isn'?t) (?:being )?(?:delivered|sent|received)|won'?t connect|not connecting|(?:don'?t|doesn'?t|do not|does not) (?:work|connect))\b/i,
);

/**
 * The same, reading the subject as two words: "the Business Messaging API stopped working" (read first
 * as "Business", with "Messaging API" after it).
 */
const TWO_WORD_PRODUCT_FAILS = needingWords(
  new RegExp(
    WHOLE_PRODUCT_FAILS.source.replace("([\\w.-]+(?: [\\w.-]+)??)", "([\\w.-]+ [\\w.-]+)"),
    WHOLE_PRODUCT_FAILS.flags,
  ),
);

const CLAUSE_PATTERNS = [WHOLE_PRODUCT_FAILS, TWO_WORD_PRODUCT_FAILS, WE_CANNOT_USE];
