import { needingWords } from "./needed-words.js";
/**
 * Whether a client's message asks for anything. Greetings, thanks, "ok", emoji, a mistyped command and a
 * word or two that name no problem open no ticket (and page nobody): the desk asks instead. Anything
 * that names a problem, however briefly ("login broken", "help!"), is a request.
 */
export type Chatter = "empty" | "emoji or punctuation" | "small talk" | "a mistyped command" | "too short";

/** Words that, alone, ask for nothing: greetings, thanks, acknowledgements, calls for attention. */
const SMALL_TALK = new Set(
  [
    "hello hi hey hiya heya yo hallo howdy greetings morning afternoon evening good day gm",
    "anyone anybody someone somebody there here around online awake listening ping",
    "thanks thank you thx ty tnx cheers appreciated much many lot great so very",
    "ok okay k kk okey alright cool nice perfect awesome sure np noted got it fine understood",
    "bye cya later see you test testing tst all team guys folks everyone support desk bot sla please pls plz",
    "yes yeah yep no nope lol haha hmm hm uh oh wow the a an is are and or to for of me we our",
    "happy monday tuesday wednesday thursday friday weekend brb nvm never mind found sorry oops wrong channel",
    "ignore that this will do sounds worries mate quick one just checking in",
    "how you doing hope well have nice new year merry christmas holidays season easter night welcome back",
    "i question try fyi see above same too done",
    "nevermind it tomorrow soon talk",
    // "ah ok understood", "welcome aboard!", "congrats!", "long time no see"
    "ah aboard congrats congratulations well done long time",
    // thanks as clients abroad write it
    "bedankt dank je u wel merci beaucoup danke schön schoen gracias grazie mille obrigado obrigada tack takk kiitos",
  ]
    .join(" ")
    .split(" "),
);

