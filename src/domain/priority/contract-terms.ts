import type { Policy } from "../sla/policy.js";
import { withCallsAsVoice } from "./call-mentions.js";
import {
  BRACKETED_LIST_COMMA,
  clausesTellingOfFailure,
  LIST_COMMA,
  WORK_LIST_COMMA,
} from "./failure-clauses.js";
import { needingWords } from "./needed-words.js";
import {
  ACCORDING_TO,
  AGENTS_WORK,
  ALSO_FAILING,
  ANSWERED,
  BARE_CAMPAIGNS,
  BOT_CHANNEL,
  BOT_NAMED,
  CAMPAIGN_CHANNEL,
  CARRIED_MESSAGES,
  CHANNEL_CHATS,
  CHANNEL_INBOX,
  CHANNEL_MESSAGES_IN_INBOX,
  CHANNELS_NOT_SHOWING,
  CLIENTS_OWN,
  EMAIL_MARKETING_NAMED,
  EMAILS_LANDING,
  EMAILS_SENT_FROM,
  EMPTY_DESTINATION,
  EVERY_PRODUCT,
  INBOX_NAMED,
  LANDS_IN,
  MADE_FROM,
  MANAGED,
  MESSAGING_NAMED,
  PROVIDERS_SUPPORT,
  REACHED_BY_NO_WAY,
  REACHED_DESTINATION,
  REPLIES_ON_CHANNEL,
  RUNS_ON,
  SHOWN_IN_IT,
  SHOWS_IT,
  VERDICT,
  WORK_WE_CANNOT_DO,
} from "./product-mentions.js";
import { firstNamed, namedElsewhere, namedOnlyAs, type Product } from "./product-naming.js";
import type { AnalysedText } from "./text-analysis.js";
import { aliasIs } from "./whole-product.js";
import { MESSAGES_TO_AGENTS, SITE_CHAT, withWritingAsChannel } from "./written-mentions.js";

// Where the contract's products are read in a message: which of them fail (Connect & Engage's "multiple
// products"). Whether one fails as a whole: whole-product.ts. The part of one a report opens on:
// opening-part.ts.

/** Whether the words name a product other than the ones failing. */
export function isAnotherProduct(words: string, text: AnalysedText, policy: Policy): boolean {
  const failing = failingProducts(text, policy);
  return productsNamed(words, policy.products).some((product) => !failing.includes(product.name));
}

/** The products whose name or an alias the words contain. */
function productsNamed(words: string, products: readonly Product[]): Product[] {
  return products.filter((product) => product.named.test(words));
}

