import { type AnalysedText, wordsBetween } from "./text-analysis.js";

/**
 * What a support engineer reads in a report before choosing a level, the way ITIL's impact x urgency and
 * the contracts' own definitions do: who is affected, in what state the service is, whether there is a
 * way to keep working, where (production or not), what kind of request it is, and what it costs the
 * business. Each dimension keeps its evidence, in the client's words, to say why.
 */
export interface Dimensions {
  readonly request: Found<RequestType> | undefined;
  readonly scope: Found<Scope> | undefined;
  /** A part that still works ("the rest are fine", "webmail works"): the failure is not total. */
  readonly sparedPart: Found<"spared"> | undefined;
  readonly state: Found<ServiceState> | undefined;
  readonly workaround: Found<"present" | "absent"> | undefined;
  readonly criticality: Found<"critical" | "not critical"> | undefined;
  readonly unit: Found<Unit> | undefined;
  /** "sometimes", "every other run": it fails now and then, not always. */
  readonly intermittent: Found<"intermittent"> | undefined;
  /** "no rush", "whenever you have a moment": the client sets no deadline. */
  readonly noDeadline: Found<"no deadline"> | undefined;
  readonly annoyance: Found<"annoyance"> | undefined;
  /**
   * Put as a question: announced ("question about billing: ...") or asked in every sentence ("is there an
   * endpoint for that?"). A report that only sounds like one ("why does it fail?") is not.
   */
  readonly asking: Found<"announced" | "asked"> | undefined;
}

export type RequestType = "question" | "feature" | "scheduled";
export type Scope = "other customers" | "everyone" | "most" | "some" | "one";
export type ServiceState = "down" | "broken" | "severely degraded" | "degraded" | "wrong" | "cosmetic";
export type Unit = "system" | "module" | "feature";

export interface Found<T> {
  readonly value: T;
  /** The client's words that show it. */
  readonly evidence: string;
}

/** A cue: a pattern over the lemma line. `~word` is a negated word; a space matches the gap between words. */
interface Cue<T> {
  readonly value: T;
  readonly pattern: RegExp;
}

/**
 * Builds a pattern over the lemma line: a word matches negated (`~word`) or not; `!` before a word or
 * group asks for it outside any negation, `~` inside one; `…` is up to five words of the same clause.
 */
function lemmaPattern(source: string): RegExp {
  // A suffix group ("slow(ly|er)", "(ing|ed)") follows a word: its `|` does not start a word.
  const expanded = source
    .replace(/(?<=[\w)])\(([^()?]*)\)/g, (_, inner: string) => `(${inner.replaceAll("|", SUFFIX_OR)})`)
    // Any word, like a bare word, matches negated or not.
    .replace(/(^|[ |(:])\\w\+/g, "$1~?\\w+")
    .replace(/ ?… ?/g, " (?:[^ |]+ ){0,5}?")
    .replace(/(^|[ (|:]|[)}]\?)!/g, "$1(?<![\\w~])(?!~)")
    .replace(/(^|[ (|:]|[)}]\?)~/g, "$1(?<![\\w~])~")
    // A word starts after a space, a `|` or a group's `(`, but not in a suffix group ("slow(ly|er)").
    .replace(/(^|[ |:]|(?<![\w)])\()(?=\w)/g, "$1(?<!\\w)~?")
    .replaceAll(SUFFIX_OR, "|");
  return new RegExp(`${expanded}(?![\\w'])`);
}

const SUFFIX_OR = "\u0000";

function cue<T>(value: T, ...sources: string[]): Cue<T> {
  return {
    value,
    pattern: lemmaPattern(sources.length === 1 ? (sources[0] ?? "") : `(?:${sources.join("|")})`),
  };
}

function first<T>(
  text: AnalysedText,
  cues: readonly Cue<T>[],
  on: "lemmas" | "raw" = "lemmas",
): Found<T> | undefined {
  for (const { value, pattern } of cues) {
    const match = pattern.exec(on === "lemmas" ? text.lemmas : text.raw);
    if (match === null) continue;
    const evidence =
      on === "lemmas" ? wordsBetween(text, match.index, match.index + match[0].length) : match[0].trim();
    return { value, evidence: evidence === "" ? match[0].replace(/~/g, "").trim() : evidence };
  }
  return undefined;
}

