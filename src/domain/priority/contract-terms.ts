import type { Policy } from "../sla/policy.js";
import type { AnalysedText } from "./text-analysis.js";

// Where the contract's own terms are read in a message: the environment (Celigo's non-production issues)
// and the products named (Connect & Engage's "multiple products").

/** A test, sandbox or other non-production environment. */
const NON_PRODUCTION =
  /\b(sandbox|staging|test (environment|env|instance|account|flow|flows|system|site|tenant|org)|(dev(elopment)?|qa|acceptance|trial|demo) (environment|env|instance|tenant|account|org)|non-?production|pre-?prod(uction)?|uat|beta (environment|instance|site|account|org|tenant))\b/i;
/** Production named as affected too ("production as well", "also in prod"). */
const PRODUCTION_TOO =
  /\b(prod|production|live)\b(?=.{0,40}\b(too|also|as well|down|fail|fails|failing|broken|affected)\b)|\b(also|too|as well) (in|on) (prod|production|live)\b/i;
/** Production named as the part that is fine. */
const PRODUCTION_FINE =
  /\b(prod|production|live)\b( \w+)? (is|are|looks|seems|works|runs|remains|stays) (still )?(not affected|unaffected|fine|ok|okay|good|normal|working|up)\b/i;

/** The words naming a non-production environment, unless production is named as affected too. */
export function environmentOf(raw: string): string | undefined {
  const where = NON_PRODUCTION.exec(raw);
  if (where === null) return undefined;
  if (PRODUCTION_TOO.test(raw) && !PRODUCTION_FINE.test(raw)) return undefined;
  return where[0];
}

/** Whether the words name a product other than the ones failing. */
export function isAnotherProduct(words: string, text: AnalysedText, policy: Policy): boolean {
  const failing = failingProducts(text, policy);
  return productsNamed(words, policy.products).some((product) => !failing.includes(product.name));
}

/** The products whose name or an alias the words contain. */
function productsNamed(words: string, products: readonly Product[]): Product[] {
  return products.filter((product) => product.aliases.some((alias) => alias.test(words)));
}

/**
 * "all channels are down", "any of your services", "the platform": every product, not "on all our
 * channels".
 */
const EVERY_PRODUCT =
  /(?<!\b(on|in|across|via|through|over) )\b(all|every|each|any) (of )?(our |the |your )?(\w+ )?(channel|product|service)s?\b/i;
