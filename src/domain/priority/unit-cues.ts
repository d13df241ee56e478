import { type Cue, cue } from "./cues.js";

/** How much of the product a failure covers: all of it, a module, a feature. */
export type Unit = "system" | "module" | "feature";

/** The kinds of Kissflow module: every one of them named failing is the whole of it. */
const MODULE_KINDS = "(app|process|board|dataset|dataform)s?";

/** The words that say how much of the product fails, the whole of it named outright first. */
export const UNITS: readonly Cue<Unit>[] = [
  // The whole of it named outright, whatever parts are listed beside it.
  cue(
    "system",
    "(whole|entire|complete) (of )?(the |our )?(platform|system|application|app|kissflow)",
    "(everything (in|on)|all of) (the |our )?(kissflow|integrator.io|integratorio|platform|system)",
    // "Every page of Kissflow returns 'Internal error' - home, processes, boards, reports"
    "(every|each|all) (of )?(the )?page (of|in|on) (the |our )?(kissflow|integrator.io|integratorio|platform|system)(?![\\w'])",
    // "Nothing works in Kissflow today: processes, boards, everything errors out"
    "nothing ~?(work|load|open|run)s? ~?(in|on) ~?(the )?~?(kissflow|integrator.io|integratorio|platform|system)",
    // "Nothing in Kissflow loads for any of our users"
    "nothing ~?(in|on) ~?(the )?~?(kissflow|integrator.io|integratorio) ~?(work|load|open|run)(?![\\w'])",
    // "KF tenant offline for us", "our Kissflow workspace is completely inaccessible": the client's whole
    // Kissflow
    "(^|\\| )(the |our )?(kissflow |kf )?(tenant|workspace|instance) (be |have be |seem )?(completely |totally )?(down|offline|unreachable|unavailable|inaccessible|dead)",
    // "apps/processes/boards all unreachable": every kind of module listed
    `${MODULE_KINDS} (\\| )?(and |or )?${MODULE_KINDS} (\\| )?(and |or )?${MODULE_KINDS} (be )?(all|every)`,
    // "all apps, all processes, all users": every one of two kinds of module, the whole of it
    `all ${MODULE_KINDS} (\\| )?(and )?all ${MODULE_KINDS}`,
    // "our 600 employees can't do a thing in Kissflow today: approvals, requests, boards, nothing goes"
    "(can not|be unable to|~can) ~do (~a (~single )?~thing|~anything) ~(in|on|with) ~(kissflow|integrator.io|integratorio)",
    // "Complete outage: we cannot log in to Kissflow, all processes are stopped": the whole of it
    "(complete|total|full) outage",
    // "no one in our organisation can sign in to Kissflow" (the "can" negated by who cannot)
    "(can not|be unable to|~can) ~(log|login|sign) ~(in|on)? ?~(to|into) ~(kissflow|integrator.io|integratorio)",
    // "none of our employees can open Kissflow", "no one can get into Kissflow": the whole of it, whatever is
    // listed after
    "(can not|be unable to|~can) ~(open|load|reach|access|use|get ~into|get ~onto) ~(kissflow|integrator.io|integratorio)",
    // "nobody can open any process or board": every kind of module named, none opens
    `~(use|open|access|load|reach) ~any (~kissflow )?~${MODULE_KINDS} ~(or|and|nor) ~${MODULE_KINDS}(?![\\w'])`,
    // "can't open any process, board or app": the list goes on past the comma
    `~(use|open|access|load|reach) ~any ~${MODULE_KINDS} \\| ${MODULE_KINDS} (or|and|nor) ${MODULE_KINDS}(?![\\w'])`,
    // "None of our processes, boards or apps can be reached": every kind of module named, none reached
    `none ~of ~(our |the )?~?${MODULE_KINDS} \\| ${MODULE_KINDS} (or|and|nor) ${MODULE_KINDS}(?![\\w'])`,
    // "No process, board or app can be opened"
    `(^|\\| )no ~?${MODULE_KINDS} \\| ${MODULE_KINDS} (or|and|nor) ${MODULE_KINDS}(?![\\w'])`,
    // "all kissflow apps, processes and boards are unreachable"
    "all (of )?(our )?kissflow (app|process|board|module|page|form)s?",
    // "shows 'Service unavailable' for all of us, all modules": every module is all of it
    "(?<!(in|on|across|from|of) )(all|every) (of )?(the |our |its )?(kissflow )?module",
    "platform be (down|dead|offline)",
    // "Our Kissflow account seems to be gone - the URL gives 'workspace does not exist'": all of it, gone
    "(^|\\| )(the |our )?(kissflow |kf )?(account|tenant|workspace|instance) (seem to |appear to )?(be |have be )?(gone|delete|deleted|missing|suspend|suspended|disable|disabled|wipe|wiped)(?![\\w'])",
    "(account|tenant|workspace|instance) (do )?not ~exist",
    // "Kissflow shows 'Account suspended' for every user": the account itself, shut
    "(kissflow|integrator.io|integratorio) (show|say|display|give|return)s? (\\w+ ){0,2}(account|tenant|workspace|instance) (be )?(suspend|suspended|disable|disabled|lock|locked|deactivate|deactivated|expire|expired)(?![\\w'])",
    // "Kissflow is not responding for anyone, all our processes are stuck", "Kissflow has been unreachable
    // since 07:15", "I think Kissflow is down", "Payday is tomorrow and Kissflow is down": the product
    // itself, named failing
    "(^|\\| |(?<=(?<![\\w~])(and|but|so|now) ))((i )?(think|guess|believe|suspect) |(it )?(seem|look) like )?(the )?(kissflow|integrator.io|integratorio) (have )?(be |seem |will |do )?(completely |totally )?(down|dead|offline|unreachable|unavailable|inaccessible|not ~(respond|load|work|open))",
    // "Kissflow returns HTTP 502 for our entire company": the product itself answering with a server error
    "(^|\\| )(the )?(kissflow|integrator.io|integratorio) (return|give|throw|show|answer with) (an? |the )?(http )?(5\\d\\d|server error|bad gateway|gateway timeout)",
    // "Kissflow just shows an error for all of us": the product itself, erroring for everyone
    "(^|\\| )(the )?(kissflow|integrator.io|integratorio) (just |only )?(show|give|throw|return|display) (an? |the )?(\\w+ )?error (for|to) (all of us|everyone|everybody|every user|all (of )?(our )?(user|staff|employee)s?)(?![\\w'])",
    // "100 % of our users get '503 Service Unavailable' when they open Kissflow": the product itself, at its door
    "(5\\d\\d|server error|service unavailable|bad gateway|gateway timeout) (\\w+ ){0,3}when (\\w+ )?(open|load|access|visit|go to) (the )?(kissflow|integrator.io|integratorio)(?![\\w'])",
  ),
  // Every item of a process held up is the process, whatever list or step it shows in: "All items in our
  // Leave Application process are stuck at the HR step, HR can't see them in their task list"
  cue(
    "module",
    "(all|every|each|none of the|none of our) (of )?(the |our )?(\\w+ )?(item|request|application|case|record|entry|entries|submission|form|card)s? (in|of|from|for|on) (our |the )?(\\w+ ){1,3}(process|workflow|app|application|board)(?![\\w'])",
  ),
  // What nobody can raise is the process that raises it, whatever button they press: "nobody can submit
  // expense claims, the submit button errors for everyone", "No leave request can be approved at all",
  // "Nobody can start a new onboarding, the 'Initiate' button errors for everyone"; the process named
  // failing, whatever button is named after it
  cue(
    "module",
    "(nobody|no ~one|none ~of ~(us|them|our ~\\w+))( ~(in|at|on|from) (~the |~our )?~\\w+)? ~?can ~(submit|raise|approve|create|send|file|book|start|initiate|launch) (~a |~an |~any |~the |~our |~new )?(~new )?(~\\w+ )?~(request|claim|order|po|invoice|expense|application|requisition|onboarding|offboarding)s?(?![\\w'])",
    // "Nothing in that process gets approved": nothing of the process named
    "nothing ~in ~(that|the|our|this) (~\\w+ ){0,2}~(process|workflow) ~(get|be|can) ~\\w+",
    "(^|\\| )no (~new )?(~\\w+ )?~(request|claim|order|po|invoice|expense|application|requisition)s? ~(can|could) ~(be|get) ~(submit|raise|approve|create|send|file|book)(?![\\w'])",
    // "No new items can be created in the Purchase Requisition process for anyone"
    "(^|\\| )no (~new )?~(item|entry|entries|record|card)s? ~(can|could) ~(be|get) ~(submit|raise|create|add|start) ~in ~(the|our) (~\\w+ ){1,3}~(process|workflow|app|board)(?![\\w'])",
    // "all of our processes fail to start new items", "none of our processes can be started, every 'New
    // item' button errors": every one of a kind, the module they make up, whatever button is named
    "(all|every|each) (of )?(our |the )?(process|workflow|board|dataform|dataset|portal|integration)s?(?![\\w'])",
    "none ~of ~(our |the )?~?(process|workflow|board|dataform|dataset|integration)s?(?![\\w'])",
    // "the whole Onboarding board is empty for everyone, no cards, no columns", "the complete Employee
    // Onboarding module is down: no form opens, no task list loads": the board or module, whatever parts of
    // it are listed after
    "(entire|whole|complete) (\\w+ ){1,2}(board|module)(?![\\w'])",
    // "Nobody can use our Recruitment board: it loads empty, no candidates, no columns": the board named
    // that nobody can use, whatever parts of it are listed after; "none of our users can open any board": every
    // board, the module
    "(nobody|no ~one|none ~of ~(us|them|our ~\\w+)) ~can ~(use|open|access|load|reach) ~(our|the|this|any) (~\\w+ ){0,2}~(board|process|workflow|app|dataset|dataform)s?(?![\\w'])",
    // "No one can create a new item in any of our boards": what every one of them is for, in none of them
    "(nobody|no ~one|none ~of ~(us|them|our ~\\w+)) ~can ~(create|add|start|submit|raise|initiate) (~a |~an |~any )?(~new )?~(item|request|record|entry|entries|card|row|task)s? ~in ~(any|all|every) (~of )?(~our |~the )?~(board|process|workflow|app|dataset|dataform)s?(?![\\w'])",
    // "No approvals are going through in the Travel process for anyone": nothing of the process named
    "no (~\\w+ )?~(approval|request|item|claim|submission|task|application)s? (~be |~get )?~(go|come|get|move) ~through ~in ~(the|our) (~\\w+ ){1,3}~(process|workflow)(?![\\w'])",
    // "every purchase request form errors out on submit", "employees can't submit any leave request": every
    // one of a kind failing is the process that raises them
    "(every|each|all|any) (of )?(our |the )?(\\w+ ){0,2}(request|claim|requisition|expense|application)s? form (error|fail|crash|break|throw)",
    "can not ~(submit|raise|create|file) ~any (~\\w+ )?~(request|claim|requisition|expense|application)s?(?![\\w'])",
    // "no process can be started by anyone"
    "no ~?(process|workflow|board|dataform|integration)s? ~?(can|could|will|be|get|start|open|load|run)",
    // "the Recruitment process is broken for everyone: … the button errors out": the process named failing,
    // or a line opening on it: "Purchase Order process down for everyone"
    "((the|our) |(^|\\| )(?=(\\w+ ){1,2}(process|workflow) ))(?!(one|single|mobile|web|new|kissflow) )\\w+ (\\w+ )?(process|workflow|app|module) (be |have be |seem )?(completely |totally |entirely )?(break|broken|down|stick|stuck|block|blocked|unusable|dead)(?![\\w'])",
    // "The vendor onboarding process won't let anyone past step 2": the process named, whatever step it stops at
    "(the|our) (?!(one|single|mobile|web|new|kissflow) )\\w+ (\\w+ )?(process|workflow) (will|do|can) not ~(let|allow) ~(anyone|anybody|anything|us|people|users|employees|staff)(?![\\w'])",
  ),
  cue(
    "feature",
    // "the approval step in the capex process": one step of it, not "errors at every step"
    "step (in|of) (the|our|a|this|that)",
    // "the 'my tasks' list doesn't show tasks from the HR process": one list, not the process
    "(my task|task|item|user|contact|inbox|to-?do) list",
    // "when they open the 'Vendor' form": one form of an app
    "open (the|a|our|this) (\\w+ ){0,2}form(?![\\w'])",
    "(button(?! and text)(?<!with button)|action(?! (\\d|one|two|three))|option(?! (\\d|one|two|three))|field(?<!in the field)|picker(?<!the picker)(?<!our picker)|filter(?! (service|server|system|platform|gateway))|column|counter|timer|trigger|reminder(?! (flow|process|journey|campaign|call|sms|message|email|run|depend|rely|number|line))|link(?! (to (it|the|our|that|this) |(give|show|return|lead|go|say|point)s? ))|tile|panel|tooltip|label|dropdown|checkbox|icon|logo(?<!(spin|spinning|loading|load|turning|rotating) logo)|header|tab(?<!(browser|new|chrome|edge|firefox|safari|incognito|private) tab)|sound(?! (like|robotic|metallic|underwater|chopped|distorted|muffled|choppy|weird|strange|odd|fine|ok|good|bad|terrible|awful|horrible))|ringtone|ring tone|chime|chart|preview|search|notification|widget(?<!chat widget)|shortcut|signature|character counter|display name|comment)",
    "(in|for) (one|a single) (process|workflow|flow|form|report|board)",
    // "the leave balance report shows wrong numbers": one report of an app, not the app
    "(the|a|our|this|that) (?!(whole|entire|complete|all) )(\\w+ ){1,2}report (show|give|display|say|have|count|be (wrong|off|incorrect|empty|blank))",
    // one format of an export: "downloading the report as Excel gives an error, CSV works"
    "(export|download|save) (\\w+ ){0,4}(as|to|in) (csv|pdf|excel|xlsx|xls)",
    // "the 'approve' email doesn't reach the manager"
    "(reminder|notification|alert|error|breach|confirmation|welcome|summary|signing|approval|approve|invite|invitation|verification) (email|mail)",
  ),
  cue(
    "module",
    // not a form's heading, which says which module: "Module: Onboarding. The checklist task ..."
    "module(?<!(^|\\| )module(?= \\|))",
    "section",
    "(entire|whole|complete) \\w+ (\\w+ )?(process|flow|workflow|app|application)",
    // not what the client says it is not: "refunds aren't our main process"
    "(?<!be not ~?)(the|our|this|that) (?!(one|single|whole|entire|complete|mobile|web|new|kissflow) )~?\\w+ (\\w+ )?(process|workflow|app|application)",
    // a clause opening on an app's name, the way chat is written: "leave app broken for everyone"
    "(^|\\| )(?!(the|our|this|that|one|single|whole|entire|complete|mobile|web|new|kissflow|my|your|their|a|an|any|every|all|no) )\\w+ (app|process|workflow)(?![\\w'])",
    "!board",
    "!analytics",
    "!dataset",
    "!dataforms?",
  ),
  cue(
    "system",
    "(platform|system|application|app|site|portal|account|everything|sso|login|log in|dashboard|every page|server|kissflow|integratorio)",
  ),
];