/** Words that name a problem or ask for help, even in a two-word message. */
const PROBLEM = needingWords(
  /^(error|errors|err|fail|fails|failed|failing|failure|down|outage|broken|broke|break|breaks|crash|crashed|crashes|crashing|bug|bugs|issue|issues|problem|problems|slow|stuck|missing|wrong|cannot|can't|cant|unable|timeout|timeouts|timed|denied|locked|blocked|lost|stopped|frozen|freezes|freezing|hangs|hanging|dead|died|offline|unreachable|unavailable|kaput|laggy|lagging|glitch|glitchy|glitching|urgent|asap|emergency|help|sos|incident|not|doesn't|isn't|won't|didn't|doesnt|isnt|wont|didnt|aint|can’t|doesn’t|isn’t|won’t|[45]\d\d|jammed|jams|jam|dropping|drops|dropped|bounced|bouncing|bounces|rejected|declined|expired|corrupt|corrupted|disconnected|disconnecting|disconnects|spinning|blank|empty|hung|frozen|stalled|delayed|borked|hosed|busted|bricked|flickering|echo|choppy|garbled|leaking|overheating|beeping|wonky|flaky|buggy|lagging|lags)$/,
);
/** Nothing happening, said in two words: "nothing works", "nothing loads". */
const NOTHING_HAPPENS = needingWords(
  /\b(?:nothing|nobody|no one|none) (?:works?|working|loads?|loading|happens|arrives?|opens?|sends?|prints?|connects?|syncs?|goes through|gets through|comes through|can)\b/i,
);
/** A service missing, said in two words: "no internet", "no dial tone"; not "no problem", "no rush". */
const NONE_OF_IT = needingWords(
  /^\W*no (?:internet|wi-?fi|network|connection|signal|sound|audio|power|phones?|e-?mails?|mail|calls?|sms|texts?|messages?|dial ?tone|access|service|video|display|picture|printing|vpn)\b/i,
);
/** "no problem", "no issues": an answer, not a report. */
const NO_PROBLEM_ALONE = needingWords(/^\W*no (?:problems?|issues?)\W*$/i);
/** A message its writer asks to be ignored: "test message please ignore", "sorry, pls ignore". */
const IGNORE_THIS = needingWords(
  /\b(?:please|pls|plz|kindly)? ?ignore(?: (?:this|that|it|me|my (?:last |previous )?message))?\W*$/i,
);
/** Whether this is the place to ask: "is this the right channel?". */
const RIGHT_PLACE = needingWords(/\b(?:right|correct) (?:channel|chat|thread|place|group|team|people)\b/i);

/** Good news, briefly: "Great, works now 🎉", "all good now", "fixed, ty". */
const GOOD_NEWS_ALONE = needingWords(
  /^(?:\W*(?:great|perfect|awesome|nice|cool|ok|okay|yay|yes|super|excellent|brilliant|never ?mind|nvm|yep|yeah|yup)\W*)?(?:it |that |everything |all )?(?:works?|working|all good|good|fine|fixed|sorted|solved|resolved)(?: (?:now|again))?\W*$/iu,
);
/** Words that close an exchange: "will check and get back", "sorry, my bad". */
const CLOSING_WORDS = needingWords(
  /^\W*(?:(?:sorry|oops)\W+)?(?:my bad|will (?:check|look) (?:and|&) (?:get back|revert|let you know)|will get back(?: to you)?|let me check|checking)\W*$/i,
);

/** The client's own mistake, owned: "my bad, it was our firewall", "our fault, sorry". */
const OWN_MISTAKE = needingWords(
  /^\W*(?:(?:sorry|oops)\W+)?(?:my bad|our bad|my fault|our fault|my mistake|our mistake)\b/i,
);

/** A greeting from somewhere: "Good morning from Amsterdam!". */
const GREETING_FROM = needingWords(
  /^\W*(?:good (?:morning|afternoon|evening)|hello|hi|hey|greetings)(?: all| everyone| team)?,? from (?:sunny |rainy |snowy )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?\W*$/iu,
);
/**
 * An out-of-office reply posted by someone's mail or chat client: "Automatic reply: I am out of the office
 * until 5 December …". Its "For urgent matters please contact Jan" asks for nothing.
 */
const AUTO_REPLY = needingWords(
  /^\W*(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|ooo)\b|\b(?:i am|i'm|i will be) (?:currently )?(?:out of (?:the )?office|on (?:annual |parental |sick )?leave|on holiday|on vacation|away)\b[^?]*\b(?:until|till|return|returning|back on|back at)\b/i,
);
const FAILURE_IN_AUTO_REPLY = needingWords(
  /\b(?:error|errors|fail\w*|down|broken|not working|can'?t|cannot|unable|outage|issue|problem)\b|\?/i,
);

const WORDS = needingWords(/[\p{L}\p{N}'’]+/gu);
const MEANT_FOR_SOMEONE_ELSE = needingWords(
  /^\W*(?:sorry,? |oops,? )?(?:i )?meant (?:to send|to post|for) (?:that|this|it)? ?(?:to|for|in) (?:my |a |another |the other )?(?:colleague|coworker|co-worker|someone else|somebody else|another (?:chat|channel|thread)|other (?:chat|channel|thread)|team)\W*$/i,
);
const CONGRATULATIONS = needingWords(
  /^\W*(?:congrats|congratulations|well done|kudos)\b[^.!?]{0,60}[.!]*\W*$/i,
);
const THANKS = needingWords(/\b(thanks|thank you|thx|ty|cheers|much appreciated)\b/i);
const EVERY_THANKS = needingWords(new RegExp(THANKS.source, "gi"));
/**
 * What turns a thank-you into a report: "thanks, but it still fails", and a thank-you said sourly before
 * one: "Thanks a lot, after your 'maintenance' nobody can log in", and thanks in scare quotes: "Thanks
 * for the 'improvement': now our chats arrive without the customer's name".
 */
const STILL_WRONG = needingWords(
  /\b(but|still|again|however|although|though|not|n't|no longer|anymore|another|also|error|fail\w*|broken|down|issue|problem|bug|(nobody|no one)\b[^.!?]{0,40}\b(can|could|is able|gets|has access)|cannot|unable|stuck|missing|wrong|stopped|blocked|locked out)\b|n't\b|\?|\b(thanks|thank you) for (the|your) ['"‘“]/i,
);

/** "it works again": good news, not a problem come back. */
const WORKS_AGAIN = needingWords(/\b(works?|working|running|up|back|fine|ok|okay) again\b/gi);

/** A problem said to be over: "that fixed the issue", "the error is gone now", "no more problems". */
const RESOLVED = needingWords(
  /\b(?:(?:that|this|it|you|your fix|the fix|the update|the restart)\s+)?(?:fixed|solved|resolved|sorted|cleared)(?:\s+(?:it|that|this|everything|the (?:\w+ )?(?:issue|problem|error|bug)s?))?\b|\b(?:the |that |this |our )?(?:\w+ )?(?:issue|problem|error|bug)s? (?:is|are|'s|has been|have been|was|were) (?:now )?(?:gone|fixed|solved|sorted|resolved)(?: now)?\b|\b(?:no|without)(?: any)? (?:more )?(?:problems?|issues?|errors?|worries)\b/gi,
);
/** What people thank for: "thanks for your help", "thank you so much for all the support". */
const THANKED_FOR = needingWords(
  /\b(?:thanks|thank you|thx)\s+(?:so much |a lot |very much )?(?:for|4)\s+(?:all\s+)?(?:the|your|ur)\s+(?:\w+\s+)?(?:help|support|assistance)\b/gi,
);

/**
 * Whether a thank-you comes with something still wrong: "thanks, but it still fails", "Cheers, one more
 * thing: the scanner is offline"; not the problem it thanks for fixing ("thanks, that fixed the issue").
 */
function wrongBesideThanks(body: string): boolean {
  const rest = body.replace(WORKS_AGAIN, " ").replace(RESOLVED, " ").replace(THANKED_FOR, " ");
  return STILL_WRONG.test(rest) || (rest.toLowerCase().match(WORDS) ?? []).some((word) => PROBLEM.test(word));
}

/** A thank-you at the end of a sentence: "... are fine thanks", "..., thank you so much!". */
const CLOSING_THANKS = needingWords(
  new RegExp(String.raw`[\s,;:-]*${THANKS.source}(?: (?:a lot|so much|very much|in advance))?[\s!]*$`, "i"),
);

/** What a thank-you is usually for: "it works again", "all fixed", "it now shows them as we asked". */
const GOOD_NEWS = needingWords(
  /\b(?:works?|working|running|up|back|fine|ok|okay) again\b|\b(?:fixed|solved|resolved|sorted)\b|\bnow (?:works?|shows?|includes?|has|looks?|loads?|arrives?)\b|\bas (?:we|i) asked\b/i,
);

/** Asking for something: "pls unlock my account thx", "Please could you reset my password. Thanks". */
const ASKING = needingWords(
  /\b(please|pls|plz|could you|can you|would you|will you|would like|we'd like|i'd like)\b/i,
);

/**
 * Whether the thanks come with a request: something asked for, or a sentence beside the thank-you that
 * says more than small talk ("... the calendar shows meetings an hour off. Thanks!").
 */
function asksBesideThanks(body: string): boolean {
  if (ASKING.test(body.replace(EVERY_THANKS, " "))) return true;
  const sentences = body.split(/[.!?\n]+/);
  // "... the call recordings are all silent since the update, the calls themselves are fine thanks": a
  // thank-you signing off a sentence leaves what the sentence says, unless that is good news.
  const signedOff = sentences.map((sentence) => sentence.replace(CLOSING_THANKS, ""));
  const withoutThanks = (some: readonly string[]) =>
    some.filter((sentence) => !THANKS.test(sentence)).join(" ");
  const rest = GOOD_NEWS.test(withoutThanks(signedOff)) ? withoutThanks(sentences) : withoutThanks(signedOff);
  const said = (rest.toLowerCase().match(WORDS) ?? []).filter((word) => !SMALL_TALK.has(word));
  return said.length >= 5;
}

export function chatterIn(text: string): Chatter | undefined {
  // Mentions (the desk's own, or anyone's `@id`) say nothing about the request.
  const body = text.replace(/@[\w.:@-]+/g, " ").trim();
  if (body === "") return "empty";
  const words = (body.toLowerCase().match(WORDS) ?? []).filter((w) => w !== "");
  if (words.length === 0) return "emoji or punctuation";
  const namesProblem = words.some((w) => PROBLEM.test(w));
  // `:hlep`, `/tciket list`, `/tikcet help`: a command that missed.
  if (/^[:/][a-z]{2,20}\b/i.test(body) && words.length <= 4) return "a mistyped command";
  // "sla-desk stauts": the desk's own name, typed without the slash
  if (/^sla[- ]?desk\b/i.test(body) && words.length <= 4 && !namesProblem) return "a mistyped command";
  // "great, thanks a lot for the quick help!", "thanks, that fixed it": a thank-you, not a new problem;
  // a request that ends "Thanks in advance!" is still a request.
  if (THANKS.test(body) && !wrongBesideThanks(body) && !asksBesideThanks(body)) return "small talk";
  if (/\bwrong (channel|chat|thread|conversation|place|group)\b/i.test(body) && words.length <= 6)
    return "small talk";
  // "sorry, meant to send that to my colleague", "congrats on the new release!"
  if ((MEANT_FOR_SOMEONE_ELSE.test(body) || CONGRATULATIONS.test(body)) && !namesProblem) return "small talk";
  if (GOOD_NEWS_ALONE.test(body) || CLOSING_WORDS.test(body) || GREETING_FROM.test(body)) return "small talk";
  // "Sorry, my bad, it was our firewall": the client found it on their side
  if (OWN_MISTAKE.test(body) && !wrongBesideThanks(body)) return "small talk";
  if (AUTO_REPLY.test(body) && !FAILURE_IN_AUTO_REPLY.test(body)) return "small talk";
  if (NO_PROBLEM_ALONE.test(body)) return "small talk";
  if (IGNORE_THIS.test(body) && words.length <= 6 && !namesProblem) return "small talk";
  if (RIGHT_PLACE.test(body) && words.length <= 8 && !namesProblem) return "small talk";
  if (namesProblem || NOTHING_HAPPENS.test(body) || NONE_OF_IT.test(body)) return undefined;
  // Single digits ("testing 1 2 3") say nothing; error codes have three. Nor does the name a greeting
  // is addressed to ("welcome back Anna!"): a capitalised word after the first.
  const named = new Set((body.match(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu) ?? []).map((w) => w.toLowerCase()));
  const unnamed = words.filter((w) => !named.has(w));
  if (unnamed.length > 0 && unnamed.every((w) => SMALL_TALK.has(w) || /^\d$/.test(w))) return "small talk";
  // "invoice pls", "reset password please": asking for something, however briefly
  if (words.length < 3 && !ASKING.test(body)) return "too short";
  return undefined;
}
