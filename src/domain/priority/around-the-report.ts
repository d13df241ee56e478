import { withoutWordsAfterTheReport } from "./after-the-report.js";
import { withoutMailWrapping, withoutQuotedMail } from "./mail-parts.js";
import { needingWords } from "./needed-words.js";
import { withoutSupposedFailures } from "./supposed-failures.js";

/**
 * What a message says around its report rather than about it, left out before the report is read: the
 * mail's own parts (a quoted earlier mail, a greeting, a subject line that only says "issue", who passes
 * the report on: mail-parts.ts), wishes, compliments and sign-offs, and sentences about the client rather
 * than the issue. Their words would read as who is affected ("the whole team", "a colleague"), where
 * ("your platform"), which products fail, or something still working. A failure only supposed in a
 * question goes too.
 */
export function withoutWordsAroundTheReport(text: string): string {
  const unquoted = withoutQuotedMail(withoutSupposedFailures(withoutWordsAfterTheReport(text)));
  return withoutMailWrapping(unquoted.replace(TAKEN_BACK_BEFORE, ""))
    .replace(PLEASANTRIES, " ")
    .replace(HOW_IT_WAS_WRITTEN, " ")
    .replace(USAGE_CONTEXT, (sentence, offset: number, whole: string) =>
      opensSentence(sentence, offset, whole) ? " " : sentence,
    )
    .replace(EARLIER_INCIDENT_FIXED, " ")
    .replace(EARLIER_STATE, " ")
    .replace(EARLIER_REACH, " ")
    .replace(HELP_ASKED, " ")
    .replace(ATTACHED, " ")
    .replace(CONTACT_OFFERED, " ")
    .replace(OTHER_TOOLS_FINE, " ")
    .replace(STEPS_AND_EXPECTED, " ")
    .replace(PEOPLE_WAITING_OR_UPSET, " ")
    .replace(EARLIER_TICKET, " ")
    .replace(SUPPORT_NOT_HEARD_FROM, " ")
    .replace(STATUS_ASKED, " ")
    .replace(WHERE_THE_WRITER_WORKS, (sentence, offset: number, whole: string) =>
      opensSentence(sentence, offset, whole) ? " " : sentence,
    );
}

/**
 * How the message was written, not what it reports: "sorry for the voice typing", "dictated on my phone",
 * "voice memo transcript:", "Late email, sorry:". "voice" would read as the Voice product failing beside
 * the one reported, "late" as something arriving late.
 */
const HOW_IT_WAS_WRITTEN = needingWords(
  /\b(?:(?:sorry|apologies)(?: for| about)? (?:the |this |my |a )?(?:late|late-night|very late|early|weekend|sunday|saturday|\d{1,2}(?::\d\d)?\s?(?:am|pm)) (?:email|e-mail|mail|message|note|ping|hour)|(?:late|late-night|weekend|sunday|saturday)(?: night)? (?:email|e-mail|mail|message|note),? (?:sorry|apologies)|sorry for the hour|(?:sorry|apologies|excuse me|pardon)(?: for| about)? (?:the |my |any )?(?:voice[ -]?(?:typing|to[ -]text|dictation|input)|dictation|speech[ -]to[ -]text|typos?|autocorrect|spelling|brevity)|voice[ -]?(?:memo|message|mail|note) transcript(?:ion)?|(?:voice[ -]?(?:typed|typing)|dictated|dictating(?: this)?)(?: (?:on|from|via|using|with) (?:my |a )?(?:phone|mobile|iphone|ipad|android|car))?)\b[ \t]*[.!:,;)]*/gi,
);

/**
 * What a message says around its report, not about it: a wish ("Happy new year to the whole team!"),
 * a compliment ("we like your platform"), a sign-off ("Cheers, the whole team at Bakkerij De Vries").
 * Its words would read as who is affected ("the whole team") or where ("your platform"). A compliment
 * is cut at the end of its clause: "we love your service, but today nothing works" keeps its report.
 */