/** "customers can't reach us on any channel": none of them works, so every product fails. */
const ON_NO_CHANNEL = needingWords(
  /\b(can'?t|cannot|can not|unable to|not|nobody can|no one can)\b[^,;.]{0,40}\b(on|via|through|over) (any|either) (of )?(our |the |your )?(\w+ )?(channel|product|service)s?\b/i,
);
const ON_ANY = needingWords(/\b(on|via|through|over) (any|either)\b/i);
/**
 * "the CM platform", "your whole platform": all of it, unless the word before names one product; not the
 * way something goes or where it leaves from: "we can't send any SMS through your platform", "no SMS
 * leaves the CM platform"; nor where others are: "two other companies we know on your platform"; nor where
 * something was brought: "we moved our inbound line to your platform in March".
 */
const PLATFORM = needingWords(
  /(?<!\b(?:through|via|using|over|with|from|leaves?|left|leaving|out of) )(?<!\b(?:move[ds]?|moving|migrat(?:e[ds]?|ing)|switch(?:ed|es|ing)?|port(?:ed|ing|s)?|brought|bring(?:ing)?)\b(?: [\w']+){0,4} (?:to|onto) )(?<!\b(?:customers?|clients?|compan(?:y|ies)|partners?|agenc(?:y|ies)|brands?|accounts?|business(?:es)?|know|manage|run|running|are|is) on )\b(?:the|your|whole|entire) (?:whole |entire )?(?:([\w.]+) )?platform\b/i,
);

function namesEveryProduct(clause: string, policy: Policy): boolean {
  if (EVERY_PRODUCT.test(clause) || REACHED_BY_NO_WAY.test(clause)) return true;
  if (VERDICT.test(clause)) return false;
  // "our chatbot does not respond on any channel": the one product named fails wherever it runs.
  if (ON_NO_CHANNEL.test(clause))
    return productsNamed(clause.slice(0, clause.search(ON_ANY)), policy.products).length === 0;
  const platform = PLATFORM.exec(clause);
  if (platform === null) return false;
  const word = platform[1];
  return word === undefined || !policy.products.some((product) => product.named.test(word));
}

/**
 * Products named in a clause that says something fails, not in one that says it is fine. Asked several
 * times of one message (its reach, its rating, whether to ask): read once per message and contract.
 */
export function failingProducts(text: AnalysedText, policy: Policy): readonly string[] {
  const known = FAILING.get(text)?.get(policy);
  if (known !== undefined) return known;
  const failing = readFailingProducts(text, policy);
  FAILING.set(text, (FAILING.get(text) ?? new WeakMap()).set(policy, failing));
  return failing;
}

const FAILING = new WeakMap<AnalysedText, WeakMap<Policy, readonly string[]>>();

/** The clause without the work agents cannot do; said by who cannot do it, only where nothing else fails in it. */
function withoutAgentsWork(clause: string, policy: Policy): string {
  const rest = clause.replace(AGENTS_WORK, " work");
  const said = rest.replace(WORK_WE_CANNOT_DO, " work");
  return said !== rest && namedIn([said], policy.products).length === 0 ? said : rest;
}

function readFailingProducts(text: AnalysedText, policy: Policy): readonly string[] {
  // a contract that names no products (only Connect & Engage's does): nothing below could name one
  if (policy.products.length === 0) return [];
  const botNamed = BOT_NAMED.test(text.raw);
  // the channel people write on is named before the message is cut into clauses: "whoever writes to us, sms,
  // whatsapp or email, gets an error back" tells of email in the clause that says what comes back
  const written = withWritingAsChannel(text.raw);
  const raw = INBOX_NAMED.test(written) ? written.replace(CHANNELS_NOT_SHOWING, " ") : written;
  // "… see 'agent unavailable' even though 12 agents are online": what is said to work is a clause of its own;
  // so is a cause: "chats sit unanswered because the desktop won't load" (what goes unanswered is not a
  // product failing, the desktop is)
  const clauses = raw
    .replace(LIST_COMMA, " and")
    .replace(BRACKETED_LIST_COMMA, " and")
    .replace(WORK_LIST_COMMA, " and")
    .split(/[,;.!?\n]|\bbut\b|\bwhile\b|\bbtw\b|\beven though\b|\balthough\b|\bwhereas\b|\bbecause\b/);
  const reported = clausesTellingOfFailure(clauses, raw);
  const campaignsAreMessages =
    reported.some((clause) => MESSAGING_NAMED.test(clause)) && !EMAIL_MARKETING_NAMED.test(raw);
  const failingClauses = reported.map((clause) =>
    withCallsAsVoice(
      clause
        .replace(MANAGED, " ")
        .replace(BARE_CAMPAIGNS, (campaigns) => (campaignsAreMessages ? " sends" : campaigns))
        .replace(CAMPAIGN_CHANNEL, " campaign")
        .replace(BOT_CHANNEL, " ")
        .replace(SITE_CHAT, botNamed ? " site" : " live chat")
        .replace(REPLIES_ON_CHANNEL, (replies) => (botNamed ? " replies" : replies))
        .replace(CHANNEL_CHATS, "$1")
        .replace(CHANNEL_INBOX, "$1")
        .replace(CHANNEL_MESSAGES_IN_INBOX, "$1"),
    )
      .replace(PROVIDERS_SUPPORT, " ")
      .replace(ACCORDING_TO, " "),
  );
  if (policy.products.length >= 2 && failingClauses.some((clause) => namesEveryProduct(clause, policy)))
    return policy.products.map((product) => product.name);
  // "marketing cloud: every journey has stopped, no emails or sms sent": the label says which product
  // the report is about; the channels it sends on are not other products down.
  // not one of a list of labels: "SMS API: 503. Voice API: 503. Portal: 503."
  const label = (text.raw.match(LABELS) ?? []).length > 1 ? undefined : LABEL.exec(text.raw)?.[1];
  const labelled = label === undefined ? [] : namedIn([label], policy.products);
  if (labelled.length === 1) return labelled;
  const withWork = namedIn(failingClauses, policy.products);
  // Where a product is named failing besides, the work agents cannot do is what its failure stops; not
  // where the only other one is said to fail too: "nobody can take calls or chats, and WhatsApp is silent too"
  const alsoFailing = failingClauses.map((clause) => ALSO_FAILING.test(clause));
  // read once per clause, not once per pair: a long report has dozens
  const namesNoProduct = alsoFailing.some(Boolean)
    ? failingClauses.map((clause) => namedIn([clause], policy.products).length === 0)
    : [];
  const workOnItsOwn = (at: number) =>
    alsoFailing.some((also, after) => also && after > at) &&
    failingClauses.every((_, j) => j === at || alsoFailing[j] || namesNoProduct[j]);
  const withoutWork = namedIn(
    failingClauses.map((clause, at) =>
      alsoFailing[at] || workOnItsOwn(at) ? clause : withoutAgentsWork(clause, policy),
    ),
    policy.products,
  );
  const products = withoutWork.length > 0 ? withoutWork : withWork;
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
  if (policy.sharedParts.length === 0) return clause;
  let rest = clause;
  for (const part of policy.sharedParts) {
    rest = rest.replace(everywhere(part.named), (name: string, ...match: unknown[]) => {
      const before = rest.slice(0, match.at(-2) as number).trimEnd();
      const owned =
        CLIENTS_OWN.test(before) ||
        SENT_THROUGH.test(before) ||
        (!/\b(and|or)$/.test(before) &&
          policy.products.some((product) => aliasIs(product.named, before, "end")));
      return owned ? " " : name;
    });
  }
  return rest;
}

/**
 * "test messages via the portal also fail", "every send from the portal and the API returns 'account
 * suspended'": where they were sent from, not a part that fails.
 */
const SENT_THROUGH = needingWords(
  /\b(via|through|using)( the| our| your)?$|\b(send|sends|sent|sending|messages?|texts?|sms|calls?|campaigns?)\b[^,;.]{0,12}? from( the| our| your)?$/,
);

/** Each part's name matched everywhere in a clause, built once: these are read on every client message. */
const EVERYWHERE = new WeakMap<RegExp, RegExp>();

function everywhere(named: RegExp): RegExp {
  const global = EVERYWHERE.get(named) ?? new RegExp(named.source, "gi");
  EVERYWHERE.set(named, global);
  return global;
}

function namedIn(failingClauses: readonly string[], candidates: readonly Product[]): string[] {
  return candidates
    .filter((product) =>
      failingClauses.some((clause) => {
        const at = firstNamed(clause, product);
        if (at === undefined) return false;
        // "the inbox doesn't show new messages", "Marketing Cloud sends no messages", "the inbox loads for
        // nobody ... we can't see their messages": the messages another product shows, sends or answers are
        // what it carries, not a second product failing.
        // "the chat on our website is not working, messages are not arriving to agents": the chat's messages,
        // wherever the chat is named
        if (
          namedOnlyAs(MESSAGES_TO_AGENTS, clause, product) &&
          namedElsewhere(failingClauses, candidates, product, MESSAGES_TO_AGENTS)
        )
          return false;
        if (
          namedOnlyAs(CARRIED_MESSAGES, clause, product) &&
          namedElsewhere(failingClauses, candidates, product)
        )
          return false;
        // "WhatsApp messages aren't reaching us, the inbox is empty": where they would land; "the chatbot
        // stopped responding to all customer messages": what goes unanswered; "no calls can be made from
        // the agent desktop": where they are made. None is a second product failing, once another product
        // is named as the one that fails.
        if (
          (namedOnlyAs(EMPTY_DESTINATION, clause, product) ||
            namedOnlyAs(REACHED_DESTINATION, clause, product) ||
            namedOnlyAs(ANSWERED, clause, product) ||
            (namedOnlyAs(MADE_FROM, clause, product) && !EMAILS_SENT_FROM.test(clause))) &&
          namedElsewhere(failingClauses, candidates, product)
        )
          return false;
        // "the chatbot doesn't respond on the website or on WhatsApp": WhatsApp is where the chatbot runs,
        // not a second product failing. "on the messaging API and the voice API": both fail.
        if (!namedOnlyAs(RUNS_ON, clause, product) || EMAILS_SENT_FROM.test(clause)) return true;
        // "WhatsApp inbound is broken, nothing lands in the inbox": where the messages land is not a
        // second product failing, once another product is named as the one that fails; nor is it where
        // the channel they were sent on is named ("customers who message us on WhatsApp get no answer:
        // nothing arrives in the inbox"), which is one product failing either way.
        // Emails that no longer land in the inbox are its own channel failing, whatever else fails beside.
        const landsIn = namedOnlyAs(LANDS_IN, clause, product);
        if (landsIn && EMAILS_LANDING.test(clause)) return true;
        if (
          landsIn &&
          (namedElsewhere(failingClauses, candidates, product) ||
            namedElsewhere(failingClauses, candidates, product, LANDS_IN))
        )
          return false;
        return !candidates.some((other) => {
          const otherAt = other === product ? undefined : firstNamed(clause, other);
          return otherAt !== undefined && otherAt < at && !namedOnlyAs(RUNS_ON, clause, other);
        });
      }),
    )
    .map((product) => product.name);
}

/** A report opening with what it is about: "Service Cloud: ...", "voice - ...". */
const LABEL = needingWords(/^\s*([\w &]{2,30}?)\s*(?::|\s-)\s/);
const LABELS = needingWords(/(?:^|[.!?\n])\s*[\w &]{2,30}?\s*:\s/g);