// Verbs that, negated, say the service does not do its job: "isn't loading", "won't sync", "can't log in".
const FUNCTION_VERBS =
  "(work|load|open|run|respond|answer|connect|sync|send|deliver|arrive|process|start|boot|print|receive|submit|save|upload|log|login|access|reach|get|see|place|make|use|go|come|function|import|export|authenticate|sign|dial|ring|call|do|fire|trigger|install|render|route|transfer|forward|generate|download|create|hear|pay|book|transcribe|record|translate|recognise|recognize|post|publish|assign|convert|store|accept|unsubscribe|subscribe|remove|delete|cancel|approve|reject|merge|notify)(ing|ed|d)?";

const REQUESTS: readonly Cue<RequestType>[] = [
  cue(
    "feature",
    "would be (nice|great|good|helpful|useful|cool|awesome)",
    "!can (you|we) (add|build|create|develop|make|get) (a|an|the|some|support)",
    "could (you|it|the \\w+) (add|support|build|offer|show|display|have)",
    "feature (request|idea|suggestion)",
    "enhancement",
    "would like (a|an|to have|the ability)",
    "ability to",
    "please add",
    "wish (list|we could|there be)",
    "suggestion",
    "could (we|you) (have|get) (a|an|the option)",
    "dark (mode|theme)",
    "(would|could) it be possible",
    "would love (to|a|an|the)",
    "(we|i) would prefer",
    "(it )?would help (if|to)",
    "would make (it|life|our life|things) easier",
    "!(make|improve) … (more|less|better|clearer|easier|faster|descriptive)",
  ),
  cue(
    "scheduled",
    "schedule (the|a|an|our)",
    "please schedule",
    "plan(ning)? (to|a|an|the|our) (upgrade|migrat\\w*|move|change|update|install|rollout|deployment|firmware|maintenance)",
    "plan to",
    "!plan (the|a|an|our) … (upgrade|migration|move|rollout|change|update|install|installation)",
    "!in q[1-4]",
    "!plan (the|a|an|our) … (setup|set up|deployment|rollout)",
    "!(in|from|by) (january|february|march|april|june|july|august|september|october|november|december)",
    "book a (date|time|slot)",
    "next (week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)",
    "some weekend",
    "new (hire|starter|user|employee|joiner)",
    "set up (her|his|their|a new|new|an account)",
    // An administrative change asked of the provider: a service request, not an incident
    "!(can|could) you (please )?(switch|change|update|rename|move|transfer|cancel|upgrade|downgrade) (our|my|the)",
    "onboard",
    "(start|join)(ing)? on (monday|tuesday|wednesday|thursday|friday)",
  ),
  cue(
    "question",
    "how (do|can|should|would) (i|we|you|one)",
    "how to",
    "be there (a|any) way",
    "where (can|do|should) (i|we)",
    "what be the",
    "quick question",
    "could you tell",
    "can you tell",
    "be it possible",
    "!can (i|we) (change|set|add|use|get|see|export|configure|make)",
    "!can the \\w+ (\\w+ )?(file|do|support|handle|send|export|show)",
    "do you (have|support|offer)",
    "^(a |one |quick )?question (about|regarding|on|re)",
    "wonder(ing)? (if|whether|how)",
    "be there (a|an|any) \\w+ (to|for|that)",
    "what be (your|our)",
    "(can|could) (someone|somebody|you|anyone) explain",
    "explain how",
  ),
];

