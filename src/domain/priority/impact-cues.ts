import { type Cue, cue } from "./cues.js";
import { ONLY_HEARS_OF_IT } from "./people-part-cues.js";

/**
 * How much it matters to the business: a critical process, one the client calls not critical, or an
 * issue the client calls minor ("not a big deal", "small thing").
 */
export type Criticality = "critical" | "not critical" | "minor";

/** "not a problem, just noticed": a remark, not a complaint. */
const REMARK_WORDS = [
  "not (really )?a (problem|issue|big deal)",
  "not a (problem|issue|big deal) really",
  // "confusing, but harmless"
  "!harmless",
  // "not a problem really, just odd"
  "just (odd|weird|strange|curious|funny)(?= \\||$)",
  // "not a problem, just noticed", not "we just noticed the warning emails" (when they saw it)
  "just (notice|noticed|noticing)(?= \\||$)",
  // "not urgent at all, just something we noticed"
  "just (something|a thing) (we|i) (notice|noticed|spot|spotted|see|saw)(?= \\||$)",
  "just (saying|fyi|so you know)",
  // "didn't click anything, just flagging it"
  "just (flag|flagging|letting you know)(?! … (urgent|asap|now))",
  // "retries got them through. Just reporting it."
  "just (report|reporting|mention|mentioning) (it|this|that)(?= \\||$)",
  // "small detail: the widget says '1 agents'"
  "(small|tiny|little) (thing|detail|point|nitpick)",
];

/** The client passing a remark, not reporting a fault: a minor matter, and nothing to rate when nothing fails. */
export const REMARK: readonly Cue<"remark">[] = [cue("remark", ...REMARK_WORDS)];

/** "not a problem really", "harmless", "no impact on our work": what goes wrong does not matter to the client. */
/** The client's side copes with it as it is: "our system can handle it", "we just ignore them". */
const CLIENT_COPES =
  "(our (system|side|software|code|app|integration|platform|backend|server)|we) (can|do|will) (handle|cope with|deal with|ignore|filter) (it|them|that|those|this)(?= \\||$| (fine|just fine|ok|okay|without (a )?problems?))";

/** "Not a problem.", "harmless": no problem at all, by the client's account. */
const NOT_A_PROBLEM = ["not (really )?(a|an) (problem|issue)", "!harmless"];

/** No problem at all, not only none for a part ("no impact on orders" says what it spares). */
export const NO_PROBLEM: readonly Cue<"no impact">[] = [
  cue("no impact", ...NOT_A_PROBLEM, "no problem (for us|really)"),
];

export const NO_IMPACT: readonly Cue<"no impact">[] = [
  cue(
    "no impact",
    ...NOT_A_PROBLEM,
    "no (real )?~(impact|effect) ~(on|for)",
    // "minor bug with no impact: the footer shows last year's copyright"
    "(with|have|cause|causing) no (real |actual |business )?~(impact|effect)(?= \\||$)",
    CLIENT_COPES,
  ),
];

