import { SOME_CASES } from "./case-scope-cues.js";
import { countedScope } from "./counted-scope.js";
import { type Cue, cue, type Found, first } from "./cues.js";
import { FINE_WORDS, OTHER_CUSTOMERS } from "./other-customers-cues.js";
import {
  DEPARTMENTS,
  IN_A_TEAM,
  IN_A_TEAM_NEGATED,
  NOT_EVERYONE,
  ONE_PERSON,
  SOME_PEOPLE,
} from "./people-part-cues.js";
import {
  EXCEPTED,
  ONE_AS_SUBJECT,
  ONE_BY_ROLE,
  ONE_NAMED,
  ONE_ROLE_AS_SUBJECT,
  OTHERS_SAY_THE_SAME,
  onePersonNamed,
  TEAM_AS_SUBJECT,
} from "./subject-cues.js";
import type { AnalysedText } from "./text-analysis.js";

/**
 * Who is affected: other customers too, everyone, most, some people (a team, a few agents), some cases
 * (a handful of orders, some calls) or one person.
 */
export type Scope = "other customers" | "everyone" | "most" | "some" | "some cases" | "one";

/** "all iPhone users", "for all Android 12 users": the users of one device, system or app, not everyone. */
const PLATFORMS =
  "android|ios|iphone|ipad|safari|firefox|chrome|edge|mac|windows|samsung|huawei|outlook|gmail|apple|mobile";

/**
 * What the client uses the product for ("for all our customer contact", "for all client work"), not who
 * is affected.
 */
const USED_FOR = "(contact|communication|interaction|correspondence|service|work)(?![\\w'])";

/**
 * Only those named use it, or have it: "HR can't get in; nobody else uses it", "nobody else is affected".
 * Not "nobody else can log in either", which says it is everyone.
 */
const NOBODY_ELSE_USES =
  "(?! ~else ~(use|need|have|touch|work ~with|rely|access|deal ~with|be ~(affect|impact)|seem ~to ~be ~(affect|impact)|seem ~to ~(have|get|see))(?![\\w']))";

/** No one troubled by it: "nobody is affected", "nobody's held up", "no one is blocked". */
const NOBODY_TROUBLED =
  "(?!( ~?'s)?( ~?\\w+)?( ~?(be|get|have|seem|to|'s))* ~?(affect|impact|bother|hit|complain|notice|block|hold ~?up|hinder|wait)(?![\\w']))";

/**
 * Whom it works for again: "Email is working again for everyone but our sales team", "back for most
 * customers"; not "stopped working for everyone".
 */
const worksFor = (whom: string) =>
  `(?<!(?<!(stop|not|nothing|never|quit|cease|longer) )(work|back|up|run|fine|normal|ok)( again| normally| fine| now| properly)? (for|to) ${whom})`;

/** Said to be fine: "everyone on the main network is fine" names who is not hit. */
const SAID_FINE = `(?!( ~?\\w+){0,4} ~?(be|seem|look|work) (still |all )?(${FINE_WORDS}|good)(?![\\w']))`;

/**
 * Grown since it was first told: "Re SD-2231 (one agent's chat not loading): it's now every agent". What
 * it has become outweighs the recap of what it was; so does everyone named after the one person first hit.
 */
const EVERYONE_NAMED =
  "(everyone|everybody|all of (our |the )?\\w+|(every|all|the whole|the entire) (our )?(?!(fine|ok|okay|good|well|back|work|working|normal|sort|sorted|fix|fixed|resolve|resolved|right|set|done|clear|up|there)(?![\\w']))\\w+)";
const NOW_EVERYONE: Cue<Scope> = cue(
  "everyone",
  `(it|this|that|the (issue|problem)) (be|have) now ${EVERYONE_NAMED}`,
  `now (it )?!(affect|hit|happen to|happen for) ${EVERYONE_NAMED}`,
  `(it|this|that|the (issue|problem)) (have )?(now )?!(spread|grow|escalate) to ${EVERYONE_NAMED}`,
  // the one named first, then everyone else: "Our receptionist can't make or receive calls and nor can
  // anyone else in our office"
  "nor ~?(can|could|do|does) ~?(anyone|anybody) ~?else(?! ~?(at|from) ~?(the|another|other) )",
);