/** "customers can't reach us on any channel": none of them works, so every product fails. */
const ON_NO_CHANNEL =
  /\b(can'?t|cannot|can not|unable to|not|nobody can|no one can)\b[^,;.]{0,40}\b(on|via|through|over) (any|either) (of )?(our |the |your )?(\w+ )?(channel|product|service)s?\b/i;
const ON_ANY = /\b(on|via|through|over) (any|either)\b/i;
/** "the CM platform", "your whole platform": all of it, unless the word before names one product. */
const PLATFORM = /\b(?:the|your|whole|entire) (?:whole |entire )?(?:([\w.]+) )?platform\b/i;

/**
 * A verdict on the provider, not a report: "your platform is useless today", "your platform fails us
 * again" (what fails follows).
 */
const VERDICT =
  /\b(is|are)( (so|just|completely|totally))? (useless|a disaster|a joke|garbage|rubbish|terrible|awful|a nightmare|unreliable|the worst)\b|\b(fails|failed|lets|let) (us|me)\b/;

function namesEveryProduct(clause: string, policy: Policy): boolean {
  if (EVERY_PRODUCT.test(clause)) return true;
  if (VERDICT.test(clause)) return false;
  // "our chatbot does not respond on any channel": the one product named fails wherever it runs.
  if (ON_NO_CHANNEL.test(clause))
    return productsNamed(clause.slice(0, clause.search(ON_ANY)), policy.products).length === 0;
  const platform = PLATFORM.exec(clause);
  if (platform === null) return false;
  const word = platform[1];
  return (
    word === undefined ||
    !policy.products.some((product) => product.aliases.some((alias) => alias.test(word)))
  );
}

/** "messaging works": a clause that ends saying it works, not "nothing works", "neither ... nor ... work". */
const WORKS_AT_END = /^(?!.*\b(nothing|neither|nor|not|never|nobody|none)\b)(?!.*n't\b).*\bworks?\s*$/;

/** Products named in a clause that says something fails, not in one that says it is fine. */
export function failingProducts(text: AnalysedText, policy: Policy): string[] {
  const clauses = text.raw.split(/[,;.!?]|\bbut\b|\bwhile\b|\bbtw\b/);
  const failingClauses = clauses
    .filter(
      (clause) =>
        !/\b(is|are|works?|looks?) (fine|ok|okay|good|working|normal)\b|\bfine\b|\bstill (works?|working|runs?|running|comes?|coming|arrives?|arriving|goes|going|gets?)\b|\b(works?|arrives?|comes? in|goes out|runs?|gets? through|go through) (as usual|normally|as normal|as expected)\b/.test(
          clause,
        ) && !WORKS_AT_END.test(clause),
    )
    .map((clause) =>
      clause
        .replace(MANAGED, " ")
        .replace(CAMPAIGN_CHANNEL, " campaign")
        .replace(BOT_CHANNEL, " ")
        .replace(CHANNEL_CHATS, "$1")
        .replace(API_CALLS, " requests")
        .replace(TOLD_BY, " "),
    );
  if (policy.products.length >= 2 && failingClauses.some((clause) => namesEveryProduct(clause, policy)))
    return policy.products.map((product) => product.name);
  // "marketing cloud: every journey has stopped, no emails or sms sent": the label says which product
  // the report is about; the channels it sends on are not other products down.
  const label = LABEL.exec(text.raw)?.[1];
  const labelled = label === undefined ? [] : namedIn([label], policy.products);
  if (labelled.length === 1) return labelled;
  const products = namedIn(failingClauses, policy.products);
  // "the portal shows all numbers as 'inactive'": where the client saw it, not a part that fails
  const sharedPartsFailing = failingClauses.map((clause) =>
    withoutOwnParts(clause.replace(SHOWN_IN_IT, " ").replace(SHOWS_IT, " "), policy),
  );
  // "the portal and the messaging API are both down": a part every product runs through, beside one.
  return products.length === 0 ? products : [...products, ...namedIn(sharedPartsFailing, policy.sharedParts)];
}

/**
 * The clause without the shared parts a product's name owns, or the client's own: "the voice portal" is
 * Voice's own portal, "our customer portal" the one the client runs for its customers; neither is the
 * portal every product runs through.
 */
function withoutOwnParts(clause: string, policy: Policy): string {
  let rest = clause;
  for (const part of policy.sharedParts) {
    for (const alias of part.aliases) {
      rest = rest.replace(new RegExp(alias.source, "gi"), (name: string, ...match: unknown[]) => {
        const before = rest.slice(0, match.at(-2) as number).trimEnd();
        const owned =
          CLIENTS_OWN.test(before) ||
          // "test messages via the portal also fail": where they were sent from, not a part that fails
          /\b(via|through|using)( the| our| your)?$/.test(before) ||
          (!/\b(and|or)$/.test(before) &&
            policy.products.some((product) =>
              product.aliases.some((owner) => aliasIs(owner, before, "end")),
            ));
        return owned ? " " : name;
      });
    }
  }
  return rest;
}

/**
 * A part the client runs for its own customers: "our customer portal"; not "your customer portal" (the
 * provider's, where its customers log in).
 */
const CLIENTS_OWN =
  /\b(our|my) (own )?(\w+ )?(customer|client|patient|member|partner|supplier|dealer|self-service|webshop|web shop)s?$/;

function namedIn(failingClauses: readonly string[], candidates: readonly Product[]): string[] {
  return candidates
    .filter((product) =>
      failingClauses.some((clause) => {
        const at = firstNamed(clause, product);
        if (at === undefined) return false;
        // "the inbox doesn't show new messages", "Marketing Cloud sends no messages": the messages another
        // product shows, sends or answers are what it carries, not a second product failing.
        if (
          namedOnlyAs(CARRIED_MESSAGES, clause, product) &&
          namedFailingElsewhere([clause], candidates, product)
        )
          return false;
        // "WhatsApp messages aren't reaching us, the inbox is empty": where they would land; "the chatbot
        // stopped responding to all customer messages": what goes unanswered. Neither is a second product
        // failing, once another product is named as the one that fails.
        if (
          (namedOnlyAs(EMPTY_DESTINATION, clause, product) ||
            namedOnlyAs(REACHED_DESTINATION, clause, product) ||
            namedOnlyAs(ANSWERED, clause, product)) &&
          namedFailingElsewhere(failingClauses, candidates, product)
        )
          return false;
        // "the chatbot doesn't respond on the website or on WhatsApp": WhatsApp is where the chatbot runs,
        // not a second product failing. "on the messaging API and the voice API": both fail.
        if (!onlyAsChannel(clause, product)) return true;
        // "WhatsApp inbound is broken, nothing lands in the inbox": where the messages land is not a
        // second product failing, once another product is named as the one that fails.
        if (
          namedOnlyAs(LANDS_IN, clause, product) &&
          namedFailingElsewhere(failingClauses, candidates, product)
        )
          return false;
        return !candidates.some((other) => {
          const otherAt = other === product ? undefined : firstNamed(clause, other);
          return otherAt !== undefined && otherAt < at && !onlyAsChannel(clause, other);
        });
      }),
    )
    .map((product) => product.name);
}

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
    if (policy.products.some((product) => product.aliases.some((alias) => aliasIs(alias, subject, "whole"))))
      return match[0].trim();
  }
  return undefined;
}