const PLEASANTRIES = needingWords(
  new RegExp(
    [
      // "Hi all 👋", "Hello everyone,": whom the message greets, not who is affected
      String.raw`\b(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)) (?:all|everyone|everybody|guys|folks|team)(?=\s*(?:[!,.:\n]|\p{Extended_Pictographic}|$))`,
      String.raw`\b(?:happy|merry) (?:new year|christmas|holidays|easter|friday|weekend|monday|birthday)(?: to (?:you|all|everyone|everybody|the (?:whole |entire )?team|all of you|your (?:whole |entire )?team))?[ !.]*`,
      String.raw`\b(?:have|enjoy) a (?:nice|good|great|lovely|wonderful|happy) (?:day|weekend|evening|week|holiday|christmas)(?: all| everyone| everybody| to (?:you|all)(?: of you)?)?[ !.]*`,
      String.raw`\bhope (?:you(?:'re| are)|you all are|everyone is|all is|everything is|this finds you)(?: all)? (?:well|good|fine|doing well|doing good|great)[ !.,]*`,
      String.raw`\b(?:we|i) (?:really |truly )?(?:like|love|enjoy|appreciate) (?:your|the) (?:platform|service|product|tool|app|software|support|team)(?: (?:a lot|very much|so far))?`,
      String.raw`\bthanks? (?:you )?for (?:all )?(?:your|the) (?:great |good |quick |fast |excellent )?(?:support|help|service|work)(?: as always)?[ !.]*`,
      // "Everyone is asking me about it.": who chases the writer, not who is affected
      String.raw`\b(?:everyone|everybody|people|my colleagues|the whole (?:office|team)) (?:is|are|keeps?|has been|have been) (?:asking|calling|chasing|bugging|pinging|nagging) (?:me|us)(?: about (?:it|this|that))?(?: all day| non-?stop)?[ !.]*`,
      String.raw`\b(?:cheers|thanks|thank you|regards|kind regards|best regards|best wishes|all the best|greetings|bye)[ ,!]*(?:from )?(?:the (?:whole |entire )?team|every(?:one|body)|all of us) (?:at|of|from|here at) [^\n]*$`,
    ].join("|"),
    "giu",
  ),
);

/**
 * A report taken back and told again in the same message: "Every chat transcript email is missing! Sorry,
 * correction: only for chats closed by the bot", "The leave process is throwing errors. Actually, scratch
 * that: nothing in Kissflow loads". What was said before the correction is no longer the report. Not an
 * update ("Update: SMS is failing too now"), which adds to it; nor a correction with little after it.
 */
const TAKEN_BACK_BEFORE = needingWords(
  /^[\s\S]*?(?:^|[.!?\n]|\s)\s*(?:(?:sorry|ok|okay|edit|oh)[,:!]?\s+)?(?:correction(?: after checking)?|(?:actually,?\s+)?scratch that|false alarm(?: on (?:most|some|part) of (?:them|it))?|(?:oh )?wait,? no|actually,? no|ok(?:ay)?,? calmer now)\s*[:,.!-]*\s+(?=\S+(?:\s+\S+){3})/i,
);

/**
 * A sentence about the client rather than the issue, with nothing failing in it: what they use ("We run
 * Kissflow for our whole company (800 users).", "We use Voice, SMS and WhatsApp from you."), how they
 * work ("All our 120 employees work from home on Fridays.", "Our whole team of 40 agents works out of the
 * Leeds office."), what they rely on ("Our whole company depends on this system.") or how their customers
 * reach them ("Our customers mostly reach us by WhatsApp."), how much goes through ("We send about
 * 10,000 SMS a day.") or since when ("We migrated to your platform last year."), who they are ("We are a
 * logistics company and we run all our processes on Kissflow."), a "Context:" label
 * before it or not. Its words would read as who is affected,
 * which products fail, or something still working.
 */
const CLIENT_PEOPLE =
  "company|team|business|organisation|organization|firm|office|staff|people|employees|agents|users|colleagues|customers|clients|callers|patients|members|students|stores|shops|branches|sites|offices|locations|clinics|warehouses|teams|departments";
