/**
 * How bad an issue is, independent of any contract's scale. Each policy maps these onto its own levels
 * (`severityLevels`), following its seed's definitions.
 */
export const SEVERITIES = [
  "widespread_outage",
  "outage",
  "major_impact",
  "minor_impact",
  "trivial",
  "planned",
] as const;
export type Severity = (typeof SEVERITIES)[number];

export const NOT_PRODUCTION_LABEL = "not production";

export interface Signal {
  readonly label: string;
  readonly severity: Severity;
  readonly weight: number;
  readonly pattern: RegExp;
}

const signal = (severity: Severity, weight: number, label: string, pattern: RegExp): Signal => ({
  severity,
  weight,
  label,
  pattern,
});

/** Phrases that point at a severity; weights say how strongly. */
export const SIGNALS: readonly Signal[] = [
  signal(
    "widespread_outage",
    3,
    "affects other customers",
    /\b(all|every|other|most) (of your )?customers?\b|\bevery customer\b/i,
  ),
  signal(
    "widespread_outage",
    3,
    "global or widespread",
    /\b(global|widespread|major) (outage|incident)\b|\bglobal outage\b|\ball regions\b/i,
  ),
  signal(
    "widespread_outage",
    3,
    "the provider's platform is down",
    /\b(your (whole |entire )?platform|status page|on your (side|end))\b/i,
  ),
  signal("widespread_outage", 3, "several products", /\b(multiple|several|all( of your)?) products\b/i),
  signal(
    "outage",
    3,
    "down or unavailable",
    /\b(is|are|seems to be|went|goes) (both |completely |all )?(down|offline|unavailable)\b|\b(system|site|server|platform|production|prod|app|application|portal|website|everything) (is )?down\b|\bservice unavailable\b|\b(trunk|server|system|line) is dead\b|\boutage\b|\bcompletely (down|unavailable|unusable|stopped)\b/i,
  ),
  signal(
    "outage",
    2,
    "nobody can use it",
    /\b(nobody|no one|none of (our|the) (users|agents|staff|offices)|anyone)\b.{0,40}\b(can|could|is able|will)\b|\b(cannot|can't|can not|unable to) (log ?in|access|connect|open|use)\b/i,
  ),
  signal(
    "outage",
    2,
    "nothing works",
    /\bnothing (works|runs|loads)\b|\bnot loading at all\b|\bwill not load\b|\bunusable\b|\berror page\b|\b50[0234]\b|\btimes? out\b/i,
  ),
  signal(
    "outage",
    3,
    "nobody gets through",
    /\b(not responding|not loading|not working|down) (for anyone|for everyone|for all( of)?( us| our \w+)?|at all)\b|\b(nobody|no one) can get (in|into|through)\b|\bstopped (completely|entirely)\b|\bnothing (is )?(processing|loading|working|running|going through|syncing|coming through)\b|\bnone of (our|the) \w+ (are|is) (running|working|loading|going out|sending|coming in)\b|\ball of (production|prod)\b|\bstopped (answering|responding|working) (on|for|in) (all|every)\b|\bevery (conversation|call|request|page|flow) (hangs|fails|times out)\b|\b(40[13]|50[0234])s? (for|on) (all|every)\b|\b(blank|white|empty) (screen|page)\b.{0,60}\b(all|every|everyone|most)\b|\b(all|every|most)\b.{0,40}\b(blank|white) (screen|page)\b/i,
  ),
  signal(
    "outage",
    3,
    "hardly anyone can work",
    /\bonly (\d+|one|two|three|a few|a handful) (of|out of) (\d+|our|the)\b.{0,40}\b(can|could|are able)\b/i,
  ),
  signal(
    "outage",
    2,
    "no workaround",
    /\bno (reasonable )?work ?around\b|\bno way around\b|\bno (manual|other) (way|option)\b|\bno way to\b|\bcompletely (blocked|stopped)\b/i,
  ),
  signal(
    "outage",
    2,
    "business stopped",
    /\b(orders|production|fulfil?ment|processes) (are |is )?(not syncing|piling up|completely stopped|stopped|blocked)\b|\bcan'?t process\b/i,
  ),
  signal(
    "major_impact",
    2,
    "hurts productivity",
    /\bproductivity\b|\bslow(s|ing)? (everyone|them|us|the team)? ?down\b|\bstruggling\b|\bhurting\b|\bholding up\b/i,
  ),
  signal(
    "major_impact",
    2,
    "degraded or slow",
    /\b(extremely|very|really|super|painfully) slow(ly)?\b|\btakes? \d+ hours?\b|\bhours behind\b|\bdisruptive\b|\b(calls?|connections?) (keep )?drop(s|ping)?\b|\bdegraded\b|\bkeeps? (dropping|crashing|failing)\b|\btakes? \d+ (minutes|seconds) to load\b|\bintermittent/i,
  ),
  signal(
    "major_impact",
    2,
    "a whole module is affected",
    /\b(entire|whole|complete)\b.{0,30}\bmodule\b|\bmodule\b.{0,40}\b(broken|unavailable|returns an error|down)\b/i,
  ),
  signal(
    "major_impact",
    1,
    "something is broken",
    /\b(broken|fails|failing|failed|stopped working|cannot send|can't send|does not work|doesn'?t work|not working|not (being )?delivered|not (sending|syncing|loading)|(isn|aren)'?t (loading|working|syncing)|fail|can'?t (transfer|send|save|submit|upload|open|create|connect|resume)|locked out|won'?t (load|open|sync|start)|blocked|error)\b/i,
  ),
  signal("major_impact", 1, "critical process", /\bcritical\b|\burgent\b/i),
  signal(
    "minor_impact",
    2,
    "a defect with limited impact",
    /\b(small|minor) (bug|issue|defect|problem)\b|\bnot a big deal\b|\bcan live with\b|\bsmall issue\b/i,
  ),
  signal(
    "minor_impact",
    2,
    "wrong or incomplete results",
    /\b(wrong|incorrect)\b|\bsometimes\b|\bskips?\b|\bnot (being )?(sent|populating|saved|updated)\b|\bdoesn'?t save\b|\bwith a delay\b|\bdelay(ed)?\b|\bextra\b/i,
  ),
  signal(
    "minor_impact",
    1,
    "a single feature",
    /\b(one|a|the) (field|feature|form|column|picker|date picker|filter|report)\b|\bdate picker\b|\breminder emails?\b/i,
  ),
  signal(
    "minor_impact",
    1,
    "slower than usual",
    /\b(a bit|slightly|somewhat) slow(er)?\b|\bslower than usual\b/i,
  ),
  signal(
    "trivial",
    3,
    "cosmetic",
    /\bcosmetic\b|\btypo\b|\bspelling\b|\bmisaligned\b|\bblurry\b|\bcut off\b|\b(icon|button|logo|font) (colou?r|text|looks)\b|\bcolou?r looks\b/i,
  ),
  signal("trivial", 3, "an annoyance", /\bannoy(ing|ance)\b/i),
  signal(
    "trivial",
    2,
    "a question",
    /\bis there (a|any) way to\b|\bhow (do|can|should) (i|we)\b|\bquick question\b|\bwhere (can i|do i|to) find\b|\bcould you tell me\b|\bis it possible\b/i,
  ),
  signal(
    "trivial",
    2,
    "no deadline",
    /\bno rush\b|\bwhenever you (get to it|can|have time)\b|\bno hurry\b|\bnot urgent\b/i,
  ),
  signal(
    "trivial",
    2,
    NOT_PRODUCTION_LABEL,
    /\b(sandbox|staging|test environment|dev(elopment)? environment|non-production|beta)\b|\btest flow\b/i,
  ),
  signal(
    "planned",
    3,
    "a scheduled task",
    /\b(please |can you |could you |we would like to )?(schedule|plan) (the|a|an|our)\b|\bplan(ning)? to (upgrade|migrate|move)\b|\bnext (quarter|year)\b|\bbook a date\b|\bnext (saturday|sunday|monday|tuesday|wednesday|thursday|friday|week|month)\b/i,
  ),
  signal(
    "planned",
    3,
    "a feature or enhancement request",
    /\bwould be (nice|great|good|helpful)\b|\bcan (you|we) (build|create|develop|add)\b|\bfeature request\b|\benhancement\b|\bit would be (great|nice)\b|\bcould (you|it|the \w+) (add|support|show)\b|\bwould like (a|to have)\b/i,
  ),
  signal(
    "planned",
    2,
    "a service request",
    /\bset up (a )?new\b|\bnew (user|hire|account|starter)\b|\bonboard\b/i,
  ),
];

/** Cues that narrow an outage to part of a product or leave a way to keep working. */
export const PARTIAL_SCOPE =
  /\b(for|only for|affects|affecting) (one|a single|just one|only one) (user|person|agent|account)\b|\b(for|affects) (just )?me\b|\b\w+ is fine\b|\b(some of (our|the)|one of our|several users|the rest( of)?|still (work|works|runs|run|can)|can still|other \w+ (are|is) fine|are fine|module)\b/i;
export const WORKAROUND =
  /\b(work ?around|manually|by hand|for now|instead(?! of)|we correct|upload the file|type the date|fall ?back works|have to (walk|go|use|switch))\b/i;
/** One field, button or picker: a feature within a module, not the module. */
export const SINGLE_FEATURE =
  /\b(one|a single|the|this) (field|button|column|picker|date picker|dropdown|checkbox|tooltip|label)\b(?!.{0,40}\b(every|all|entire|whole)\b)/i;
/** A test, sandbox or other non-production environment. */
export const NON_PRODUCTION =
  /\b(sandbox|staging|test (environment|env|instance|account|flow|system)|dev(elopment)? (environment|env|instance)|non-?production|uat|beta (environment|instance))\b/i;
/** Production named as affected too ("production as well", "also in prod"). */
export const PRODUCTION_TOO =
  /\b(prod|production|live)\b(?=.{0,40}\b(too|also|as well|down|fail|fails|failing|broken|affected)\b)|\b(also|too|as well) (in|on) (prod|production|live)\b/i;
/** Production named as the part that is fine. */
export const PRODUCTION_FINE =
  /\b(prod|production|live)\b( \w+)? (is|are|looks|seems|works|runs|remains|stays) (still )?(not affected|unaffected|fine|ok|okay|good|normal|working|up)\b/i;
export const NOT_CRITICAL = /\b(not critical|non-critical|aren'?t critical|are not critical)\b/i;
export const NO_WORKAROUND =
  /\bno (reasonable )?work ?around\b|\bno way around\b|\bno (manual|other) (way|option)\b|\bno way to\b|\b(can'?t|cannot|unable to|no way to)\b[^.;,]{0,30}\b(manually|by hand)\b/i;