const SCOPES: readonly Cue<Scope>[] = [
  OTHER_CUSTOMERS,
  cue(
    "everyone",
    // not what callers believe: "they hang up because they think nobody is there"
    // nor "nobody can hear the caller on any of the handsets in the support team": the people of one team
    // nor "it finishes overnight so nobody notices", "nobody waits for it", "nobody uses fax", "nobody
    // works on it day to day", "nobody's work depends on it", "nobody downstream was affected": no one
    // troubled by it
    // nor who speaks a language: "the Dutch queue, where nobody speaks English"
    `nobody${NOBODY_ELSE_USES}(?! ~?(notice|care|mind|complain|use|see it|feel it|wait ~?for ~?(it|them|that)|work ~?(on|with) ~?(it|them|that|this)|depend|rely|~?'s ~?work ~?(depend|rely))(?![\\w']))${NOBODY_TROUBLED}(?! ~?(speak|understand) ~?(english|dutch|german|french|spanish|italian|polish|turkish|arabic))(?! ~?${IN_A_TEAM_NEGATED})(?![^|]* ~?(in|on|from) ~?(the|our) ~?\\w+ ~?team(?![\\w']))(?<!(think|thought|believe|assume) nobody)`,
    // "no customer can call us", "not one customer can get through to us"
    "(no|not ~?one) ~?(customer|caller|client|visitor|user|agent|patient|clinician|doctor|nurse|teacher|student|cashier|driver|picker|engineer|accountant|colleague|employee|rep|technician|dispatcher) (~?can|~?be able to|~?get)",
    `no ~one${NOBODY_ELSE_USES}${NOBODY_TROUBLED}(?! ~?${IN_A_TEAM_NEGATED})`,
    "noone",
    "none ~of",
    // "we send around 5000 per day and zero arrive": none of what is sent
    "(zero|0|not one|none) (of them )?~?(arrive|get through|go out|go through|be deliver|get deliver|come in|come through|reach)",
    // everyone, not "everyone in accounting" (a team), nor those said to be fine ("Everyone on the main
    // network is fine")
    `everyone${worksFor("everyone")}(?! else)(?! ${IN_A_TEAM})${SAID_FINE}`,
    `everybody${worksFor("everybody")}(?! else)(?! ${IN_A_TEAM})${SAID_FINE}`,
    // "not assigned to anyone" names who it goes to, not who is affected; "not blocking anyone" says no
    // one is held up, nor do "not holding anyone up" and "doesn't stop anyone working"; "not to panic anyone,
    // but …" is how the writer opens
    "~(anyone|anybody)(?<!assign ~to ~(anyone|anybody))(?<!~?(block|affect|bother|hinder|impact|disturb|hurt|inconvenience|harm|panic|alarm|worry|scare|frighten|stress|stop|keep|prevent|hold) (\\w+ )?~(anyone|anybody))",
    "~any ~of ~(our|us)",
    // "the bot has stopped answering anyone", "stopped working for anybody": no one is served any more
    "!stop \\w+ (to |for )?(anyone|anybody)",
    // an afterthought that carries the negation before it: "haven't gone out since Monday, to anyone", and
    // past the rest of a list: "can't open any process, board or app, for any of our 600 users"
    "(?<=not ~[^|]*\\| (\\w+ (or|and|nor) \\w+ \\| )?)(to|for|from) (anyone|anybody|any of (us|them|our (\\d+ )?\\w+))(?= \\||$)",
    // the rest of a list of what cannot be done: "no item can be created, viewed or approved by anyone"
    "(?<=(not|no|never) ~[^|]*\\| )(\\w+ (or|and|nor) )?\\w+ by (anyone|anybody)(?= \\||$)",
    // "agents can't hear callers on any call"
    "~on ~any ~(call|line|number)",
    // "the softphone won't connect for any agent"
    "~for ~any ~(agent|user|employee|colleague|staff|person|people|caller|customer|one|campaign)(?! ~(in|on|from|at) )",
    `all (?!(${PLATFORMS}) )(\\d+ )?(\\w+ )?(user|agent|staff|people|employee|account|approval|office|location|site|store|branch|clinic|shop|depot|warehouse|hotel|restaurant|of us|our (user|agent|staff|people|account|employee|team))`,
    // "all of them fail", "our client's agents (all 22 of them)": every one of what the message names
    "all of them (\\w+ )?(fail|failing|error|bounce|bouncing|stuck|stick|reject|time out|go to)",
    "(?<!not )all (\\d+|two|three|four|five|six|seven|eight|nine|ten) of (them|us)",
    // not how often: "resets to English after every login for two of our agents"
    "(?<!(after|upon|before) )every (user|agent|login|page|office|location|conversation|call|request|flow|order|invoice|store|employee|account|brand|number|channel|one of)",
    "every single(?! (time|day|morning|night|week|hour|try|attempt|run)s?(?![\\w]))",
    // "not a single agent can log in": none of them
    "not (a single|one) (user|agent|person|employee|colleague|one|of us|of our)",
    // "Kissflow will not open for a single person at the airline": for nobody there; not "the inbox won't
    // load for a single user", which is one user's
    "~for ~a ~single ~(user|agent|person|employee|colleague|one|soul|member of staff|staff member) ~(at|in|across|of) ~(the|our) (~whole |~entire )?~(company|organisation|organization|business|firm|airline|group|building|office|site|school|hospital|practice|team|department|floor)(?![\\w'])",
    // "our sends are all stuck": every one of them
    "be all (stuck|stick|fail|failing|down|dead|broken|break|offline|blank|empty|reject|rejected|bounce|bouncing|miss|missing)",
    // "our agents are all kicked out of the inbox"
    "(agent|user|colleague|staff|employee|people|team|operator)s? (be|have|get|have be) all (\\w+ )?(kick|log|lock|throw|sign|shut|block|stuck|stick|logged|locked)",
    // "our Voice numbers all play 'not in service'": every one of them
    "(our|the) (\\w+ )?(number|line|phone|channel|site|office|store|location|sender|template|campaign|flow|queue|trunk|printer|laptop|pc|computer) all (?!(day|morning|afternoon|night|week|the|of|over|along|together|fine|ok|okay|good|work)(?!\\w))\\w+",
    "every customer",
    // "That's all customers since the release", "it's every patient": who is hit, said on its own
    "(^|\\| )(that|it|this) be (all|every) (single )?(customer|caller|visitor|patient|member|guest|subscriber|recipient|cardholder|shopper|buyer|tenant|resident|donor|passenger|traveller|traveler|user)s?(?! (who|that|whose|with|in|on|from|at|using|of)(?![\\w']))",
    // "went out a day early to all patients": every one the client sends to
    "to all (our |the )?(patient|client|customer|member|guest|recipient|subscriber|contact|student|parent)s?",
    "100 (percent )?of (our |the |all )?\\w+",
    // "0 of our 200 users can log in"
    "(0|zero|not one|none) of (our |the )?\\d+",
    "all (of )?(our )?customer (be )?affect",
    // not what is spared ("all the others are fine") nor one person's ("it sent spam to all my contacts")
    // nor a farewell ("All the best, Anna")
    // nor what the client uses the product for: "we use your platform for all our customer contact"
    `!all(?<!(do|take|answer|handle|cover|make|pick up) all) (of )?(our|the|its) (?!(day|morning|afternoon|evening|night|week|month|year|time|weekend|way|same|rest|others?|setting|step|option|guide|instruction|documentation|doc|detail|info|information|log|screenshot|cable|help|effort|support|trouble|advice|suggestion|tip|test|check|basic|thing|obvious|usual|above|good|best|very best)s?(?!\\w))[a-z]\\w*(?! ${USED_FOR})`,
    "!all (of )?my (colleague|team|staff|user|agent|employee|people|coworker|co-worker)",
    // "all colleagues blocked"
    "!all (the )?(colleague|agent|user|employee|coworker|co-worker)s?(?! (in|on|from|at|of) )",
    "(?<!(after|upon|before) )every (?!(such|time|hour|day|date|slot|week|weekend|month|year|morning|evening|night|minute|second|now|other|monday|tuesday|wednesday|thursday|friday|saturday|sunday|half|quarter|few|couple|so|run|attempt|try|refresh|reload|restart|sync|step|click|job|print|printout|document|scan|copy|single (time|day|morning|night|week|hour|try|attempt|run))(?!\\w))[a-z]\\w*",
    // "nothing syncs to any of them", not what one person cannot open: "I can't open any PDFs", nor when:
    // "can't message customers any more"
    "~(sync|send|receive|process|load|open|run|import|export|deliver|respond|answer|reply|reach|place|make|take|accept|connect|route|handle|pick ~up|message|text|contact) (~to )?(~?(message|chat|call|question|request|email|sms) ~?from )?~any(?! ~(other|another|more|longer))(?! (~?\\w+ ){0,3}~?for ~?me(?![\\w']))(?<!(^|\\| |and |so |but )(i|my \\w+) (can|could|do|will) not ~\\w+ (~or ~\\w+ )?(~to )?~any)(?<!(^|\\| )(can|could) not ~\\w+ (~or ~\\w+ )?(~to )?~any)",
    // "none arrive", not "shows 3 when there are none" nor a form's answer: "Impact: none on customers"
    "(?<!impact (\\| )?)none ~\\w+",
    // not a share of them: "order questions are about 40% of all chats"
    "all(?<!(do|take|answer|handle|cover|make|pick up) all)(?<!\\d+ (percent )?of all) (our |the )?(inbound |outbound |incoming |outgoing )?(whatsapp |sms |rcs |email |voice |campaign |integration |sync |import |export )?(message|sms|call|email|chat|conversation|order|invoice|payment|request|ticket|flow|job|connector|record|channel)(?! (with|containing|over|above|under|longer than|larger than) )",
    // not "for all customers who chose 'English' in the bot", "for all Android 12 users": those of one kind
    // nor thanks for all the help, nor "once and for all"
    `(?<!(thank|thanks|grateful|appreciate|once and) )for all(?! (the |your )?(help|support|effort|work|patience|trouble|time|answer|quick)\\w*)(?! of (${DEPARTMENTS})(?![\\w']))(?!( of)?( our| the)? \\w+ (who|whose) )(?!( of)?( our| the)? (${PLATFORMS})(?![\\w']))(?!( of)?( our| the)?( \\w+)? ${USED_FOR})( of)?( our| the)?( \\w+)?`,
    "(entire|whole) (company|team|office|organization|organisation|org|site|ops team|staff|department|business|building|floor|surgery|practice|clinic|shop|store|school|hotel|restaurant|warehouse|factory)(?! park)",
    // "our whole contact centre is offline", "the entire service desk idle"
    "(entire|whole) (contact|call|service|support|help|customer service) ?(centre|center|desk|team)",
    // "the whole second floor"
    "(entire|whole) (first|second|third|fourth|fifth|top|ground|upper|lower|\\d+[snrt][tdh]) floor",
    "(company|organisation|organization|business|office|team|site) ?-?wide",
    // "for each agent", "for any agent": every one of them
    // not whom a message goes to: "she replies by hand to each person", "we mail each member separately"
    "each (agent|user|colleague|employee|member|person|team|supervisor)(?![\\w'])(?<!(reply|write|send|mail|email|forward|answer|text|message|call)(s|ed)? (\\w+ ){0,4}(to )?each \\w+)",
    // not "is it down for anyone else?": the writer asks whether it is only them
    "!for (anyone|anybody|any (agent|user|colleague|employee|supervisor))(?![\\w'])(?! else)",
    "no matter who",
    // who is hit, said on its own after the report: "All callers since 10:15.", "All cardholders since 4am.",
    // "All of them since 8."; not a time nor a verdict: "All morning.", "All good since 9."
    "(^|\\| )(all|every) (of (them|us)|(of )?(our |the )?(\\d+ )?(?!(day|morning|afternoon|evening|night|week|weekend|month|year|time|along|good|fine|ok|okay|well|done|set|sort|sorted|clear|gone|back|best|right|same|that|this|these|those|other|else|thing|one)(?![\\w']))\\w+)(?= \\||$| since| from| today| this| all| across| (at|in) (all|every) )",
    // "this affects our entire customer base"
    "(entire|whole|all) (of )?(our |the )?customer ?base",
    // "nothing from CM works today": nothing the client takes from the provider
    "nothing (~?from|~?of|~?on) ~?(cm|you|your \\w+)(?![\\w'])",
    // "everything we have with you is failing": all the client takes from the provider
    "everything (we|i) (have|use|run|get|buy) (with|from|on|through) (you|your|cm|celigo|kissflow)",
    // "everything in kissflow is failing": the whole of it, for everyone
    "(everything (in|on)|all of) (the |our )?(kissflow|integrator.io|integratorio|platform|system|portal|app)",
    // "for our 300 users": every one of them, counted
    "for (all )?our \\d{2,} (user|staff|employee|people|agent|member|colleague|seat)s?(?! (in|at|on|from) )",
    // "the practice software won't load on any computer"
    "on (~?any|every|all) (~?of (~?our|~?the) )?~?(computer|pc|laptop|machine|device|workstation)s?(?![\\w'])",
    // "all computers in the shop have a blue screen", "every PC in the office": every machine the people use
    "(^|\\| )(all|every) (~?(of )?(~?our|~?the) )?~?(computer|pc|laptop|workstation|till|register)s? ~?(in|at|on|across) ~?(the|our) ~?(shop|store|office|practice|branch|site|building|company)(?![\\w'])",
    // "the chat widget isn't showing for any visitor", "gives a busy tone to all callers"
    `(for|to) ~?(any|every|each|all) (~?(our|the|their) )?~?(visitor|customer|caller|recipient|contact)(?! ~?(in|on|from|at|who|that|with|whose|using) )(?! ${USED_FOR})`,
    // "we're seeing failures everywhere"
    "(failure|error|problem|issue)s? everywhere",
    "org ?-?wide",
    "across the board",
    "!worldwide",
    "(all|both) (of )?(our )?(location|store|site|branch|region|office|shop|warehouse)",
    // "a secondary process for us" says how much it matters, not who is affected
    "for (all of )?us(?<!(process|priority|thing|deal|matter|important|critical|urgent|big|secondary) for us)",
    // not where the writer will be: "I'll work on it when I'm back in the office"
    // not the others: "the rest of the company doesn't use it"
    "(in|of) (the|our) (office|company)(?<!(back|be|work|working|come|go|get|sit|sitting|rest|other|others) (in|of) (the|our) (office|company))",
    "(at|in) our main office",
    // the whole place stopped: "the office is at a standstill"
    "(the |our )?(whole |entire )?(office|company|business|shop|store|practice|clinic|warehouse|factory|firm) (be |have )?(at a standstill|(grind|ground|come|came) to a)",
  ),
  cue(
    "most",
    // most users affected, not "most users can keep using it"
    `most${worksFor("most")} (of )?(our )?(user|agent|people|staff|employee|caller|customer|visitor)(?! (can|be able to) (still |keep |continue )?(to )?(use|work|call|reach|get))`,
    // "only the odd call gets through": the rest do not
    "only the (odd|occasional) (call|message|sms|chat|email|caller|one) ((get|go|come|make it) through|arrive|be deliver|be delivered|land|succeed)(?![\\w'])",
    "majority",
    // those affected said to be most of the client's: "customers in Germany, which is most of our base, get
    // no SMS", "those regions are most of our business"; not another part named beside them
    "(which|who|that|those|these|they) (\\w+ ){0,2}(be|make up|account for|represent) (most|the bulk|the lion 's share) of our (customer |user |client )?(base|customer|business|traffic|volume|revenue|user|client|sale|order|people|staff)s?(?![\\w'])",
    // "over half of our inbound calls drop": more than half is most of them
    "(over|more than|well over) (a |the )?half",
    "basically (all|everyone)",
    "almost (all|everyone|everybody)",
    // "only 2 of our 60 agents can get in", "only a few agents can log in": the rest cannot
    "only (\\d+|one|two|three|a few|a handful|a couple) (of|out of) … !can(?! not)",
    "only (\\d+|one|two|three|a few|a handful|a couple) (of )?(\\w+ )?(user|agent|people|staff|employee|colleague|person)s? !can(?! not)",
    // "SMS to all networks are failing, only a handful got through": the rest did not
    "only (\\d+|one|two|three|a few|a handful|a couple) (of (them|those|these|our|the) )?(\\w+ )?((get|go|come|make it) through|arrive|be deliver|be delivered|land|succeed)(?! (late|twice|double|with|without|in the wrong|wrong|but))(?![\\w'])",
    // "all but two of our agents can't log in" ("but" and "except" start a clause)
    "all (\\| )?(but|except|except for|apart from) (\\d+|one|two|three|a few|a handful|a couple)",
  ),
  ONE_PERSON,
  SOME_PEOPLE,
  SOME_CASES,
];

/** Who is affected: from the client's numbers ("only 2 of 60 can get in"), then from their words. */
export function scopeOf(text: AnalysedText): Found<Scope> | undefined {
  return (
    first(text, OTHERS_SAY_THE_SAME, "raw") ??
    first(text, [NOW_EVERYONE]) ??
    countedScope(text.raw) ??
    // "everyone can log in except me": the exception is who is affected.
    first(text, EXCEPTED) ??
    first(text, ONE_BY_ROLE) ??
    onePersonNamed(text) ??
    first(text, ONE_ROLE_AS_SUBJECT, "raw") ??
    first(text, ONE_AS_SUBJECT) ??
    first(text, TEAM_AS_SUBJECT, "raw") ??
    first(text, NOT_EVERYONE) ??
    first(text, SCOPES) ??
    first(text, ONE_NAMED, "raw")
  );
}

/** One person, some people or some cases: part of it. */
export function isNarrow(scope: Scope | undefined): boolean {
  return scope === "one" || scope === "some" || scope === "some cases";
}

/** Everyone, most users or other customers too: more than part of the client's people. */
export function isWide(scope: Scope | undefined): boolean {
  return scope === "everyone" || scope === "most" || scope === "other customers";
}