/** Work that has stopped, not merely work that matters: "nobody can work", "the office is at a standstill". */
const WORK_STOPPED_WORDS = [
  // "nobody can work", "nobody can do any work", "no one can finish any work"
  "(nobody|no one|noone|we) (~can|can not|be unable to) (~really |~actually |~properly |~even )?((do|get|finish) (any |our |their |much )?)?~work",
  // a contact centre's work: "nobody can handle a single conversation", "no agent can take any call"
  "(nobody|no one|noone|no agent|none of (us|our agents)) (can|can not|be unable to|be able to) (handle|answer|take|serve) (a single|any|one) (conversation|chat|call|customer|ticket)",
  // "we can barely handle any conversation"
  "(we|they|agent|our agents|staff) can (only )?(barely|hardly) (handle|answer|take|serve|help) (a single|any|one|a|the) (conversation|chat|call|customer|ticket)",
  // "agents can not help the customers": the work they are there for
  "(our |the |all |all our )?(agent|staff|employee|advisor|rep|colleague)s? (~can|can not|be unable to) ~help ~(the |our |any )?~(customer|caller|client|guest|patient)s?(?![\\w'])",
  // "impossible to work"
  "(impossible|not possible|no way) to work",
  "(impossible|not possible) to do (any|our) work",
  // "we're turning patients away"
  "turn (\\w+ )?(patient|customer|client|guest|visitor)s? away",
  // "60 people waiting": the people who work with it, all held up
  "(\\d\\d+|all|all our|the whole) (\\w+ )?(people|staff|employee|worker|driver|courier|picker|colleague)s? (be |stand |sit )?(wait|waiting)(?= \\||$)",
  // "30 people sitting idle"
  "(sit|sitting|stand|standing|be) (around |there |completely |totally )?idle",
  // "production ground to a halt"
  "(at a standstill|(grind|ground|come|came) to a (complete |full )?(halt|standstill)|stand still|standing still)",
  // "our business has stopped", "operations have halted"
  "(business|operation|operations|production|company|warehouse|shop|store|shipping)s? (have |has |be )?(completely |totally )?(stop|stopped|halt|halted|paralyse|paralysed|paralyze|paralyzed)(?! (\\w+ )?(send|sending|use|using|get|getting|receive|receiving))",
];

export const WORK_STOPPED: readonly Cue<"stopped">[] = [cue("stopped", ...WORK_STOPPED_WORDS)];

/**
 * Credentials given away: "I clicked a link in a weird email and typed my password". A security incident
 * (business-critical) and a failure both; read forward within the sentence, so it costs one pass.
 */
export const CREDENTIALS_GIVEN = [
  "(link|email|mail|popup|pop-up|caller|phishing|scam|suspicious|weird|fake)\\b[^|]*\\b(type|enter|give|put) (in )?(my|our|his|her|their) (password|credential|login|bank detail|pin)",
  // asked for them by someone who called, and given: "called our receptionist and asked for her password, she gave it"
  "(call|phone|ring|email|mail|text|message) (\\w+ ){0,4}ask (\\w+ ){0,2}for (my|our|his|her|their) (password|credential|login|bank detail|pin|code)s? (\\| )?(and )?(she|he|i|we|they) (give|tell|share|type|enter|read)",
].join("|");

