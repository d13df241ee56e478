import { type Cue, cue } from "./cues.js";
import type { Scope } from "./scope-cues.js";

// Part of the client's people: one person, some people (a team, a department, a few of them, a floor),
// or not all of them. The wider scopes and the order they are read in are in scope-cues.ts.

/**
 * "in accounting", "on the sales team": a team or department, not the whole company ("everyone on our
 * team" is everyone who uses it).
 */
export const DEPARTMENTS = "accounting|finance|sale|sales|support|hr|marketing|legal|warehouse";
// (not one of two named: "nobody in marketing or service can send anything")
export const IN_A_TEAM = `(in|on|from|at) (the |our |my )?((?!(whole|entire|our|the|my) )\\w+ (team|shift|group|desk)|(\\w+ )?(department|dept|${DEPARTMENTS}|branch))(?![\\w'])(?! (or|and|nor) (in )?(the |our )?(\\w+ )?(${DEPARTMENTS}|team|shift|group|desk|department|dept|branch|service|office)(?![\\w']))`;

/** The same team, inside a negation: "nobody in the sales team" reads "nobody ~in ~the ~sales ~team". */
export const IN_A_TEAM_NEGATED = IN_A_TEAM.replace(/ /g, " ~?");

/** One person: "an agent can't log in", "only me", "on mine". */
export const ONE_PERSON: Cue<Scope> = cue(
  "one",
  // "an agent can't log in", not "hand over to an agent" nor "customers who ask for an agent", nor "only
  // one person can work on it at a time" (how many at once, not who is affected)
  // not a label nor who would answer: "option 1 agents can't help them", "drop before an agent answers",
  // "no inbound call reaches an agent", "callers never get an agent"
  "(?<!(option|step|level|tier|queue|room|desk|press|key|menu|line|before|until|till|once|~?reach|~?get to|~?get through to|~?make it to|~?be put through to|~?be route to|~?be offer to|~get) ~?)(one|1|a single|just one|only one|a|an) (user|person|agent|account|brand|laptop|mailbox|employee|workstation|pc|desk|colleague|team lead|team member|staff member|supervisor|manager|admin)(?<!(to|with|from|until|want|need|demand|expect|ask for|request) ~?(\\w+ ~?){1,2}\\w+)(?! (can|could) (\\w+ ){0,4}at a time)",
  "(just|only) me",
  // "my colleague Tom doesn't get ...", not "neither can my colleagues"
  "my (colleague|coworker|boss|manager|assistant) \\w+ ~?(do|be|have|can|get|keep|see)",
  // "won't load for my colleague Sam", "for one of us"
  "~?for ~?(my|our) ~?(colleague|coworker|co-worker|boss|manager|assistant|receptionist|secretary|intern)(?!s)(?! ~?and)",
  "~?one ~of ~us(?![\\w'])",
  "one user 's",
  // "one of our 40 agents": one, counted among the rest; not "more than one of our agents"
  "(?<!(more than|over|at least|not just|not only) )one of (our|the) (\\d+ )?(brand|user|agent|customer|account|team lead|supervisor|manager|admin|colleague|employee)s?",
  // not "neither for me nor for my 6 colleagues"
  "for me(?! (nor|and|or) (for )?(my|our|the|\\d))",
  // "the portal logs me out every 10 minutes"
  "(log|sign|kick|throw) me out",
  // one desk's device: "the laptop dock at desk 12"
  "(at|on) desk \\d+",
  // "the internet is down on the reception PC"
  "on (the |our )?(reception|front desk|front-desk|receptionist ~?'s|boss ~?'s|manager ~?'s|ceo ~?'s) (pc|computer|laptop|workstation|machine|desktop|mac)(?![\\w'])",
  // "is the VPN down for anyone else?", "is it just me?": the writer asks whether others have it too
  "(down|broken|slow|out|~work|fail|failing) for (anyone|anybody) else",
  "(be|is) (it|this|that) (just|only) me(?![\\w'])",
  // "the scanner software crashes when I scan to PDF": the writer, where nothing says others are affected
  "when i (scan|print|open|save|click|upload|export|attach)(?! (one|a single|one particular|a particular|a specific|certain|some|this particular|that particular|old|older|large|larger|big) )(?!.*\\b(neither|nor|colleague|we|us|anyone|anybody|nobody|everyone|everybody|(my|our|the|whole) team|(?<!at ~?)all|agent)\\b)",
  // "when I try to attach a PDF nothing happens": the writer, where nothing says others are affected too
  "(^|\\| )when i try to \\w+(?!.*\\b(neither|nor|colleague|we|us|anyone|anybody|nobody|everyone|everybody|(my|our|the|whole) team|(?<!at ~?)all|agent)\\b)",
  // "I can't get into the CRM": a login is one person's, unless the message says more are locked out
  "(?<![\\w~])i (can not|could not|be unable to) ~?(get ~into|log|login|sign)",
  // "I can't attach files": the writer, where no one else is named; not "I can't reach a single customer"
  "(^|\\| )i (can not|could not|be unable to) ~\\w+(?<!~reach)(?!.*\\b(neither|nor|colleague|we|us|anyone|anybody|nobody|everyone|everybody|(my|our|the|whole) team|(?<!at ~?)all)\\b)",
  // "she can't log in to anything": the person the message is about
  "(?<![\\w~])(she|he) (can not|could not|be unable to) ~?(get ~into|log|login|sign)",
  // a new starter is one person: "new starter on monday has no account yet"
  "(new|a) (starter|hire|joiner|recruit)",
  "the new (girl|guy|lady|man|woman|colleague|receptionist|assistant|intern|trainee|apprentice)(?!s)",
  // "cant get into the CRM since the update": the writer, in chat shorthand
  // (not where more people are tried or named: "tried with 5 different users, all fail")
  "^(can not|could not) ~?(get ~into|log|login|sign)(?!.*\\b(neither|nor|colleague|colleagues|we|us|anyone|anybody|nobody|everyone|everybody|team|users|people|accounts|(?<!at ~?)all)\\b)",
  "my (second |new |old |work |home |external |main |desk |office |mobile )?(laptop|pc|account|email account|email|phone|profile|computer|mailbox|keyboard|mouse|monitor|screen|headset|webcam|tablet|ipad|mac|macbook|outlook|calendar|inbox|desktop|printer|docking station|dock|charger|speaker|microphone|mic|camera|vpn|remote desktop|citrix)",
  // "computer broke. wont turn on": a computer said to be broken, with no one else named, is the writer's
  "(^|\\| )(the |this |a )?(computer|laptop|pc|notebook|macbook|workstation) (be |have )?(break|broken|die|dead|crash)(?!.*\\b(neither|nor|colleague|we|us|anyone|anybody|nobody|everyone|everybody|(my|our|the|whole) team|(?<!at ~?)all|server|servers)\\b)",
  // what one person keeps for themselves: "my saved reply disappeared"
  "my (save |own |personal )?(reply|view|filter|template|draft|shortcut|preference|dashboard)",
  "(her|his) (phone|laptop|account|calendar|mailbox|pc|computer|password|monitor|screen)",
  "ceo 's",
  // "Paul's status", not "the team's headsets"
  "\\w+ 's(?<!\\b(team|staff|company|office|department|cloud|service|api|inbox|channel|chatbot|bot|widget|gateway|network|everyone|everybody|crm|erp|system|app|platform|software|server|tool|portal|surgery|practice|clinic|shop|store|school|firm|business|branch|site|warehouse|hotel|restaurant|room|floor|reception|desk|station|centre|center|lab|ward|kitchen|depot|receiver|recipient|callee|line|plant|factory|fleet|crew|truck|van) 's) (\\w+ )?(outlook|laptop|account|phone|pc|computer|mailbox|calendar|profile|status|signature|keyboard|mouse|headset|notification|email)",
  "one workflow",
  // "one of the meeting room screens": one device
  "one of (the|our) (\\w+ ){0,2}(screen|printer|monitor|projector|tv|display|device|phone|laptop|pc|computer|headset|scanner|dock|docking station)",
  // "one of my excel add-ins disappeared": one person's things
  "one of my",
  // "the scroll wheel on mine is broken", "mine keeps freezing": the writer's own, named before
  "(on|of|in|with|from) mine(?![\\w'])",
  "(^|\\| )mine (be|keep|do|will|have|stop|won't|can)(?![\\w'])",
);