const SCOPES: readonly Cue<Scope>[] = [
  cue(
    "other customers",
    "(other|every|all|most) (of your )?customer (we|on|too|also|report|say)",
    "every customer",
    "other customer",
    "(global|widespread|massive|major) (outage|incident)",
    "!globally",
    "(sister|other) company",
    "all region",
    "status page",
    "on your (side|end)",
    "your (whole |entire )?platform",
    "partner company",
    "vendor (be )?say the same",
    "~anywhere",
    "(multiple|several) customer",
    "every (company|business|organisation|organization) (on|using|with)",
    "(our )?partner (company )?(too|also|as well)",
  ),
  cue(
    "everyone",
    "nobody",
    "no ~one",
    "noone",
    "none ~of",
    "everyone(?! else)",
    "everybody(?! else)",
    "~(anyone|anybody)",
    "~any ~of ~our",
    "all (\\w+ )?(user|agent|staff|people|employee|account|approval|office|location|site|store|of us|our (user|agent|staff|people|account|employee|team))",
    "every (user|agent|login|page|office|location|conversation|call|request|flow|order|invoice|store|employee|account|brand|number|channel|one of)",
    "every single",
    "!all (of )?(our|the|my|its) (?!(day|morning|afternoon|evening|night|week|month|year|time|weekend|way|same|rest)(?!\\w))[a-z]\\w*",
    "every (?!(time|hour|day|week|month|year|morning|evening|night|minute|second|now|other|few|couple|so|run|attempt|try|refresh|reload|restart|sync|step|click)(?!\\w))[a-z]\\w*",
    "~(sync|send|receive|process|load|open|run|import|export|deliver) ~any",
    // "none arrive", not "shows 3 when there are none"
    "none ~\\w+",
    "all (our |the )?(inbound |outbound |incoming |outgoing )?(message|sms|call|email|order|invoice|payment|request|ticket|flow|job|connector|record|channel)",
    "for all( of)?( our| the)?( \\w+)?",
    "(entire|whole) (company|team|office|organization|organisation|org|site|ops team|staff|department|business)",
    "company ?-?wide",
    "org ?-?wide",
    "across the board",
    "!worldwide",
    "all (our )?(location|store|site|branch|region|office|shop|warehouse)",
    "for (all of )?us",
    "(in|of) (the|our) (office|company)",
    "(at|in) our main office",
  ),
  cue(
    "most",
    "most (of )?(our )?(user|agent|people|staff|employee)",
    "majority",
    "basically (all|everyone)",
    "almost (all|everyone|everybody)",
    "only (\\d+|one|two|three|a few|a handful) (of|out of) ",
  ),
  cue(
    "one",
    "(one|a single|just one|only one|a|an) (user|person|agent|account|brand|laptop|mailbox|employee|workstation|pc|desk|colleague)",
    "(just|only) me",
    "one user 's",
    "one of our (brand|user|agent|customer|account)",
    "for me",
    "my (laptop|pc|account|phone|profile|computer|mailbox)",
    "(her|his) (phone|laptop|account|calendar|mailbox)",
    "ceo 's",
    "\\w+ 's (outlook|laptop|account|phone|pc|computer|mailbox|calendar|profile)",
    "one workflow",
  ),
  cue(
    "some",
    "some (of )?(our )?(user|agent|people|staff|call|order|record|message|customer|employee)",
    "a handful",
    "a couple of (user|people|agent|colleague|staff)",
    "!many (call|message|order|user|record)",
    "a third",
    "half(?! the (speed|time|rate))",
    "several (user|agent|people)",
    "a few (user|agent|people)",
    "the \\w+ team",
    "part of",
    "one (office|site|location|team|department)",
  ),
];

/** Words that say part of it still works: the failure is not total. */
const SPARED: readonly Cue<"spared">[] = [
  cue(
    "spared",
    "(the )?rest (of \\w+ )?be !(work )?(fine|ok|okay|work|unaffected|normal)",
    "other \\w+ (still )?!(run|work|load|open|go through)",
    "!everyone !else !can",
    "!everyone !else be !fine",
    "!(still|otherwise) !(work|run|fine|go through)",
    "\\w+ be (themself |themselves )?(still )?!(work|fine|ok|okay|deliver|unaffected|on time)",
    // "the rest works", not "it stopped working"
    "(?<![\\w~])(?!(stop|cease|quit) )\\w+ !(still )?!work(?! late)",
    "\\w+ (itself|themselves|themself) (still )?!(continue|work|go on|run|connect)",
    "most \\w+ be !fine",
  ),
];

/** "annoying": an annoyance, however it shows. */
const ANNOYANCE: readonly Cue<"annoyance">[] = [
  cue(
    "annoyance",
    "!(annoying|annoyance|annoy|irritating)",
    "!keep (come back|pop up|popping up|reappear|show up|appear)",
  ),
];