/** Each alias anchored, built once: these are read on every client message. */
const ANCHORED = new WeakMap<RegExp, { readonly whole: RegExp; readonly end: RegExp }>();

/** Whether the words are the alias ("Service Cloud"), or end in it ("the SMS gateway" ends in "gateway"). */
function aliasIs(alias: RegExp, words: string, how: "whole" | "end"): boolean {
  let anchored = ANCHORED.get(alias);
  if (anchored === undefined) {
    anchored = {
      whole: new RegExp(`^${alias.source}$`, alias.flags),
      end: new RegExp(`${alias.source}$`, alias.flags),
    };
    ANCHORED.set(alias, anchored);
  }
  return anchored[how].test(words);
}

/**
 * "we can't make calls", "we cannot receive WhatsApp messages": what the product is for, for the whole
 * client; not "we can't send SMS to Belgium" (one destination).
 */
const WE_CANNOT_USE =
  /^\s*(?:(?:hi|hello|hey)\s*)?we (?:can'?t|cannot|can not|are unable to|are not able to) (?:make|send|receive|place|take|get) (?:any )?([\w.-]+(?: [\w.-]+)??)(?: messages| calls)?(?!\s*\b(?:to|from|with|in|on|for|via)\b)\s*$/i;

const WHOLE_PRODUCT_FAILS =
  /^\s*(?:(?:hi|hello|hey)\s*)?(?:the |our |my )?(?:whole |entire )?([\w.-]+(?: [\w.-]+)??)(?: (?:sending|delivery|channel|api|platform|service|calls|messaging|business)){0,2} (?:is |are |has |have |seems )?(?:completely |totally |entirely |just |still )?(?:not working|isn'?t working|aren'?t working|isnt working|not sending|broken|stopped working|not loading|isn'?t loading|won'?t load|failing|(?:is |are )?not function(?:ing)?|blocked|banned|suspended|disabled|(?:not|aren'?t|isn'?t) (?:being )?(?:delivered|sent|received)|won'?t connect|not connecting|(?:don'?t|doesn'?t|do not|does not) (?:work|connect))\b/i;

type Product = Policy["products"][number];

/** Where in the clause the product is first named, if it is. */
function firstNamed(clause: string, product: Product): number | undefined {
  const positions = product.aliases.map((alias) => clause.search(alias)).filter((index) => index >= 0);
  return positions.length === 0 ? undefined : Math.min(...positions);
}

/** Named only as where something runs ("on WhatsApp", "by phone"), never as what fails. */
function onlyAsChannel(clause: string, product: Product): boolean {
  return namedOnlyAs(RUNS_ON, clause, product);
}

/** Where messages land or show up: "nothing lands in the inbox", "chats don't show up in Service Cloud". */
const LANDS_IN =
  /\b(?:land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|(?:come|comes|came|coming) (?:in|through)|show(?:s|ed)? up|appear(?:s|ed)?|end(?:s|ed)? up)\b[^,;.]{0,20}?\b(?:in|into) (?:the |our )?[\w.-]+(?: [\w.-]+)?/gi;

/** Where messages do not get to: "none of our WhatsApp messages have reached the inbox". */
const REACHED_DESTINATION =
  /\b(?:reach|reaches|reached|reaching|get to|got to|gets to) (?:the |our )?(?:inbox|queue|agent desktop)\b/gi;

/** Where nothing landed: "the inbox is empty". */
const EMPTY_DESTINATION =
  /\b(?:the |our )?(?:inbox|queue)s? (?:is|are|stays|remains) (?:completely |totally |still )?empty\b/gi;

/** What is answered, or not: "responding to all customer messages", "replies to incoming chats". */
const ANSWERED =
  /\b(?:respond\w*|repl(?:y|ies|ied|ying)|answer\w*) to (?:all |any |every )?(?:of )?(?:our |the |their )?(?:customer |customers' |incoming |inbound |new )?[\w.-]+(?: [\w.-]+)?/gi;

/** Whether the product is named in the clause only in the words the pattern matches. */
function namedOnlyAs(words: RegExp, clause: string, product: Product): boolean {
  const without = clause.replace(words, " ");
  return !product.aliases.some((alias) => alias.test(without));
}

/** Another product named, not only as a channel, in a clause that says something fails. */
function namedFailingElsewhere(clauses: readonly string[], candidates: readonly Product[], product: Product) {
  return candidates.some(
    (other) =>
      other !== product &&
      clauses.some((clause) => firstNamed(clause, other) !== undefined && !onlyAsChannel(clause, other)),
  );
}

/** A report opening with what it is about: "Service Cloud: ...", "voice - ...". */
const LABEL = /^\s*([\w &]{2,30}?)\s*(?::|\s-)\s/;

/** The channel a campaign goes out on: "SMS campaigns", "WhatsApp campaigns" are the campaigns' product. */
const CAMPAIGN_CHANNEL = /\b(?:sms|whatsapp|rcs|email|e-mail|voice)(?= campaigns?\b)/gi;

/** Messages as what something shows, sends, answers or owns: "shows no new messages", "the bot's messages". */
const CARRIED_MESSAGES =
  /(?<=\b(?:show|shows|showing|shown|load|loads|loading|loaded|send|sends|sending|sent|answer|answers|answering|get|gets|getting|receive|receives|receiving|display|displays|see|sees|open|opens|read|reads|deliver|delivers|to|from|'s) (?:(?:the|our|any|new|all|no|incoming|outgoing|inbound|outbound|customer|customers'|their|its) ){0,3})messages?\b/gi;

/** The channel a bot answers on: "our WhatsApp bot", "the voice bot" are the bot's product. */
const BOT_CHANNEL = /\b(?:sms|whatsapp|rcs|voice|messenger|web ?chat)(?= ?(?:chat)?bot(?:'?s)?\b)/gi;

/** A part that shows what is wrong: "the portal shows all numbers as 'inactive'", "the portal says". */
/** "the account shows 'disconnected' in the portal": where the client saw it, not a part that fails */
const SHOWN_IN_IT =
  /\b(?:shows?|shown|showing|says?|saying|displays?|displayed|listed|marked)\b[^,.;]{0,40}\b(?:in|on) (?:the|our|your) [\w.-]+/gi;
const SHOWS_IT = /\b(?:the |our |your )?[\w.-]+ (?:shows|says|lists|displays|reports|marks)\b/gi;

/** A channel's chats are its messages, not the live chat: "WhatsApp chats don't come in for anyone". */
const CHANNEL_CHATS = /\b(sms|whatsapp|rcs|messenger|instagram|facebook|telegram|viber) chats?\b/gi;

/** Requests to an API are not Voice's calls: "our SMS API calls return 'service unavailable'". */
const API_CALLS = /\b(?:api|http|https|rest|webhook|endpoint) calls?\b/gi;

/** A channel the client hears about it on, which works: "customers tell us by phone they've written". */
const TOLD_BY =
  /\b(?:tell|tells|told|inform|informs|informed|let|lets|warn|warns|warned)(?: \w+)? (?:us|me) (?:by|via|over) (?:the )?(?:phone|telephone|email|e-mail|mail)\b/gi;

/** What is managed somewhere else, not what fails: "we can't manage our SMS" (in the portal). */
const MANAGED = /\b(manage|configure|administer|set up) (the |our |my )?[\w.-]+( [\w.-]+)?/gi;

/**
 * A channel named as where something runs or lands: "on WhatsApp", "via SMS", "by phone", "in the inbox",
 * "our chats don't reach the inbox" (but "we can't reach the portal", "the agents cannot log into the inbox":
 * the portal and the inbox fail).
 */
const RUNS_ON =
  /\b(?:(?:on|via|over|through|by) (?:the |our )?|in (?:the|our) |in (?=whatsapp|sms|rcs|messenger|instagram|telegram|viber|apple messages)|(?<!(?:can'?t|cannot|can not|unable to|couldn'?t|not able to) )(?<!\b(?:log|logs|logged|logging|sign|signs|signed|signing|login|get|gets|got|getting) )(?:reach|into) (?:the|our) |(?:sent|send|sending) from (?:the |our )?)[\w.-]+(?: [\w.-]+)?/gi;

/** What the report opens on: "the speed dial doesn't work", "the wrap-up codes are gone". */
const OPENING_SUBJECT =
  /^\s*(?:(?:hi|hello|hey|since (?:this morning|yesterday|today|the update))\W+)?the\s+((?:[\w'-]+\s+){0,3}?[\w'-]+?)(?:\s+(?:in|on|of|for|from|at)\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+?)?\s+(?:is|are|isn'?t|aren'?t|doesn'?t|don'?t|does not|do not|has|have|hasn'?t|haven'?t|won'?t|will not|keeps?|stopped|stops|fails?|failed|failing|returns?|gives?|shows?|seems?|no longer|never|suddenly)\b/i;

/**
 * Words for the whole of a product or all of them, for what it carries, or for the people and the
 * operation that use it ("our agents", "our contact center"): not a part of one.
 */
const WHOLE =
  /\b(system|platform|app|application|tool|software|services?|environment|website|site|products?|channels?|cloud|api|apis|gateway|server|connection|account|everything|thing|stuff|login|network|numbers?|lines?|phones?|chat|chats|emails?|mail|widget|desktop|client|setup|set-up|agents?|team|users?|staff|colleagues?|customers?|callers?|people|employees?|everyone|everybody|company|business|office|organi[sz]ation|cent(?:er|re)|contact|support|operations?|campaigns?|sends?|traffic|messages?|calls?|inbox|queues?|department|floor|shift|delivery|deliveries|sending|receiving|inbound|outbound|keys?|tokens?|credentials|registration|all|both|each|calling|messaging|texting|chatting)$/i;

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
    product.aliases.some((alias) => aliasIs(alias, subject, "end")),
  );
  if (named) return undefined;
  return { part: opening[0].trim().split(/\s+/).slice(0, -1).join(" "), rest: raw.slice(opening[0].length) };
}
