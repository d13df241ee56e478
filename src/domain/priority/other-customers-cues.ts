import { type Cue, cue } from "./cues.js";
import { VERDICT_WORDS } from "./product-mentions.js";

/** The words that say someone named is not hit: "everyone on the main network is fine". */
export const FINE_WORDS = "fine|ok|okay|unaffected|normal";

/**
 * How the client says the others named are not hit: "other clients of yours seem fine", "the other
 * tenants are online".
 */
const STILL_FINE = `${FINE_WORDS}|online`;

/**
 * Said between the others named and how they are: "the other practices in our building, also your
 * customers, are fine".
 */
const BESIDE = "\\| [^|]{1,40}\\| ";

/**
 * Said to be fine, after the others named: "(also with you) are fine", "seem ok", "says theirs works".
 */
const SAID_FINE = `((seem |be |look )(still )?(${STILL_FINE})|say (theirs|their \\w+|it|everything) (be )?(still )?(work|up|${STILL_FINE}))(?![\\w'])`;

/**
 * Other customers of the provider affected too, however the client puts it: "other companies you host",
 * "the dentist next door (also your client)", "downdetector shows loads of reports". A widespread outage
 * where the contract ranks one above the client's own.
 */
export const OTHER_CUSTOMERS: Cue<"other customers"> = cue(
  "other customers",
  // "every customer we talk to", not "every customer we have" (the client's own customers)
  "(other|every|all|most) (of )?(your )?customer (we talk|we know|we speak|on|too|also|report|say)",
  // not "other clients of yours seem fine", "other clients unaffected", "all other customers' orders sync
  // normally": where it is not
  // down; nor "other customers get theirs": the client's own customers, who still get what one of them misses
  `other (\\w+ )?(customer|client)(?! (still )?(${STILL_FINE})(?![\\w']))(?! (affect |impact )?\\| (not ~know|unknown|none|no|n/a|not ~sure|~not ~sure)(?= \\||$))(?! (\\w+ ){0,3}((seem|be|look|work|sound) (still )?(${STILL_FINE})|be not ~(affect|impact|hit)|(sync|run|go|work|arrive|come|load|send) (through |in |out )?(normally|fine|as usual|correctly)))(?! (still |all |do |can )?!(get|receive) (theirs|them|their|it|the \\w+)(?![\\w']))`,
  // "the library, the leisure centre and the council offices - all on your managed network - lost ...";
  // not the client's own: "our staff - all on your network - are locked out"
  `(?<!(^|\\| )(our|my) [^|]*)(^|\\| )(they be |who be )?(all|also|both|each) (of them )?(on|using) your (\\w+ )?(service|network|platform|system|hosting|broadband|fibre|fiber|cloud|server)s?(?= \\||$)(?! \\| ${SAID_FINE})`,
  // "the estate agents on our street (all with you)", "the shops next door, also with you, are offline";
  // not "The architects downstairs (also with you) are fine"
  `(^|\\| )(they be |who be )?(all|also|both|each) (of them )?with you(?= \\||$)(?! \\| ${SAID_FINE})`,
  // "another of your clients has the same", "every one of your clients I know is down"
  "(another|every|each|all|most|many) (one )?of your (client|customer)",
  // "we're an IT partner working with you for several small offices": the offices are customers each
  "(partner|reseller|msp) (\\w+ ){0,4}for (several|multiple|many|a few|\\d+|two|three|four|five|six|seven|eight|nine|ten) (\\w+ )?(office|client|customer|company|business|account|site|practice)s?(?![\\w'])",
  // "our three companies on your service": the client's group, each a customer of the provider
  "our (two|three|four|five|six|several|\\d+) (company|companies|firm|business)",
  // not how bad the client finds it: "MAJOR ISSUE: there is a typo on your login page"
  "(global|widespread) (outage|incident|problem|issue)",
  // not the client's own: "Major incident for us: the entire company network is down", "a major incident
  // on our side"
  // nor the client's own label for its report: "Major incident MI-4471 declared on our side", "P1 major
  // incident. Kissflow returns 500", "MAJOR INCIDENT. Multiple services unavailable"
  "(massive|major) (outage|incident)(?! (for|on|at|in|here at) (us|our|me)(?![\\w']))(?<!(we|i) (\\w+ )?(have|declare|open|raise|log) (a )?(massive|major) (outage|incident))(?! (\\S+ ){0,2}(declare|raise|open|log))(?<!(^|\\| )((p|sev|priority ?)[0-9] )?(massive|major) (outage|incident)(?= \\||$| [a-z]*-?\\d))",
  // not what the client prepares its own customers for: "we want to be prepared for big outages"; nor its
  // own: "Big outage on our side"
  "(big|huge|large) (outage|incident)(?<!prepare for (big|huge|large) (outage|incident))(?! (for|on|at|in|here at) (us|our|me)(?![\\w']))",
  // "is there a platform incident?": the provider's, not the client's
  "platform ?-?(wide|outage|incident)",
  // "the dentist next door (also your client) says theirs is down too", "our neighbours have the same"
  `also (a |one of )?your (client|customer)(?! (\\| )?${SAID_FINE})`,
  // "the 9 franchisees (each its own company, each your customer)": every one of them a customer
  "(each|every one|all) (of them |of which )?(be )?(also )?(a |one of )?your (client|customer)",
  // "the GPs, the dentist and the pharmacy, each with their own contract with you"
  "(each|every one|all|both) (of them |of which )?(with|have|has) (their|its) own (contract|agreement|account|subscription) (with|from) you",
  // "our supplier also uses your hosting", "their site is down as well as ours", "everyone else's"
  "(also|too) use (you|your)",
  // the provider's own site down too: "nothing you host works and your own website is down too"
  "your (own )?(website|site|status page|support portal|support line) (be )?(also )?(down|offline|unreachable)",
  // "everyone using your broadband in town is offline", "everyone else in the building who's on your network"
  "(everyone|everybody|anyone|every company|every business) (else )?(\\w+ ){0,8}(use|using|on|with) your (\\w+ )?(network|platform|service|system|broadband|hosting|cloud|server|line|phone system)",
  // "Every travel agency on your hosted booking terminals has lost access", "All the GP surgeries on your
  // hosted clinical system are locked out": every one of a kind of business on what the provider runs
  "(every|all( the)?) (\\w+ ){0,2}(company|companies|business|firm|agency|agencies|practice|office|shop|school|clinic|surgery|pharmacy|hotel|store)s? (\\w+ ){0,3}(on|using|use|with) your (\\w+ ){0,3}(network|platform|service|system|broadband|hosting|cloud|server|line|phone system|terminal|desktop|email|phone)s?(?![\\w'])",
  // "half the businesses on your network are offline, us included"
  "(half|most|many|several|lots|a lot|plenty) (of )?the (business|company|companies|firm|office|customer|client|tenant|practice|shop)s? (\\w+ ){0,3}(use|using|on|with|in) your (\\w+ )?(network|platform|service|system|broadband|hosting|cloud|server|line|phone system)",
  // "our mail and our partners' mail has stopped"
  "partner (\\w+ )?(mail|email|site|website|system|server|phone|line|network|connection)s? (have |has )?(also )?(stop|down|offline|fail|go down|be down)",
  "(be )?(down|offline|out) as well as (ours|us)",
  // not what still works for the others: "Everyone else's phones are fine", "Everyone else's apps open"
  `(everyone|everybody) else 's(?! (\\w+ ){0,2}(be|seem|look|work) (still )?(${STILL_FINE}|working))(?! (\\w+ ){0,2}(still )?(open|load|work|run)( fine| normally| ok)?(?= \\||$))`,
  // "our partner's website (also hosted by you)"
  "also (host|hosted|manage|managed|support|supported|run) by you",
  "(neighbour|neighbor|next door) (\\w+ ){0,8}(the same|too|as well|both)",
  // "the other dentist you look after", "another practice you support"
  "(other|another) (\\w+ ){1,2}you (also )?(look after|manage|host|support|run|serve)",
  // "half the practices in the network you support", "all the shops in our street that you manage": other
  // organisations the provider serves, not "the line-of-business app you host for us"
  // nor a system named after them: "the practice management server you look after"
  "(?<!(our|my) (\\w+ ){0,2})(business|company|firm|practice|office|shop|school|clinic|surgery|charity|tenant)(?! (management|software|system|server|app|application|platform|portal|network|database|computer|pc|printer)s?(?![\\w'])) (\\w+ ){0,4}you (also )?(look after|manage|host|support|run|serve)(?! (for |to )?(us|me|our|my)(?![\\w']))",
  // "the email service you run for us and the whole chamber of commerce"
  "you (run|host|manage|provide|look after|support) (\\w+ ){0,3}for us and",
  // the provider's own site down: "is the datacentre down?", "outage at your datacentre"
  // not the client's own link to it: "the VPN to your datacentre is down"
  "(the|your) (datacentre|data centre|data center|datacenter) (be )?(down|out|offline|have an outage)(?<!to (the|your) \\w+( \\w+)? (be )?\\w+( an outage)?)",
  "outage (at|in|on) your (datacentre|data centre|data center|datacenter|side|end|platform|network)",
  // "us + 3 neighbours affected"
  "neighbor (be |also |all )?(affect|down|hit|offline|out)",
  "theirs (be )?(\\w+ )?(down|out|dead|offline|the same)",
  // "…say theirs is frozen too": theirs failing as ours does, however it fails (not "theirs works too")
  "theirs (be )?(?!(work|fine|ok|okay|up|run|normal|good|unaffected|load|open)(?![\\w']))(\\w+ ){1,2}(too|as well)(?![\\w'])",
  // "the one at the firm next door (you look after both)"
  "you (look after|manage|host|support|run) (both|all of them|both of us|us both|them both|them too|theirs too)",
  // "the office next door", not "I asked the office next door and theirs works", "The dentist next door (not
  // your customer) is fine", "the clinic next door on a different provider"
  `(firm|company|business|practice|shop|tenant|office|pharmacy|clinic|surgery|dentist|bakery|school) (next door|upstairs|downstairs|across the (hall|street|road|corridor))(?![^]*\\btheirs (work|be (fine|ok|okay|up)))(?! (${BESIDE})?${SAID_FINE})(?! \\| not ~(a ~|one ~of ~)?your ~(client|customer))(?! (\\w+ ){0,2}have (its|their) own)(?! (\\w+ ){0,2}(on|with|use|using) (a |an )?(different|another|other|its own|their own) (provider|supplier|isp|company|network|host)(?![\\w']))`,
  // "the pharmacy downstairs (you do their IT as well)"
  "you (also )?do (their|its) (it|computers|phones|network|systems|support)( as well| too)?(?![\\w'])",
  // "they're all on your service like us": the others named before are the provider's customers too
  // (not the client's own people: "our agents, they're all on your platform")
  "(?<=\\b(other|neighbou?ring|next door|upstairs|downstairs|across the (street|road|hall))\\b[^]*)(they|who) be (all |also |both )?(on|with|using) your (service|network|platform|system|hosting|broadband|fibre|fiber|cloud|server|phone)s?(?![\\w'])",
  // "the accounting firm upstairs (also with you)"
  `also (with|on|hosted with|managed by) you(?! (\\| )?${SAID_FINE})`,
  "(neighbouring|neighboring) (business|company|firm|practice|shop|office|tenant)",
  "(whole|entire) (business park|street|area|town|city|industrial estate|shopping centre|shopping center|mall)",
  // "everyone at the business park is offline"
  "(everyone|everybody|all|every (office|company|business|firm|shop)) (at|in|on|across) the (business park|industrial estate|estate|street|block|shopping centre|shopping center|mall)",
  // "every site you manage for our group (5 companies)": several of the provider's customers at once
  "(group|all) (of )?(\\| )?(\\d+|three|four|five|six|several) (company|companies)",
  // "none of the group's companies can reach your servers", "the companies in our group"
  "group ~?'s (company|firm|business|practice|site|office)",
  "(company|firm|business|practice)s? in (the|our) group",
  // "down for every dental practice we know, including ours and the two others in our group"
  "(every|all (the )?|other) (\\w+ ){0,2}(practice|firm|company|business|office|clinic|surgery|school|shop|store|pharmacy)s? we know",
  // "broken sign-in for all the companies you moved": the provider's work on several customers at once
  "(all|every|each|several|many|most) (of )?(the )?(company|companies|firm|business|client|customer|tenant|practice|office)s? (that )?you (have )?(move|migrate|upgrade|patch|update|transfer|switch)(ed)?(?![\\w'])",
  "(two|three|four|five|\\d+) others? in (our|the) (group|building|park|street|town)",
  // "you manage most of the offices here"
  "you (manage|look after|host|support|run) (most|many|all|several|half) (of )?(the )?(office|company|business|firm|shop|practice|tenant)",
  "every (company|business|firm|tenant|shop|office) (here|in|on|around)",
  "all (the )?(tenant|company|business|firm|neighbour|neighbor) (in|on|around|here)",
  "!globally",
  // "other companies seem fine", "other practices aren't affected" say the opposite
  // not one under the client's own contract: "our sister company (same group, same contract with you)"
  // nor one said to be fine: "Our sister company on the same service is fine"; nor one with IT of its own:
  // "Our sister company runs its own IT"
  `(sister|other) (company|firm|practice|business|organisation|organization)(?! (\\w+ ){0,2}(run|have|use|manage|do) (its|their) own(?![\\w']))(?! (\\w+ ){0,4}(${BESIDE})?((seem|be|look|work) (still )?(${STILL_FINE})|be not ~(affect|impact|hit)))(?! (\\| )?([^|]+ \\| )?(on |under )?(the )?same (contract|agreement|account))`,
  // "a friend at another company you support says theirs is down too"
  "another (company|firm|business|organisation|organization|practice) (that |which |who )?(you|also|use)",
  // "our neighbours who also use you say the same"
  "(who|that|they) (also )?use you",
  // "the dental practice we share a building with"
  "(practice|firm|company|business|office|shop|tenant)s? we share (a |the |our )?(building|floor|office|site|premises)",
  // "the two other firms in our building that use you"
  // nor "the other shops' flows run fine": what still works
  `(?<!our )other (\\w+ )?(firm|business|organisation|organization|tenant|practice|clinic|surgery|shop|school)(?! (\\w+ ){0,3}(${BESIDE})?((seem|be|look|work|run) (still )?(${STILL_FINE}|smoothly)|be not ~(affect|impact|hit)))`,
  // "the pharmacy across the street that you also look after", "the two other practices you support"
  "(that|who|which|practice|firm|company|business|shop|clinic|tenant|office|school|site|branch|store|surgery|pharmacy)s? you (also )?(look after|manage|host|support|run)",
  // "is your whole cloud down? downdetector shows loads of reports"
  "down ?detector",
  "your (whole|entire) (cloud|platform|network|service|hosting|datacentre|data centre|infrastructure)",
  "(loads|lots|hundreds|plenty) of (other )?(report|complaint)s?",
  // a cloud the provider runs on, out: "Azure is down in West Europe"
  "(azure|aws|amazon web services|google cloud|microsoft 365|office 365|microsoft) (be |seem to be |seem to have |have )?(down|a (global |major |big )?outage|an outage)",
  "(global|worldwide|major) outage",
  // "every tenant is affected", "you're the provider for all of us"
  "every tenant",
  "(provider|supplier|it company|msp) for all of us",
  `(customer|client)s? of yours(?! (\\w+ ){0,2}(seem|be|look|work|sound) (still )?(${STILL_FINE}))`,
  // "it's not only us", "all yours"
  "(not|n't) (only|just) us",
  "all yours",
  // "the accountant we work with (also on your cloud)", "(we're both with you)"
  "also on your (cloud|platform|network|server|hosting|service|system)",
  "(we be|we're) both (with|on) you",
  "both (of us )?(be )?(with|on) you",
  // "the company next to us"
  "(company|firm|business|practice|shop|office|tenant|clinic|pharmacy|bakery|school|surgery)s? next to (us|our)",
  // the provider's regions, not the client's own: "all 300 of our users in all regions"
  "all region(?<!our (\\w+ ){0,3}(in|across) all region)",
  // "their status page shows it", not "the status page emails never arrive"
  // "your status page shows it", not "the status page says all systems normal"
  // nor "Nothing in your status page", "nothing on the status page"
  // nor the client's own: "(see our status page)"
  // nor asked for: "Is there a status page?", "Do you have a status page where we can see outages?"
  // nor "we already checked the status page": looked at, not what it shows ("checked your status page, it
  // shows an incident for SMS" is read below)
  "(?<!(nothing|no (\\w+ )?(incident|issue|problem|outage|update|mention)s?) (in|on) (your|the) )(?<!(check|look at|look on|visit|consult|refresh|read|monitor|watch) (your|the) )(?<!(be there|there be|you have|you get|where be|find|get|subscribe to|link to|url (of|for)) (a |an |your |the )?)(?<!(our|my) (own )?)(?<![\\w~])~?status (page|dashboard)(?! (subscription|email|mail|notification|alert|link|login|account|sign))(?! (\\w+ )?(say|show) (all|everything|it be) (\\w+ )?(normal|operational|green|fine|ok|okay|up|good))(?! (\\w+ )?(say|show) (nothing|no (issue|problem|incident|outage)))",
  "status (page|dashboard)( \\|)? (\\w+ ){0,3}(show|say|list|mention|confirm|report|have)s? (an? |the )?(\\w+ )?(incident|outage|disruption|degradation|problem|issue|red)",
  // not a verdict on it: "your platform is useless today" says how the client feels, not that others are hit
  // nor "your platform fails us again": it is about the client; nor the way a message goes: "through your
  // platform"; nor what the client thinks of it or does with it: "we like your platform", "we use your platform"
  // nor the client's link to it: "our SIP trunk to your Voice platform dropped"; nor what still works: "The
  // rest of your platform works for us"; nor a change it went through: "it broke after your platform update"
  `(?<!(through|via|using|over|with|to|from|into|like|love|enjoy|appreciate|prefer|recommend|choose|use|test|evaluate|try|on|rest of) )your (whole |entire )?(\\w+ )?platform(?! (fail|let) (us|me))(?! (update|release|change|upgrade|maintenance|migration|version|deployment)s?(?![\\w']))(?! (still )?(work|be (fine|ok|okay|up|unaffected))(?![\\w']))(?! be (so |just |completely |totally )?(${VERDICT_WORDS}))`,
  "partner (company|firm|business|organisation|organization)",
  // the provider's customers, not the client's: "all your customers are down"
  "(all|every|most|many|other|another|several|some|a few|lot of|a lot of|two|three|four|five|\\d+) (of )?your (\\w+ )?(customer|client)",
  // "your backup service failed for all clients": the provider's clients, where the client says none is theirs
  // not the client's work for its own clients: "I need the laptop for all client work"
  "(for|affect|hit) all (the )?client(?! (work|file|meeting|call|data|record|document|matter|case|account)s?(?![\\w']))",
  "vendor (be )?say the same",
  // not "many customers type it with a space": the client's own customers
  "(multiple|several|many) ((of )?your|other) customer",
  "every (company|business|organisation|organization) (on|use|with)",
  "(our )?partner (company )?(too|also|as well)",
  // "our partner on your platform cannot reach their systems", "a supplier with your hosting"
  "(partner|supplier|neighbour|neighbor|accountant|friend)s? (also )?(on|with|using|who use) your (\\w+ )?(platform|cloud|hosting|service|network|server)",
  // "down for every company they manage" (the client's IT partner speaking of the provider's customers)
  "(for|at) every (company|business|firm|practice|office|organisation|organization) (they|he|she|it|you) (manage|support|look after|host|serve)",
  // "half the businesses on our street ..., all of them are on your network"
  "(business|company|companies|firm|shop|office|tenant)s? on (our|the) (street|road|block|estate|floor|business park)",
  "(all of them|they all|all of us|we all|both of us) (be )?(on|with|use|using) your",
  // "the internet at the bakery downstairs is down too, they're with you too"
  "(they|who) (be |'re )?(also )?(with|on) you (too|as well|also)",
  // "apparently half the town has the same": a place, not the client's own people
  "(half|most|all|much|the rest) (of )?the (town|city|village|street|area|region|neighbourhood|neighborhood|business park|industrial estate)",
  // "2 other office of your clients near us"
  "(other|another|\\d+|two|three|four|five|several) (\\w+ ){1,2}of your (client|customer)",
  // "the dentist next door, both your clients too"
  "your (client|customer)s? (too|as well)",
  // "our partners report the same"
  "partner (\\w+ ){0,3}(report|say|see|have|experience|confirm) (the same|it too|it as well|this too)",
  // "our accountant, our solicitor and us, all three of us your customers in this building"
  "(all|both) ((two|three|four|five|six|\\d+) )?of (us|them) (be )?(also )?your (client|customer)",
);