const CLIENT_SUBJECT = [
  "we|i",
  String.raw`our (?:whole |entire )?(?:\d[\d,]* )?(?:${CLIENT_PEOPLE})(?: of (?:about |around |some |over )?\d[\d,]* \w+)?`,
  String.raw`all (?:of )?our (?:\d[\d,]* )?(?:${CLIENT_PEOPLE})`,
  `(?:most|many|all|half) of our (?:${CLIENT_PEOPLE})`,
  `the (?:whole|entire) (?:company|team|office|business|organisation|organization)`,
  `(?:every(?:one|body)) (?:here|in (?:the|our) (?:team|company|office|business))`,
].join("|");
const CLIENT_HABIT = [
  "uses?|runs?|have been using|are using|works? with",
  // "We send about 10,000 SMS a day.", "we handle 50k orders a month"
  String.raw`(?:send|sends|handle|handles|process|processes|get|gets|receive|receives|make|makes|take|takes) (?:about |around |roughly |over |some |up to )?\d[\d,.]*k? \w+(?: \w+)? (?:a|per|every) (?:day|week|month|year|hour)`,
  // "we run a webshop with 50k orders a month", "we migrated to your platform last year"
  String.raw`(?:run|runs|operate|operates) an? \w+`,
  String.raw`(?:migrated|moved|switched|came) (?:to|over to) (?:you|your \w+)`,
  `(?:work|works|working) (?:from|out of|in|at|on|remotely|shifts)`,
  `(?:rel(?:y|ies)|depends?) (?:heavily |entirely |completely |fully )?on`,
  `(?:reach|contact|call|message|text)(?:es|s)? us`,
  `(?:is|are) based`,
  // "We are a 600-person logistics company and we run nearly all our processes on Kissflow."
  String.raw`(?:are|'re) an? (?:[\w-]+ ){0,3}(?:company|business|firm|organisation|organization|retailer|webshop|web shop|practice|school|agency|hospital|clinic|bank|insurer|manufacturer|wholesaler|shop|store|chain|startup|group|charity|municipality|university|hotel|restaurant)`,
].join("|");
/**
 * What makes a sentence about the client part of the report after all: something failing, a time, a
 * deadline, a question ("We use Outlook on a Mac, is that supported?", "We are a hospital and would like
 * to know …").
 */
const PART_OF_THE_REPORT = String.raw`(?![^.!?\n]*(?:\b(?:not|no|never|nothing|nobody|down|fail\w*|error\w*|broken|stuck|slow\w*|issue\w*|problem\w*|cannot|unable|since|today|tonight|tomorrow|deadline|due|urgent\w*|asap|anymore|stopp\w*|outage|offline|crash\w*|instead|meanwhile|meantime|temporarily|workaround|until|manually|hand|paper|backup|spare|now|affect\w*|impact\w*|block\w*|idle|waiting|lost|losing|but|gets?|getting|hears?|hearing|drop\w*|busy|dead|wrong|missing|freez\w*|hang\w*|know|wonder\w*|question\w*)\b|n't|can't|\?))`;
const USAGE_CONTEXT = needingWords(
  new RegExp(
    String.raw`(?<=(?:^|[.!?\n])\s*|\s)(?:(?:background|context|for context|some context)\s*:\s*)?(?:${CLIENT_SUBJECT})(?: (?:also|mainly|mostly|currently|already|usually|normally|all))? (?:${CLIENT_HABIT})\b${PART_OF_THE_REPORT}[^.!?\n]*[.!?]?`,
    "giu",
  ),
);

/**
 * The help asked for with the report, as a sentence of its own or closing it: "Can you please look into it
 * and let me know?", "Please investigate asap.", "Let me know if you need more info." Every report asks
 * for it; its words ("let", "look", "know") would read as the wording of a question.
 */
const HELP_ASKED = needingWords(
  /(?<=(?:^|[.!?\n])\s*|\s)(?:(?:(?:can|could|would|will) (?:you|someone|somebody|anyone|one of you)(?: guys| all)? |please |pls |plz |kindly )(?:please |pls |kindly )?(?:look into|check|investigate|have a look at|take a look at|look at|fix|sort(?: out)?|resolve|help (?:us|me)(?: with)?) (?:it|this|that|the (?:issue|problem|matter))(?: (?:asap|urgently|as soon as possible|quickly|today|for (?:me|us)))?(?: and (?:let (?:me|us) know|get back to (?:me|us)|update (?:me|us)|revert))?(?: (?:asap|as soon as possible|please|thanks|thank you))?|(?:please )?(?:let (?:me|us) know|get back to (?:me|us)|tell (?:me|us)) (?:if (?:you )?(?:need|require|want) (?:any |some )?(?:more |further |additional |other )?(?:info(?:rmation)?|details|data|screenshots|logs|anything(?: else)?)|what (?:else )?(?:you need|info(?:rmation)? you need|you require))(?: from (?:me|us))?)\s*[.!?]*(?=\s|$)/giu,
);

/**
 * When it will be fixed, asked as a sentence of its own: "What is the status?", "What's the ETA for a
 * fix?", "Please let us know when it is working again.", "What should we do if it happens again?". Every
 * report may ask it; its "what" would read as the wording of a question, its "working" as something that works.
 */