export const CRITICALITY: readonly Cue<Criticality>[] = [
  // A deadline today outweighs the client calling it small: "No big deal, but … salaries have to be
  // approved by 3pm today"
  cue(
    "critical",
    "deadline (be )?today",
    "(be )?due (today|tonight|this (morning|afternoon)|in (an|one|two|\\d) hour)",
    // read through a negation run on: "I can't log in and salaries have to be approved by 3pm today"
    "(have|need) to be (approve|pay|paid|submit|send|sent|file|deliver|finish|sign|do|done|complete) (by|before) (\\d{1,2}(?:[:.]\\d\\d)?(?:[ap]m)?|noon|tonight|midnight|(the )?end of (the )?day)(?! (tomorrow|next|on|monday|tuesday|wednesday|thursday|friday))",
  ),
  cue(
    "minor",
    "~(huge|big|major) ~(problem|deal|issue)",
    // "nothing serious", "no biggie", "not a showstopper", "it doesn't block us"
    "nothing ~(serious|major|critical|dramatic)",
    // "stock is a bit behind, nothing blocked"
    "nothing (~be )?~block(?= \\||$)",
    "no ~biggie",
    "no ~(impact|effect) ~(on|for) ~(us|me|our|my|the|anyone|anybody)(?![\\w'])",
    "not ~a ~(showstopper|show ~stopper|blocker|dealbreaker|deal ~breaker)",
    "(do |be )?not ~block ~(us|me|anyone|anybody|anything|work|our ~work|the ~work)(?![\\w'])",
    // "we can live with it for a day" says how long it may wait, not that the process does not matter
    "can live with(?! (it|this|that) for)",
    // "it finishes overnight so nobody notices"
    "(so|and) (nobody|no ~one) ~(notice|mind|feel ~it)(?![\\w'])",
    // "it doesn't hinder anyone", "not holding anyone up"
    "(do |be )?not ~(hinder|bother|affect|stop|block|disturb|keep|prevent|hold(?= ~\\w+ ~up)) ~(anyone|anybody|us|me|our ~work|the ~work)( ~up)?(?![\\w'])",
    // "callers don't seem to mind"
    "(customer|caller|user|agent|people|they|visitor)s? do not ~(mind|care)",
    // "Everything works, it just clutters the logs": nothing fails, by the client's own account
    "(^|\\| )everything (still )?work(?= \\|)",
    // "everything still gets sent, just slower": only the speed, said as small
    "just (a bit |a little |slightly |somewhat )?(slow|slower|late|later|delayed|longer)(?= \\||$)",
    "just (run|take)s? (a bit |a little |slightly )?(longer|more time)(?= \\||$)",
    "(customer|caller|user|agent|people|they|visitor)s? do not ~seem ~to ~(mind|care|notice)",
    CLIENT_COPES,
    ...REMARK_WORDS,
    "!minor (issue|bug|thing|problem)",
    // a form filled in: "Impact: minor", "Impact: low, customers still get it"
    "(^|\\| )(business )?impact (\\| )?(low|minor|minimal|small|limited|none|no|nil|cosmetic)(?= \\||$| on)",
    // "possibly minor: the 'reply all' adds our own address", as a heading
    // not beside a heading for a worse one: "Minor: the dashboard is slow. Major: the process stopped"
    "(^|\\| )(possibly |probably |maybe |perhaps |likely )?minor(?= \\|)(?!.*\\| (major|big|bigger|serious|more serious|bad|worse|critical|urgent)(?= \\|))",
  ),
  cue(
    "not critical",
    "~critical",
    "~important",
    "non ?-?critical",
    "secondary (process|flow)",
    // "refunds aren't our main process"
    "be not ~(our |the |a )?~?(main|core|primary|key|critical|most important) ~?(process|flow|integration|business)",
    // not where the client names the flow its main one: "it's our main sales flow, but finance can wait"
    // says how long the business can live with it, not that the flow does not matter
    "can wait(?<!(main|core|primary|key|most important) (\\w+ ){0,3}(flow|process|integration) .{0,40}can wait)",
    "nothing ~depend",
    "low priority",
    // "agents listen to them later anyway": what is slow is not waited on
    "later anyway(?= \\||$)",
    // "it's only used for a weekly management overview", "it's a nice-to-have for the sales team"
    "only use (for|by) (a |the |our )?(weekly|monthly|quarterly|yearly|annual|occasional|internal)",
    "be (just |only |merely )?(a |an )?(nice ?-?to ?-?have|nicetohave)",
    // "nobody waits for it": what is late is not waited on
    "(nobody|no one|noone) ~wait ~for ~(it|them|that)",
  ),
  cue(
    "critical",
    // not a kind of message the client sends: "our critical alarm SMS", "the critical alert banner"; nor a
    // label the client puts on the report: "CRITICAL ISSUE: 2 orders have the wrong shipping method"
    "!critical(?! (alarm|alert|notification|warning)s?(?![\\w']))(?<!(^|\\| )critical(?= (issue|problem|bug|incident|error) \\|))",
    "month end",
    // "we can't close the month", "the month-end close"
    "close (the|our) (day|month|books|quarter|year)",
    // what the client's customers should never see: "a privacy problem", internal notes mailed to customers
    "(privacy|gdpr|data protection) (problem|issue|breach|incident|violation|risk|leak)",
    "(personal|private|confidential|internal|sensitive) (data|information|info|detail|note|comment)s? … (be |get )?(visible|expose|leak|show|send|email|mail)(ed)? (\\w+ ){0,2}(to )?(customer|client|caller|patient|the public|other customer|everyone)",
    "close be today",
    "payroll",
    "salary",
    // "salaries need to be paid today"
    "(be pay|pay|paid) today",
    // money going out today: "she needs to pay suppliers today", "I can't approve today's payments"
    "(need|have) to (pay|approve|process|submit|send out|run) (\\w+ ){0,3}today",
    "today ~?'s (payment|payroll|payment run|pay run|banking|wire|transfer)s?",
    "chargebacks?",
    // "emails to one of our biggest clients are bouncing" (the lemmas read "biggest" as "big")
    "our (big|large|main|key|most important|top) (client|customer|account|supplier)",
    // "our main Shopify to NetSuite order flow": the process the business runs on
    "!(main|core|primary|key|most important) (\\w+ ){0,4}(flow|process|integration)(?! (\\w+ )?(be |seem |look )?(fine|ok|okay|unaffected))",
    "we ship",
    // orders the client cannot put through by hand: "our team can't key in 2,000 orders by hand"
    "(can not|no ~way ~to|no ~(manual|other) ~way ~to) ~(key|enter|type|process|push|put|get|load|book|create|import|send) … ~order",
    "can not ~ship",
    // orders that never get where they are fulfilled: "their orders never reach our fulfilment system"
    "order (\\w+ ){0,2}never (reach|arrive|get|land|make it)",
    // money taken for what does not follow: "our customers are being charged but their orders never …"
    "(customer|client|buyer|shopper|guest|patient)s? (be |get |have be )?(be )?(charge|bill|debit)(?![\\w'])",
    "ship (our )?order",
    // "no orders can be picked or shipped"
    "no (order|parcel|package|shipment|delivery|deliveries)s? (can|could) be (pick|ship|send|deliver|process|pack)",
    "shipping (have |be )?(stop|halt|block)",
    // what the business runs on, stopped with it: "we can't run the warehouse", "it picks from Salesforce"
    "can not ~run ~(the|our) ~(warehouse|shop|store|business|plant|factory|kitchen|dispatch)",
    "(our |the )?(warehouse|dispatch|picking|production line) (pick|ship|work|run)s? (from|off|on)(?![\\w'])",
    // people left waiting for help: "stranded members wait", "stranded motorists can't reach us"
    "strand(ed)? (\\w+ )?(member|motorist|driver|traveller|traveler|passenger|customer|people|guest|patient)s?",
    "revenue",
    "billing run",
    "black friday",
    // the night the money comes in: "on our fundraising night" (lemma "fundraise"), "we're live on TV"
    "(fundraise|fundraising|fundraiser|telethon|launch|sale|tv|show) (night|day|evening)",
    "(be|go) live (on (tv|air|the radio)|now)",
    // "today is our biggest sale of the year" (the lemmas read "biggest" as "big")
    "(big|busy|important) (\\w+ )?(sale|day|week|night|launch|event|campaign|season) of the year",
    "~reach ~any ~customer",
    "board meeting",
    "board (pack|paper|presentation|report)s?",
    // "she's with a client in an hour", "I have a client visiting in half an hour"
    "(with|meet|meeting|see|visit|visiting) (a |the |our )?(client|customer)s? in (an|one|two|half an|\\d+) (hour|minute|min)",
    "(client|customer)s? (be )?(visit|come|arrive|due) (\\w+ )?in (an|one|two|half an|\\d+) (hour|minute|min)",
    // "the investor call is in 30 minutes"
    "investor (call|meeting|presentation|pitch)",
    "verification code",
    "(whole|entire) \\w+ team (be )?(sit )?idle",
    "sit idle",
    "(agent|staff|people|team|employee|user|worker)s? (be |sit |stand )?idle",
    "losing money",
    "lose money",
    // stock the webshop sells that is not there: "stock levels are frozen and we're overselling"
    "(oversell|overselling|oversold)",
    // "the VAT return is due tomorrow"
    "(be )?due tomorrow",
    // a security incident, even on one machine: "got a virus warning and files are getting renamed"
    "virus (warning|alert|infection|detect)",
    CREDENTIALS_GIVEN,
    "(be |get )?infect(ed)?",
    "ransomware",
    "malware",
    "(be|get|been) hack",
    // someone else in an account: "someone got into my mailbox", "emails from me I didn't send"
    "(someone|somebody) (\\w+ )?(get|break|hack) into (my|our|his|her|their|the)",
    "from (me|my account|us|our account|him|her) (that )?(i|we|he|she) (do|have) not ~send",
    "(be|get|been) compromise",
    // a device out of the firm's hands, with what is on it: "our bookkeeper's laptop got stolen"
    "(get|be|been|was|got) (stolen|stole|steal)",
    // who runs the business ("the CEO's phone isn't getting email"), not one a step skips ("skips the CFO")
    `(?<!(skip|bypass|ignore|without) (the |our )?)(ceo|cfo|coo|(managing|manage) director|founder|the boss|our boss|the owner)${ONLY_HEARS_OF_IT}`,
    // the one person a whole flow of work runs through: "she handles all our incoming mail"
    "(she|he|they|who) (handle|answer|run|manage|process|do|take) all (of )?(our|the) (incoming |outgoing |inbound )?(mail|email|call|order|booking|invoice|payment|payroll|customer|client|patient)",
    // "our sales director's phone": one of the people who run the business
    `(our|the) (\\w+ )?director(?! of)${ONLY_HEARS_OF_IT}`,
    ...WORK_STOPPED_WORDS,
    // work lost, each time or every day: "she loses what she's working on", "I lose a good hour a day"
    "lose (what (she|he|i|we|they) (be )?(work on|type|typing|write|writing)|(her|his|my|our|their) (unsaved )?(work|change|document|file|call)|unsaved work)",
    "(lose|cost (me|us|her|him|them)) ((\\w+ ){0,2}hours? (a|per|each|every) (day|week)|(a lot of|so much|too much|lots of|loads of|much) time)",
    // the client's own customers held up: "it slows check-in", "the queues at the tills are long"
    "slow (down )?(the )?(patient |customer |guest )?(check ?-?in|checkout|check ?-?out|sale|shipping|picking|production|service)",
    // the client's own customers kept waiting on them
    "(customer|client|patient|guest) (be |sit )?(wait|waiting) (on|for)",
    // a deadline within the day: "I have a client presentation at 2", "I need to finish a report today"
    "(presentation|demo|pitch|exam|interview|meet|meeting|signing|audit|inspection|hearing|webinar|workshop|training|course|conference) ((?!since)\\w+ ){0,2}(at (\\d+[ap]m|\\d+|noon|midday)|today|tonight|this (morning|afternoon|evening)|in (an|one|two|half an|\\d+|a few|ten|fifteen|twenty|thirty) (hour|minute|min)s?)",
    // "the auditors are here today", "our tender is due at noon", "I have a deadline at 5pm"
    "(auditor|inspector|regulator|investor|client|customer|patient|guest)s? (be|arrive|come|visit)s? (here |in |over )?(at (\\d+[ap]m|\\d+|noon|midday)|today|tonight|this (morning|afternoon|evening)|in (an|one|two|half an|\\d+|a few|ten|fifteen|twenty|thirty) (hour|minute|min)s?)",
    "(be )?due (at (\\d+[ap]m|\\d+|noon|midday)|today|tonight|this (morning|afternoon|evening)|in (an|one|two|half an|\\d+|a few|ten|fifteen|twenty|thirty) (hour|minute|min)s?)",
    // "I have a client deadline at 3pm"
    "(have|has|with|there be) a (client |project |tax |filing |submission |customer )?deadline (at (\\d+[ap]m|\\d+|noon|midday)|today|tonight|this (morning|afternoon|evening)|in (an|one|two|half an|\\d+|a few|ten|fifteen|twenty|thirty) (hour|minute|min)s?)",
    // "the close is tomorrow", "the filing deadline is tomorrow", "payments need to go out today"
    "(deadline|close|closing|filing|submission) (be )?(today|tomorrow|tonight)",
    "need to go out (today|tonight|this (morning|afternoon))",
    // "I have invoices to send out before noon": work due within the day
    "(have|need) (\\w+ ){0,3}to (send|submit|finish|deliver|file|pay|post|ship|get) (\\w+ ){0,4}(before|by) (noon|midday|tonight|\\d+[ap]m|\\d+(:\\d+)?|the end of the day|end of day|eod|close of business|cob)",
    // a first day that has begun: "she starts today and has no laptop"; not when the trouble began, said
    // first ("Starting today around 09:00, our account has stopped delivering WhatsApp messages")
    "(?<!(^|\\| ))(start|begin|join)s? (today|this morning)",
    // work for customers due out today: "I'm sending quotes to customers today"
    "be (send|sending|submit|submitting|file|filing|deliver|delivering|finish|finishing|prepare|preparing) (\\w+ ){0,2}(quote|invoice|contract|proposal|offer|tender|bid|payroll|payment|return)s? (\\w+ ){0,3}(today|tonight|this (morning|afternoon))",
    "need to (finish|submit|send|sign|file|deliver|print) (\\w+ ){1,3}(today|tonight|by (noon|tonight|\\d+))",
    // "she has 40 invoices to enter today"
    "(have|has) (\\d+ |a lot of |lot of |many |several )?(\\w+ ){0,2}to (enter|process|send|finish|submit|file|pay|sign|print|deliver|post|book) (\\w+ ){0,3}(today|tonight|this (morning|afternoon)|by (noon|tonight|\\d+\\w*|end of (the )?day|eod))",
    "(client|customer) (call|meeting|visit)s? (all |this )?(afternoon|morning|today|at \\d+)",
    // "I have calls all afternoon"
    "(call|meeting)s? all (afternoon|morning|day)",
    // "he presents to the board tomorrow morning"
    "present (\\w+ ){0,2}to (the |a |an |our |a new |some )?(board|client|customer|investor|prospect|buyer|partner)s?",
    // the person the business runs through: "she handles all incoming calls and visitors", "she's missing all incoming calls"
    "(she|he|i) (handle|answer|take)s? all (\\w+ )?(call|visitor|order|payment|customer)s?",
    // "she's the one who checks in all patients", "he's the only one who does payroll"
    // not the only one it touches: "I am the only one who uses it"
    "(she|he|i) be the (only )?(one|person) who(?! (use|need|notice|see|have|get|work with)s?(?![\\w']))",
    // "I'm the only one in sales today": no one else to do the work
    "(she|he|i) be the only (one|person) (in|on|at|here|left|work|working|cover|covering)",
    "miss(ing)? all (\\w+ )?(call|order|message|email)s?",
    // "I'm on the phones all day in support"
    "on the phones? all (day|morning|afternoon)",
    // "he's with clients all day": away at work that cannot wait
    "(with|visit|visiting|see|seeing|meet|meeting) (client|customer)s? (all day|all week|all afternoon|all morning|today)",
    "finance be block",
    // not a few of them: "1 order stuck, retried ok", "an order got stuck"
    "(?<!(handful of|a few|couple of|a single|single|one|an|[1-5]|two|three) )(order|payment|invoice)s? (be |get )?(stick|stuck|pile|block|sit)",
    // an order flow failing ("the order import has failed for every order"), not "a handful of invoices
    // fail", "a single order failed" nor "order flow errors on one order"
    "!(order|payment|invoice|shipment|fulfillment|fulfilment) (import|export|sync|flow)? ?((into|to|from|in) \\w+ )?(be |have |have be |keep )?(not )?(fail|failing|error|throw|~\\w+)(?<!(handful of|a few|some|couple of|\\d+|a single|single|one|an|those|these) (order|payment|invoice|shipment|fulfillment|fulfilment)[^|]*)(?! (on|for|with|in) (just |only )?(a single|one|1|a few|two|three|\\d) (\\w+ )?(order|payment|invoice|shipment|record)s?(?![\\w']))",
    // a fault in how every order goes through: "our order import has a bug that drops the discount line"
    "(order|payment|invoice|shipment|fulfillment|fulfilment) (import|export|sync|flow) (have (a|an) (\\w+ )?(bug|fault|defect|error)|(drop|skip|lose|duplicate|double)s? the)",
  ),
];
