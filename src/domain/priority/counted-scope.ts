import type { Found } from "./cues.js";
import { needingWords } from "./needed-words.js";
import type { Scope } from "./scope-cues.js";

// Who is affected, read from the numbers the client gives: a fraction, a share in per cent, a few
// cases counted, half of them.

/**
 * "only 2 of 60 people can get in": the part counted is the part it works for; not where that part is
 * said to fail ("only 6 of the 500 are still stuck").
 */
const ONLY_SOME_WORK = needingWords(
  /\bonly (\d+) (?:of|out of) (?:our |the )?(\d+)\b(?![^.;:!?\n]{0,40}?\b(?:stuck|fail\w*|error\w*|broken|missing|affected|hit|rejected|bounc\w*|delayed|wrong|not|can't|cannot|couldn't|didn't|don't|won't|aren't|weren't)\b)/,
);
/** "Manila handles 90% of our calls": a share of everything. */
const PER_CENT = needingWords(/(?<!\bonly )\b(\d{1,3}) ?(?:%|percent) of (?:our|the|all)\b/);
/** "error rate on the SMS API went up to about 2%": the share of what goes through that fails. */
const FAILURE_RATE = needingWords(
  /\b(?:error|failure|fail|drop|bounce|rejection|timeout) rate (?:\w+ ){0,7}?(?:of|at|to|is|was|around|about|~) ?(?:about |around |roughly |~)?(\d{1,2}(?:[.,]\d+)?) ?(?:%|percent)/i,
);
/** "45 of our 50 agents can't log in": the people counted are the ones it fails for. */
const PEOPLE_COUNTED = needingWords(
  /\b(\d+) (?:of|out of) (?:our |the )?(\d+) (?:\w+ )?(?:agents|users|people|staff|employees|colleagues|team members|advisors|reps)\b/,
);

/** A count as written: "40,000", "12", "50k". */
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(k?)`;
/** What a desk's clients count in their thousands: messages, calls, orders. */
const ITEMS =
  "(?:e-?mails|mails|messages|sms|texts|calls|orders|chats|conversations|recipients|contacts|records|sends|requests|deliveries|notifications|reminders|invoices|payments|bookings|webhooks|callbacks)";
/**
 * "about 0.2% of requests", "0.5% of our delivery-report webhooks": a share of what goes through, small
 * or most of it.
 */
const SHARE_OF_ITEMS = needingWords(
  new RegExp(
    String.raw`\b(\d{1,3}(?:[.,]\d+)?) ?(?:%|percent) of (?:our |the |all )?(?:[\w-]+ )?(?:${ITEMS}|traffic)\b`,
    "i",
  ),
);
/** What an integration runs: "1 of our 14 flows failed last night" is one among many, as a few records are. */
const RUNS = "(?:flows|integrations|jobs|syncs|exports|imports|schedules|workflows|runs)";
/** A count that ends on what an integration runs: "3 of our 5 flows". */
const RUNS_COUNTED = new RegExp(String.raw`\b${RUNS}$`, "i");
/** "12 of 40,000 emails had the wrong name": the items counted are the ones it went wrong for. */
const ITEMS_COUNTED = needingWords(
  new RegExp(
    String.raw`\b${COUNT} (?:of|out of) (?:our |the |about |around |roughly |~)?${COUNT} (?:\w+ )?(?:${ITEMS}|${RUNS})\b`,
    "i",
  ),
);
/** "5 more orders out of 600 failed": the items named before the whole they are counted in. */
const ITEMS_NAMED_COUNTED = needingWords(
  new RegExp(
    String.raw`\b${COUNT} (?:more |other |new )?(?:\w+ )?${ITEMS} (?:of|out of) (?:our |the |about |around |roughly |~)?${COUNT}\b(?! ?%)`,
    "i",
  ),
);
/** "Out of ~300 calls a day, maybe 2 or 3 drop": the whole first, then the part. */
const WHOLE_FIRST = needingWords(
  new RegExp(
    String.raw`\bout of (?:about |around |roughly |~)?${COUNT} ${ITEMS}(?: (?:a|per) (?:day|week|month)| daily| weekly)?, (?:maybe |about |around |only |just )?${COUNT}\b(?! ?%)`,
    "i",
  ),
);
/** Some, under a tenth of the items counted: a few cases among many ("0 of 12,000 sent" is none). */
function isFewOfMany(part: number, whole: number): boolean {
  return part > 0 && part / whole < 0.1;
}

/** Most where the client's numbers say more than half (and not all) are affected, some where fewer are. */
export function countedScope(raw: string): Found<Scope> | undefined {
  const working = ONLY_SOME_WORK.exec(raw);
  if (working !== null)
    return { value: shareOf(working[1], working[2]) <= 0.5 ? "most" : "some", evidence: working[0] };
  const percent = PER_CENT.exec(raw);
  if (percent !== null && isMostButNotAll(shareOf(percent[1], "100")))
    return { value: "most", evidence: percent[0] };
  const share = SHARE_OF_ITEMS.exec(raw);
  const perCentOfItems = perCentIn(share?.[1]);
  if (share !== null && perCentOfItems < 10) return { value: "some cases", evidence: share[0] };
  if (share !== null && failsForMost(perCentOfItems / 100, raw, share))
    return { value: "most", evidence: share[0] };
  const rate = FAILURE_RATE.exec(raw);
  if (rate !== null && perCentIn(rate[1]) < 10) return { value: "some cases", evidence: rate[0] };
  const items = ITEMS_COUNTED.exec(raw);
  if (items !== null) {
    const [part, whole] = [countOf(items[1], items[2]), countOf(items[3], items[4])];
    if (isFewOfMany(part, whole)) return { value: "some cases", evidence: items[0] };
    // most of the flows failing stays some: each runs a part of the business ("3 of our 5 flows fail")
    if (!RUNS_COUNTED.test(items[0]) && failsForMost(part / whole, raw, items))
      return { value: "most", evidence: items[0] };
  }
  const named = ITEMS_NAMED_COUNTED.exec(raw);
  if (named !== null) {
    const [part, whole] = [countOf(named[1], named[2]), countOf(named[3], named[4])];
    if (isFewOfMany(part, whole)) return { value: "some cases", evidence: named[0] };
    if (failsForMost(part / whole, raw, named)) return { value: "most", evidence: named[0] };
  }
  const wholeFirst = WHOLE_FIRST.exec(raw);
  if (
    wholeFirst !== null &&
    isFewOfMany(countOf(wholeFirst[3], wholeFirst[4]), countOf(wholeFirst[1], wholeFirst[2]))
  )
    return { value: "some cases", evidence: wholeFirst[0] };
  const counted = PEOPLE_COUNTED.exec(raw);
  if (counted !== null && isMostButNotAll(shareOf(counted[1], counted[2])))
    return { value: "most", evidence: counted[0] };
  return undefined;
}

function countOf(digits: string | undefined, thousands?: string): number {
  return Number(digits?.replaceAll(",", "")) * (thousands === "" || thousands === undefined ? 1 : 1000);
}

/** A per cent as written, with a decimal point or a decimal comma: "0.5", "2,5". */
function perCentIn(written: string | undefined): number {
  return Number(written?.replace(",", "."));
}

function shareOf(part: string | undefined, whole: string | undefined): number {
  return countOf(part) / countOf(whole);
}

function isMostButNotAll(share: number): boolean {
  return share > 0.5 && share < 1;
}

/**
 * "9 out of 10 calls drop", "95% of our messages fail": most of what goes through, where the part counted
 * is the part that fails; not "45 of 50 orders went through fine", the part that works.
 */
function failsForMost(share: number, raw: string, counted: RegExpExecArray): boolean {
  const after = raw.slice(counted.index + counted[0].length).split(/[,.;!?\n]|\b(?:but|while)\b/)[0] ?? "";
  return isMostButNotAll(share) && !WORKING_PART.test(after);
}

/** What the part counted is said to do when it is the part that works: "went through fine", "delivered". */
const WORKING_PART = needingWords(
  /(?<!\b(?:not|never|no longer)\s|n't\s)\b(?:fine|ok|okay|normal|normally|went through|go through|goes through|got through|delivered|arrived|arrive|work|works|worked|working|succeeded|success|successful|correct|correctly|on time)\b/i,
);

/** A few items, counted: "a couple of", "a handful", "3 SKUs", "an order from". */
const FEW = needingWords(
  /^an? (\w+ ){0,3}(order|invoice|record|shipment) (from|placed|created)\b|\b(a couple|couple|a few|a handful|handful|one or two|one|a single|two|three|[1-5])\b/i,
);

/** Half of them or a third: not a few counted. */
const LARGE_SHARE = needingWords(/\b(half|a third)\b/i);

/** Some cases, a few of them counted: "a couple of SMS never arrived". */
export function isFewCases(scope: Found<Scope> | undefined): boolean {
  return scope?.value === "some cases" && FEW.test(scope.evidence);
}

/** Some cases, a large share of them: "about half our notifications are cut off". */
export function isLargeShare(scope: Found<Scope> | undefined): boolean {
  return scope?.value === "some cases" && LARGE_SHARE.test(scope.evidence);
}