/** Some people: a team, a department, a few of them, the people of one floor or site. */
export const SOME_PEOPLE: Cue<Scope> = cue(
  "some",
  "some (of )?(our )?(user|agent|people|staff|employee)",
  // "for all of finance": a department
  `for all of (${DEPARTMENTS})(?![\\w'])`,
  "a handful of (our )?(user|agent|people|colleague|staff|employee)",
  "a couple of (user|people|agent|colleague|staff)",
  "!many user",
  "a third",
  // not who is away: "With half the team on leave, our only payroll clerk can't …"
  "half (of )?(our |the )?(user|agent|people|staff|employee|team|office)(?! (be |being )?(on (leave|holiday|vacation|annual leave|sick leave)|off|away|out of (the )?office)(?![\\w']))",
  "several (user|agent|people)",
  "a few (of )?(our )?(user|agent|people|colleague|staff)",
  "(two|three|four|five|2|3|4|5) (of (our|the) )?(people|user|agent|colleague|staff|employee|laptop|pc|computer|machine|workstation)",
  // "only the 6 people in finance": the people of one department, counted
  `the (\\d+|six|seven|eight|nine|ten|twelve) (people|user|colleague|staff|employee)s? (in|from|of|at) (the |our )?(${DEPARTMENTS}|\\w+ (team|department))(?![\\w'])`,
  // "for our two remote workers"
  "(for|of) (our|the) (two|three|four|five|six|2|3|4|5|6) (\\w+ )?(worker|people|user|agent|colleague|staff member|employee|nurse|driver)s?(?![\\w'])",
  // "for any of the sales reps", "the 4 designers": the people of one role
  `(of|for) (the |our )?(${DEPARTMENTS}) (rep|staff|people|agent|team|engineer|designer|consultant|clerk)s?(?![\\w'])`,
  "the (\\d+|two|three|four|five|six) (\\w+ )?(designer|engineer|developer|nurse|doctor|accountant|driver|picker|cashier|rep|consultant|lawyer|architect|teacher|dentist|technician)s?(?![\\w'])",
  // "for the team in Brussels": the team of one site
  "(the|our) (\\w+ )?team (in|at|from) \\w+",
  // "three of our five laptops"
  "(?<!only )(?!0 )(\\d+|two|three|four|five|six|seven|eight|nine) of our (\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) \\w+",
  // "4 of them are waiting", "the new starters can't log in"; not "all 22 of them"
  "(?<!all )(\\d+|two|three|four|five|six|a few|several) of (them|us)",
  // "nobody in the sales team can log in": the people of one team
  `(nobody|no ~one|none ~of ~us) ~?${IN_A_TEAM_NEGATED}`,
  "(the |our )?new (employee|starter|hire|joiner)s?(?= ~?(can|be|do|have|get))",
  `(everyone|everybody) ${IN_A_TEAM}`,
  // not where things are sent: "sms replies go to the wrong agent team"
  // nor whom the message is addressed to: "To the CM incident team:", "Dear support team"
  // nor when it began: "started 06:30 with the early shift"
  "(?<!(to|dear|hi|hello|hey|attn|attention) )(?<!(start|begin|began|begun) (\\S+ ){0,2}with )the (?!(whole|entire|wrong|other|same|next|right|correct) )(\\w+ ){1,2}(team|shift)",
  "(in )?our (?!(whole|entire) )(\\w+ ){1,2}team",
  "one (office|site|location|team|department)",
  // "wifi dead on the first floor": the people of one floor
  "(on|at) the (first|second|third|fourth|fifth|top|ground|upper|lower|\\d+[snrt][tdh]) floor(?! of)",
);