const STATES: readonly Cue<ServiceState>[] = [
  cue(
    "down",
    "!(down|offline|dead|outage|unavailable|inaccessible|unreachable|unusable|unresponsive)",
    "~use ~any ~of ~(your|the) ~(service|product|system|tool|channel)",
    "zero (\\w+ )?(call|message|order|email|sms|chat|conversation|lead)s?(?! (drop|fail|error))",
    "!(all|both) (fail|failing|down|dead|stop|break|broken)",
    "(account|instance|tenant|workspace|subscription|license|licence) (have |has )?(be |get |been )?(suspend|suspended|deactivate|deactivated|disable|disabled|expire|expired)",
    "bad gateway",
    "connection (refuse|refused)",
    "(certificate|cert|ssl) (have |has )?(expire|expired)",
    "!(ransomware|hack|hacked|breach|compromise|compromised)",
    "data (leak|breach)",
    "!be (completely |totally |all )?(down|offline|dead)",
    "not ~available",
    "(error|blank|white|empty) (page|screen)",
    "!(50[0234]|40[13])(?! error for one)",
    "~(work|load|run|respond|function) (for|at all)",
    "~\\w+ (~\\w+ ){0,2}~at ~all",
    "stop (entirely|completely)",
    "nothing (~be )?~(work|run|load|process|sync|go|come|happen)",
    `~${FUNCTION_VERBS} ~for ~(anyone|anybody|everyone)`,
    "not ~(accessible|available|reachable|responsive|usable)",
    "(we|i|they|user|people|staff|agent|one|body) (can |could )?(not )?~do ~anything",
    "!(completely|totally|entirely|fully) (broken|break|fail|failing|stop|dead)",
    "~(get|log|login|sign) ~(into|in|on)",
    "unable to (log|get|access|sign|connect|login)",
    "redirect in a loop",
    "!only (\\d+|one|two|three|a few|a handful) (of|out of) … can",
    "spin forever",
    "lose access",
    "lost access",
    "no ~internet",
    "everything 's blank",
    "gone blank",
    "(be|go) blank",
    "none ~of ~(your|our|the) ~\\w+ ~(work|run|open|load|be ~work)",
    "none ~of ~our ~\\w+ ~(have|be) ~\\w+",
  ),
  cue(
    "severely degraded",
    "(very|really|super|extremely|painfully|incredibly|so) (slow|slowly|sluggish|laggy)",
    "hour behind",
    "delay(ed)? by (an|\\d+|several|a few|many) hour",
    "half the speed",
    "(\\d+|two|three|ten) time slow",
    "!struggle",
    "!(hurt|hurting|hamper)",
    "!slow (them|us|everyone|the team) down",
    "!productivity",
    "(?<!(bit|slightly|somewhat|little) )sluggish",
    "take (about |around |over |nearly )?\\d+(-\\d+)? (hour|second|minute)",
    "take (about |around )?(a couple of|several|many) (minute|hour)",
    "keep (crash|drop|freeze|fail|disconnect|time|timing)",
    "keep (crashing|dropping|freezing|failing|disconnecting|timing)",
    "(constantly|keep) (crash|drop|disconnect)",
    "be a mess",
    "eat our day",
    "!(terrible|awful|horrible|unbearable|painful)",
    "!disruptive",
  ),
  cue(
    "broken",
    "!(fail|failing|broken(?! (image|icon|picture|logo|thumbnail))|break|errors|bug|crash|stick|stuck|hang|freeze|block|lock|reject|deny|bounce|hanging|frozen|glitch|exception)",
    "!can … \\| except (for )?(me|him|her|one|a few)",
    "access deny",
    "access denied",
    "!forbidden",
    "!(virus|malware|phishing)",
    "data loss",
    "lose (data|record|file)",
    "lost (data|record|file)",
    "!error(?! (email|notification|message|alert|report|log))",
    "!(call|connection|line)s? (keep )?drop",
    "!call … !drop",
    // Calls or chats sent to the wrong place: the routing does not work
    "(end up|land|be route|be transfer|be forward|get route|get transfer) (in|to|with) (the )?wrong",
    "end up (in|with) \\w+ instead of",
    // "doesn't pick a winner anymore": it used to work and stopped
    "~\\w+ (~\\w+ ){0,4}~(anymore|any more)",
    "no longer \\w+",
    "!time out",
    "!timing out",
    "!stop (work|working|respond|responding|go|going|run|running|sync|syncing|send|sending|answer)",
    "!error out",
    "something go wrong",
    "!oops",
    "!do nothing",
    "~do ~anything",
    "!throw an error",
    `~${FUNCTION_VERBS}`,
    "unable to",
    "(no|zero) (call|message|order|email|sms|record)",
    "!(kick|log|sign|throw)(ed|s)? (me |us |them |him |her |everyone )?out",
    "!miss(ing)? (for|from|on|in) (all|every)",
    "problem",
    "!(issue|trouble)",
  ),
  cue(
    "degraded",
    "!slow(ly|er)?",
    "(a bit|slightly|somewhat|a little) (slow|sluggish|laggy)",
    "take a while",
    "longer than",
    "!drop",
    "!lag",
    "take (age|forever)",
    "!(echo|static|choppy|robotic|crackle|crackling|distort|distorted|garble|garbled|muffle|muffled|stutter)",
    "one ?-?way audio",
  ),
  cue(
    "cosmetic",
    "(text|label|title|name|menu|word|heading|button|caption|column) … !cut off",
    "(label|text|title|caption|heading|button) !say",
    "!(slightly|partly|partially|a bit) cut off",
    "broken (image|icon|picture|logo|thumbnail)",
    "(translation|spelling|wording) … !wrong",
    "wrong (accent|spelling|capitalisation|capitalization|punctuation)",
    "(different|wrong|inconsistent|odd|weird) (font|colour|color|font size|shade)",
    "!look (a bit |slightly |kind of )?(odd|weird|off(?! by)|strange|ugly|funny)",
    "!off ?-?cent(re|er)",
  ),
  cue(
    "wrong",
    "!(wrong|incorrect|duplicate|missing|stale|late|delay|delayed|flicker|inaccurate|mismatch)",
    "show the wrong",
    "!round to",
    "!ignore",
    "!trim",
    "!stick on",
    "!stuck on",
    "~(find|play|show|populate|update|let|appear|match|pick)",
    "!sticky",
    "!reset",
    "!miss(ing)?",
    "!only (the )?(first|last)",
    "!(twice|double|duplicate|duplicated|skip)",
    "!off by",
    "!(discrepancy|inconsistent|outdated)",
    "out of sync",
    "!cut off",
  ),
  cue(
    "cosmetic",
    "!(cosmetic|typo|misspell|misspelled|misspelt|misalign|misaligned|blurry|stretch|stretched|overlap|pixelated|visual|contrast|truncate|truncated|ugly)",
    "(wrong|bad|odd) (translation|wording)",
    "(grey|gray|white|black) on (grey|gray|white|black)",
    "(grammar|grammatical|spelling) (mistake|error)",
    "(colour|color|font|logo|icon) (look|be|of)",
    "change the (colour|color|font|logo)",
    "in (german|french|spanish|dutch|english) for",
    "spell(ing|ed)? (wrong|mistake)",
  ),
];

