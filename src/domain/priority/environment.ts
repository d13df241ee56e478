import { needingWords } from "./needed-words.js";

// Where a message says the issue is: a test, sandbox or other non-production environment (Celigo's
// contract sets the level of every such issue).

/** A test, sandbox or other non-production environment. */
const NON_PRODUCTION = needingWords(
  /\b(sandbox|staging|test (environment|env|instance|account|flow|flows|system|site|tenant|org)|(dev(elopment)?|qa|acceptance|trial|demo) (environment|env|instance|tenant|account|org)|non-?production|pre-?prod(uction)?|uat|beta (environment|instance|site|account|org|tenant)|(not|n't) (yet )?live yet|not yet live|(haven't|have not|hasn't|has not) (yet )?(gone|go) live|before (we |the )?go(ing)?[ -]live|pre-?go-?live)\b/i,
);
/**
 * Production named as affected too ("production as well", "also in prod", "in the sandbox and in
 * production"); not the day it starts ("go-live is tomorrow") nor a system not live yet.
 */
const PRODUCTION_TOO = needingWords(
  /\b(prod|production|(?<!\bgo[ -])(?<!(?:not|n't) (?:yet )?)live(?! yet\b))\b(?=.{0,40}\b(too|also|as well|down|fail|fails|failing|broken|affected|unreachable|unavailable|offline|dead|stopped|stuck)\b)|\b(also|too|as well|and|as well as) (in|on) (prod|production|live)\b/i,
);
/**
 * Production named as the part that is fine, or as not where it is: "Not production — only our sandbox",
 * "nothing in production affected".
 */
const PRODUCTION_FINE = needingWords(
  /\b(prod|production|live)\b( \w+)? ((is|are|looks|seems|works|runs|remains|stays) (still )?(not affected|unaffected|fine|ok|okay|good|normal|working|up)|(isn't|aren't|wasn't|is not|are not|was not|not) (affected|impacted|down|broken))\b|(?:^|[.:;,!—–-]\s*)(?:(?:it's|it is|this is|that's) )?not (?:in |on )?(?:prod|production)\b(?! (?:yet|either)\b)|\b(?:nothing|no \w+) (?:else )?(?:in|on) (?:prod|production|live)\b(?: (?:is|was|are|were|got|has been))? (?:affected|impacted|touched|down|broken)\b|\bno (?:impact|effect) (?:on|in) (?:prod|production|live)\b/i,
);

/** Where the client says the issue is not: "Not a test environment issue: production …", "not in our sandbox". */
const NOT_THERE = needingWords(
  /\b(?:not|n't|no longer|nothing to do with)(?: (?:a|an|the|our|in|on|just|only|in the|in our|on the|on our))?\s*$/i,
);

/** Said to work there: "In our sandbox the same flow is fast" beside a production flow slowed down. */
const WORKS_THERE = needingWords(
  /^(?:(?!\b(?:prod|production|live|broken|fail\w*|errors?|erroring|down|was|were)\b)[^.!?;,]){0,40}?\b(?:is|are|works?|runs?|seems?|looks?)(?: still| all)? (?:fine|fast|quick|ok|okay|normal|good|working)\b/i,
);

/** The words naming a non-production environment, unless production is named as affected too. */
export function environmentOf(raw: string): string | undefined {
  const where = NON_PRODUCTION.exec(raw);
  if (
    where === null ||
    NOT_THERE.test(raw.slice(Math.max(0, where.index - 30), where.index)) ||
    WORKS_THERE.test(raw.slice(where.index + where[0].length))
  )
    return undefined;
  if (PRODUCTION_TOO.test(raw) && !PRODUCTION_FINE.test(raw)) return undefined;
  return where[0];
}

/**
 * The words naming a non-production environment where production is named as fine: "the sandbox returns
 * 500, production isn't affected". A small incident under any contract: nobody's live work is hit.
 */
export function nonProductionOnly(raw: string): string | undefined {
  const where = NON_PRODUCTION.exec(raw);
  return where !== null && PRODUCTION_FINE.test(raw) ? where[0] : undefined;
}

/** A non-production environment named beside production affected too: "fails in test and also in production". */
export function productionAffectedToo(raw: string): boolean {
  return NON_PRODUCTION.test(raw) && environmentOf(raw) === undefined;
}