const STATUS_ASKED = needingWords(
  new RegExp(
    String.raw`(?<=(?:^|[.!?\n])\s*)(?:` +
      // "Please let us know when it is working again."
      String.raw`(?:(?:please |pls |kindly )?(?:let (?:us|me) know|tell (?:us|me)|inform (?:us|me)|update (?:us|me)) (?:when|once|as soon as) (?:it|this|that|everything|all)(?:'s| is| has been| are)? (?:back|working|fixed|resolved|solved|up|running|restored|sorted)(?: (?:up|again|and running|normally))*\s*[.!]*(?=\s|$))` +
      // "What should we do if it happens again?"
      String.raw`|(?:what (?:should|can|do) (?:we|i) do (?:if|when) (?:it|this|that) (?:happens|occurs|comes back) again\s*\?+)` +
      // "What is the status?", "What's the ETA for a fix?", "Any ETA?"
      String.raw`|(?:(?:(?:and |so )?what(?:'s| is) the (?:current )?(?:status|eta|timeline|time ?frame|expected (?:fix|resolution) time)(?: (?:for|of|on) (?:a |the )?(?:fix|resolution|this|it|that|the (?:issue|problem|fix)))?|(?:any|an) eta(?: (?:for|on) (?:a |the )?(?:fix|resolution|this|it))?)\s*\?+)` +
      ")",
    "giu",
  ),
);

/**
 * The support team not heard from, or its help not found, as a sentence of its own: "No one has answered
 * my ticket yet.", "None of your colleagues could help.", "I could not find anything in your docs.",
 * "Your chatbot could not help me." About the support, not the service: its "no one" is not everyone
 * affected, its "I" not one person, its chatbot not a product failing.
 */