const WORKAROUNDS: readonly Cue<"present" | "absent">[] = [
  cue(
    "absent",
    "no ~(reasonable )?~work ?~around",
    "no ~workaround",
    "no ~way",
    "~way ~to",
    "nothing ~(we|i) ~can ~do",
    "no ~other ~(way|option)",
    "~(another|other) ~way",
    "~manually",
    "~by ~hand",
    "can not ~do ~anything",
    "~anything ~we ~can",
  ),
  cue(
    "present",
    "!work ?around",
    "!workaround",
    "!manually",
    "!by hand",
    "for now",
    "in the meantime",
    "!meanwhile",
    "!temporarily",
    "stopgap",
    "!(another|other|different) browser (work|be fine)",
    "!incognito",
    "clear (the )?cache (fix|help|solve)",
    "!rerun",
    "!re-run",
    "!instead(?! of)",
    "!still (work|go|run)",
    "(refresh|refreshing|restart|reboot|retry|retrying) (the \\w+ )?(fix|solve|help)",
    "!we (fix|correct|merge|paste|push|key|enter|type|re-enter)",
    // "we fix them ourselves", not "the messages themselves are fine"
    "!(ourselves|ourself|myself|themselves|themself)(?! be)",
    "!walk to",
    "!(webmail|fallback|backup) work",
    "fall ?back",
    "!pick them up",
    "!(ask|tell) (customer|them|user) to",
    "!(use|switch to) (the |a |our )?(web|webmail|phone|app|other|old|backup)",
    "!everyone else can",
    "!send them right away",
    "!themself be deliver",
  ),
];

const CRITICALITY: readonly Cue<"critical" | "not critical">[] = [
  cue(
    "not critical",
    "~critical",
    "non ?-?critical",
    "secondary (process|flow)",
    "can wait",
    "nothing ~depend",
    "~(huge|big|major) ~(problem|deal|issue)",
    "can live with",
    "small thing",
    "!minor (issue|bug|thing|problem)",
    "low priority",
  ),
  cue(
    "critical",
    "!critical",
    "month end",
    "close be today",
    "payroll",
    "chargebacks?",
    "we ship",
    "ship (our )?order",
    "revenue",
    "billing run",
    "black friday",
    "~reach ~any ~customer",
    "board meeting",
    "verification code",
    "(whole|entire) \\w+ team (be )?(sit )?idle",
    "sit idle",
    "(agent|staff|people|team|employee|user|worker)s? (be |sit |stand )?idle",
    "losing money",
    "lose money",
    "deadline (be )?today",
    "finance be block",
    "(order|payment|invoice)s? (be )?(stick|stuck|pile|block|sit)",
    "!(order|payment|invoice|shipment|fulfillment|fulfilment) (import|export|sync)? ?(be )?(fail|failing|~\\w+)",
  ),
];