/**
 * Not all of them: "Not every agent is affected", "not all agents can log in", "not everyone gets the
 * calls". Some of them, however many the words after it name.
 */
export const NOT_EVERYONE: readonly Cue<Scope>[] = [
  // not a count of items done another way: "we can book a few manually but not all 2,000"
  cue(
    "some",
    "not ~(all|every|everyone|everybody)(?! ~?\\d)(?! ~(the ~)?(time|day|week|message|call|order|record)s?(?![\\w']))",
  ),
  // "not all orders are affected, about one in three fails": some of them
  cue(
    "some cases",
    "not ~(all|every) ~(the ~|our ~)?(message|call|order|record|sms|email|chat|invoice|payment|request|run|sync)s? ~(be|get|fail|go|arrive|come)(?![\\w'])",
  ),
];

/**
 * Not one who runs the business affected, but one who hears of it, asks or writes: "our CEO is furious",
 * "Our HR Director complains that …", "CFO here."
 */
export const ONLY_HEARS_OF_IT =
  "(?!'?s? (be |get |become )?(furious|angry|upset|livid|mad|unhappy|not happy|annoyed|frustrated|ask|asking|involve|involved|aware|breathe|breathing|on (my|our) back|escalate|escalating|cc|copy|copied|chase|chasing|want|wanting|notice|noticed|see|saw|spot|spotted|mention|mentioned|complain|complained)(?![\\w']))(?! here(?![\\w']))";