const SUPPORT_NOT_HEARD_FROM = needingWords(
  /(?<=(?:^|[.!?\n])\s*)(?:(?:no one|nobody|none of (?:you|your (?:\w+ )?(?:colleagues|team|people|agents|engineers))|no one from (?:your|the support) (?:team|side|support))(?: (?:has|have|had|did|did not|didn't|could|could not|couldn't|ever|even|yet|still))* (?:answered|replied|responded|reacted|called(?: me| us)? back|got back|gotten back|come back|helped|help|picked up|contacted)\b|(?:no one|nobody) (?:has |had |ever )?(?:told|informed|notified|warned) (?:us|me) (?:about|of) (?:the |any |this |your )?(?:maintenance|update|change|release|upgrade|migration)\b|(?:i|we) (?:could not|couldn't|can't|cannot|did not|didn't) find (?:anything|it|the answer|an answer|a solution|this)(?: \w+)? (?:in|on) (?:your|the) (?:docs|documentation|faq|help ?cent(?:er|re)|knowledge ?base|website|community|forum|guide)|your (?:support |help )?(?:chat)?bot (?:could not|couldn't|did not|didn't|can't|cannot|was not able to|wasn't able to) (?:help|answer|understand))[^.!?\n]*(?:[.!?]+|(?=\n|$))/giu,
);

/** An earlier ticket named, as a sentence of its own: "Same problem as ticket #4521." Its "problem" is this one. */
const EARLIER_TICKET = needingWords(
  /(?<=(?:^|[.!?\n])\s*)(?:(?:this is )?(?:the )?(?:same|similar) (?:problem|issue|error|thing) as (?:in )?(?:our |my )?(?:previous |earlier |last |old )?(?:ticket|case|incident|request)?\s*(?:#|no\.? ?|number )?[\w-]*\d[\w-]*|see (?:also )?(?:our |my )?(?:previous |earlier )?(?:ticket|case) (?:#|no\.? ?)?[\w-]*\d[\w-]*)\s*(?:[.!]+|(?=\n|$))/giu,
);

/**
 * How the client's people feel, or that they wait for the answer, as a sentence of its own: "Everyone here
 * is frustrated.", "The whole team is waiting for your answer.", "My manager is asking for an update."
 * Whom the answer is awaited by is not who is affected, nor is a manager asking one person affected.
 */
const WHO = String.raw`(?:everyone|everybody|all of us|we all|we|people|the (?:whole |entire )?(?:team|office|company|staff)|(?:my|our) (?:\w+ )?(?:manager|boss|ceo|cfo|cto|director|team ?lead|supervisor|management|team|colleagues))`;
const PEOPLE_WAITING_OR_UPSET = needingWords(
  new RegExp(
    String.raw`(?<=(?:^|[.!?\n])\s*)${WHO}(?: here| in the office)?(?: (?:is|are|am|'s|'re|gets?|getting|keeps?|have been|has been|were|was))?(?: (?:very|really|quite|so|extremely|a bit|pretty|all|getting|becoming))*(?: (?:frustrated|annoyed|upset|angry|unhappy|nervous|worried|stressed|desperate|fed up|not happy|panicking|waiting (?:for|on) (?:your|an|a|the) (?:answer|reply|response|update|feedback|news|fix|solution)|(?:asking|chasing|pushing)(?: (?:me|us))? (?:for|about) (?:an |a |the )?(?:update|news|status|answer|eta|it|this))(?: (?:about|with|over) (?:it|this|that))?)\s*(?:[.!]+|(?=\n|$))`,
    "giu",
  ),
);

/**
 * A bug report's steps and what was expected: "Steps to reproduce: log in, open the inbox, click a
 * conversation.", "Expected: it works." The steps name the parts the client went through, not parts that
 * fail; what was expected is not what happens. What happens ("Actual: …") is the report.
 */
const STEPS_AND_EXPECTED = needingWords(
  /(?<=^|[.!?\n]\s*)(?:steps to reproduce|to reproduce|repro(?:duction)? steps|steps|expected(?: result| behaviou?r| outcome)?)\s*:\s*[^\n]*?(?=\s*\b(?:actual(?: result| behaviou?r| outcome)?|observed|result|what happens)\s*:|\n|$)/gi,
);

/**
 * The client's other tools, said to work: "We have checked our own network and other SaaS tools work
 * fine." They show the fault is not on the client's side; they are no part of the product still working.
 */
const OTHER_TOOLS_FINE = needingWords(
  /\b(?:other|all other|our other) (?:saas |cloud |online |web |internet )?(?:tools|websites|sites|web ?sites)(?: we use)? (?:work|are working|are fine|load|are ok|are reachable)(?: fine| normally| ok| okay)?/gi,
);

/**
 * Someone offered as a contact, as a sentence of its own: "My colleague Anna can also help, she is in the
 * office until 5.", "Our IT manager can give you more details." Whom the support team may call is not who
 * is affected, nor "she is in the office" something still working.
 */
const CONTACT_OFFERED = needingWords(
  /(?<=(?:^|[.!?\n])\s*)(?:my|our) (?:colleague|co-?worker|manager|it (?:guy|person|team|manager|admin)|admin(?:istrator)?|developer|team ?lead|office manager|supervisor)(?: \p{L}+)? (?:can|could|will|is able to|is happy to|would be happy to) (?:also )?(?:help|assist|answer|explain|give|show|provide|be reached|be contacted|join|walk you)\b[^.!?\n]*(?:[.!]+|(?=\n|$))/giu,
);

/**
 * What comes with the report, as a sentence of its own: "I have attached a screenshot of the error.",
 * "See attached log.", "Screenshots attached." Its "error" is the one reported, not a second failure.
 */
const ATTACHED = needingWords(
  /(?<=(?:^|[.!?\n])\s*)(?:(?:(?:i|we)(?:'ve| have)? )?(?:attached|attach|am attaching|are attaching|enclosed|added|included)(?: (?:a|the|some|two|three|\d+))? (?:screenshots?|screen ?shots?|screen recordings?|pictures?|photos?|images?|logs?|log files?|files?|videos?|har files?|exports?)|see (?:the )?attached(?: (?:screenshots?|screen ?shots?|files?|logs?|images?|pictures?))?|(?:the )?(?:screenshots?|screen ?shots?|logs?|files?|pictures?|photos?) (?:is |are )?attached)(?: (?:of|showing|with) (?:the|this|that|my|our) (?:error|issue|problem|message|screen|page|settings)(?: message)?)?(?: (?:for reference|below|here|to this (?:mail|e-?mail|ticket|message)))?\s*(?:[.!]+|(?=\n|$))/giu,
);

/**
 * An earlier incident, told as fixed or over, before the report: "Yesterday SMS was down for an hour
 * (thanks for fixing).", "Last week we had an issue with voice, that was fixed.", "Kissflow was down
 * yesterday for everyone, it's back up.", "The flows were all stuck yesterday (your incident). They run
 * again; only 3 orders are still missing", "The WhatsApp outage from this morning is resolved". What failed
 * then is not what fails now; what has not come back is ("the file server hasn't come back up since last
 * night", "since this morning"). Told alone ("it was down yesterday, it's running again now"), it stays
 * for the rating to read as over already.
 */
const EARLIER = String.raw`\b(?:yesterday|last (?:night|week|month)|earlier (?:today|this week)|(?<!since )this morning|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`;
const OVER = String.raw`(?<!(?:n't|\bnot|\bnever)(?: yet| been| even)? )\b(?:fixed|resolved|solved|sorted(?: out)?|thanks? (?:you )?for (?:fixing|the fix|sorting|solving|resolving)|(?:is|are|'s|'re|came|come|been) back (?:up|online|to normal)\b|(?:it|they|everything|all)(?:'s|'re| is| are) back(?![\w-])|(?:works?|working|runs?|running) (?:again|normally again)|(?:is|are) over)\b`;
const EARLIER_INCIDENT_FIXED = needingWords(
  new RegExp(
    String.raw`(?<=^|[.!?\n]\s*)[^.!?\n]*${EARLIER}[^.!?\n]*(?:${OVER}(?:(?!\b(?:but|however|although|though|yet|now|today)\b)[^.!?\n])*(?:[.!?]|(?=\b(?:but|however|although|though|yet|now|today)\b))|[.!?]\s*(?:but |and )?(?:it|they|that|this|everything|all|things)(?:'s|'re| is| are| has been| have been)? ?${OVER}[^.!?;\n]*[.!?;])(?=\s*\S)(?!\s*(?:now|today)?[\s.!?]*$)(?:\s*(?:new|another|different|separate|other|today's|the new) (?:issue|problem|question|topic)\s*:|\s*today\s*:)?`,
    "giu",
  ),
);

/**
 * How it was earlier, before how it is now: "Yesterday nobody could log in. Today it's only one agent who
 * still can't", "Earlier only a few orders failed, now every single order fails", "Started with a few
 * failed sends at 10, by now none go out". What is reported now is the report. Not when the earlier state
 * still holds ("This morning nobody could log in, now it's the same for the other site too").
 */
const EARLIER_STATE = needingWords(
  /(?<=^|[.!?\n]\s*)(?=[^.!?\n]*\b(?<!since |from |until )(?:yesterday|last night|earlier(?: today| this morning)?|this morning|at first|initially|at \d{1,2}(?::\d\d)?(?: ?[ap]m)?|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|started with|first it)\b)(?=[^.!?\n]*\b(?:was|were|could(?:n't| not)?|had|did(?:n't| not)?|went|started|it was|only|just)\b)[^.!?\n]*?(?:[.!?;]+\s*|,\s*)(?=(?:but |and |so )?(?:now|today|by now|since then|this time|currently|at the moment|right now)\b(?![^.!?\n]*\b(?:same|worse|as well|too|also)\b)(?=[^.!?\n]*\b(?:only|just|one|a few|few|some|a handful|a couple|the rest|the others|others)\b)[^.!?\n]*(?:\b(?:not|no|none|nothing|nobody|only|just|fail\w*|down|error\w*|stuck|slow\w*|missing|drop\w*|crash\w*|broken)\b|n't))/giu,
);

/**
 * Who it was the last time, before who it is now: "Last month it was the whole office, this time it's
 * only the 6 people in finance". The earlier reach is not this report's.
 */
const EARLIER_REACH = needingWords(
  /\b(?:last (?:time|week|month|year|quarter)|yesterday|previously|the previous time|before)(?: it)? (?:it was|that was|was it) [^,.;!?\n]{1,60}[,;:]\s*(?=(?:but |and )?(?:this time|now|today)\b)/giu,
);

/**
 * Where the writer works today, as a sentence of its own: "I am working from home today.", "We're all
 * remote this week." Its "working" would read as something still working; it says nothing of the issue.
 */
const WHERE_THE_WRITER_WORKS = needingWords(
  /(?<=(?:^|[.!?\n])\s*|\s)(?:i|we)(?: am|'m| are|'re)?(?: all| both)? (?:remote|(?:working|work|based) (?:from home|from the office|remotely|from (?:our|the) \w+ office|on site|out of (?:the|our) \w+ office))(?: (?:today|tomorrow|this week|this morning|at the moment|right now|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?))?\s*(?:[.!]|(?=\n|$))/giu,
);

/** After a full stop or a line break, or written with a capital: "…logged out every hour Our whole company…". */
function opensSentence(words: string, offset: number, whole: string): boolean {
  // "I" is written with a capital anywhere: "can I use my own headset?"
  return /^(?!I\b)\p{Lu}/u.test(words) || /(?:^|[.!?\n])\s*$/.test(whole.slice(0, offset));
}