const UNITS: readonly Cue<Unit>[] = [
  cue(
    "feature",
    "(button|field|picker|filter|column|counter|tooltip|label|dropdown|checkbox|icon|logo|header|template|sound|chart|preview|search|notification|attachment|widget|shortcut|signature|character counter|display name|comment)",
    "(in|for) (one|a single) (process|workflow|flow|form|report|board)",
  ),
  cue(
    "module",
    "module",
    "section",
    "(entire|whole|complete) \\w+ (\\w+ )?(process|flow|workflow|app|application)",
    "(the|our|this|that) (?!(one|single|whole|entire|complete|mobile|web|new|kissflow) )~?\\w+ (\\w+ )?(process|workflow|app|application)",
    "!board",
    "!dataset",
  ),
  cue(
    "system",
    "(platform|system|application|app|site|portal|account|everything|sso|login|log in|dashboard|every page|server|kissflow|integratorio)",
  ),
];

const INTERMITTENT: readonly Cue<"intermittent">[] = [
  cue(
    "intermittent",
    "sometimes",
    "now and then",
    "occasionally",
    "every other",
    "intermittent(ly)?",
    "from time to time",
    "some call",
    "(once|twice) a (day|week)",
  ),
];

const NO_DEADLINE: readonly Cue<"no deadline">[] = [
  cue(
    "no deadline",
    "no ~(rush|hurry)",
    "whenever you",
    "~urgent",
    "no ~deadline",
    "when you (have|get) a (moment|chance|minute)",
  ),
];

export function dimensionsOf(text: AnalysedText): Dimensions {
  return {
    request: first(text, REQUESTS),
    scope: scopeOf(text),
    sparedPart: first(text, SPARED),
    state: first(text, STATES),
    workaround: first(text, WORKAROUNDS),
    criticality: first(text, CRITICALITY),
    unit: first(text, UNITS),
    intermittent: first(text, INTERMITTENT),
    noDeadline: first(text, NO_DEADLINE),
    annoyance: first(text, ANNOYANCE),
    asking: first(text, ANNOUNCED_QUESTION) ?? askedInEverySentence(text.raw),
  };
}

const ANNOUNCED_QUESTION: readonly Cue<"announced">[] = [
  cue(
    "announced",
    "^(a |one )?question (about|regarding|on|re)",
    "quick question",
    "(i|we) have a question",
    "just curious",
  ),
];

/**
 * The words a question opens with. "why" is left out ("why does the sync fail?" reports a failure), and
 * so is asking someone to act ("can someone call me back?"): a request, not a question.
 */
const QUESTION_OPENING =
  /^(?:hi|hello|hey|team|all|folks|quick one)?[ ,!:]*(how|what|what's|where|when|which|who|is|are|(?:can|could|will|would)(?! (?:you|someone|somebody|anyone|u)\b)|do|does|should|may|any)\b/;

function askedInEverySentence(raw: string): Found<"asked"> | undefined {
  const sentences = raw
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => /\p{L}/u.test(sentence));
  if (sentences.length === 0) return undefined;
  const asked = sentences.every((sentence) => /\?\W*$/u.test(sentence));
  const opening = QUESTION_OPENING.exec(sentences[0] ?? "");
  if (!asked || opening === null) return undefined;
  return { value: "asked", evidence: (sentences[0] ?? "").slice(0, 60).trim() };
}

/** "only 2 of 60 people can get in" is most of them; "2 of 60 cannot" is some. */
function scopeOf(text: AnalysedText): Found<Scope> | undefined {
  const fraction = /\bonly (\d+) (?:of|out of) (\d+)\b/.exec(text.raw);
  if (fraction !== null) {
    const [, part, whole] = fraction.map(Number) as [number, number, number];
    return { value: whole > 0 && part / whole <= 0.5 ? "most" : "some", evidence: fraction[0] };
  }
  // "everyone can log in except me": the exception is who is affected.
  return first(text, EXCEPTED) ?? first(text, SCOPES);
}

const EXCEPTED: readonly Cue<Scope>[] = [cue("one", "except (for )?(me|him|her|one|a single)")];
