import type { ItemSentence, ItemToken, ItsFunction } from "wink-nlp";
import { language, letUnknownWordsGoIfTooMany, noteWordId, verbOfParticiple } from "./language-model.js";
import { respell } from "./spelling.js";

/**
 * A client's message as the classifier reads it: lowercase lemmas, one clause after another, with every
 * word inside a negation's scope marked `~`. "isn't loading", "not loading" and "won't load" all read
 * `~load`; "there is no manual way" reads `no ~manual ~way`; "nobody can get in" reads `nobody ~can ~get ~in`.
 */
export interface AnalysedText {
  /** The message in lowercase, as written (for numbers, product names, "2 of 60"). */
  readonly raw: string;
  /** Lemmas separated by single spaces, each clause ended by ` |`, negated lemmas prefixed `~`. */
  readonly lemmas: string;
  /** The words as written, with where each one's lemma starts in `lemmas`: to quote the client's own words. */
  readonly words: readonly Word[];
}

interface Word {
  readonly value: string;
  readonly lemma: string;
  /** Where its lemma starts in `lemmas`. */
  readonly at: number;
}

/**
 * Words that carry a negation before the words it covers, quoted with them: "isn't loading", "no way",
 * "nobody can log in".
 */
const NEGATION_CARRIERS = new Set([
  ..."not no never nobody nothing none noone".split(" "),
  // and the small words clients put between ("nobody here can", "we just can't")
  ..."here there else just even still really be do can will would could have".split(" "),
]);

/** The client's own words behind a match over `lemmas` (characters `from` to `to`). */
export function wordsBetween(text: AnalysedText, from: number, to: number): string {
  let first = text.words.findIndex((word) => word.at >= from);
  if (first === -1) return "";
  if (text.words[first]?.lemma.startsWith("~")) {
    // Back to what negates it: over the other words it covers ("no manual way") and the carriers.
    const carries = (word: Word | undefined) =>
      word !== undefined && (word.lemma.startsWith("~") || NEGATION_CARRIERS.has(word.lemma));
    while (first > 0 && carries(text.words[first - 1])) first -= 1;
  }
  return text.words
    .slice(first)
    .filter((word) => word.at < to)
    .map((word) => word.value)
    .filter((value) => value !== "")
    .join(" ")
    .replace(/ (n't|nt|'s|'re|'ll|'ve|'m|'d)\b/g, "$1");
}

/** Words that negate what follows, beyond the `not`/`no`/`n't` wink-nlp already scopes. */
const NEGATORS = new Set([
  "nobody",
  "nothing",
  "none",
  "noone",
  "never",
  "neither",
  "nor",
  "without",
  "nowhere",
  // "unable to send any SMS" as "can't send any SMS"
  "unable",
]);
/** Words that end a clause, and with it a negation's scope ("not in sandbox, but production is down"). */
const CLAUSE_BREAKS = new Set(["but", "though", "although", "except", "while", "whereas", "however", "yet"]);
const NEGATION_WORDS = new Set(["not", "no", "never"]);
/** Who opens a clause of their own after "and", ending a negation's scope before it. */
const SUBJECTS = new Set([
  "i",
  "we",
  "she",
  "he",
  "they",
  "it",
  "i'm",
  "we're",
  "she's",
  "he's",
  "they're",
  "it's",
]);

/**
 * Words the model's lemmas would turn into another spelling or another word: "through" into "thru",
 * "data" into "datum", "media" into "medium" (a level's name), "app" into "application". The cues read
 * them as clients write them.
 */
const LEMMAS_KEPT_AS_WRITTEN = new Map([
  ["through", "through"],
  ["thru", "through"],
  ["data", "data"],
  ["media", "media"],
  ["app", "app"],
  ["apps", "app"],
  // "the latest version" is the newest, not late
  ["latest", "latest"],
  // "all lost internet": read as an adjective, "lost" would stay as written
  ["lost", "lose"],
]);

/** Contractions the model keeps as one word. */
const SPLIT_CONTRACTIONS = new Map<string, readonly [string, string]>([["i'm", ["i", "be"]]]);
/** The same without the apostrophe, read so only where a clause opens ("the IM window" is a noun). */
const SHORTHAND = new Map<string, readonly [string, string]>([
  ["im", ["i", "be"]],
  ["its", ["it", "be"]],
  ["theres", ["there", "be"]],
]);

const QUOTED_MESSAGE_NAME =
  /['"“](?<=\b(?:our|the|my|their)\s['"“])(?=[^'"”\n]{3,60}['"”])[^'"”\s]+\s[^'"”\n]+['"”](?=\s+(?:sms|texts?|messages?|alerts?|e-?mails?|notifications?|templates?|whatsapps?|push|calls?|repl(?:y|ies)|reminders?|confirmations?)\b)/gi;

/**
 * What a message says around its report, not about it: a wish ("Happy new year to the whole team!"),
 * a compliment ("we like your platform"), a sign-off ("Cheers, the whole team at Bakkerij De Vries").
 * Its words would read as who is affected ("the whole team") or where ("your platform"). A compliment
 * is cut at the end of its clause: "we love your service, but today nothing works" keeps its report.
 */
const PLEASANTRIES = new RegExp(
  [
    // "Hi all 👋", "Hello everyone,": whom the message greets, not who is affected
    String.raw`\b(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)) (?:all|everyone|everybody|guys|folks|team)(?=\s*(?:[!,.:\n]|\p{Extended_Pictographic}|$))`,
    String.raw`\b(?:happy|merry) (?:new year|christmas|holidays|easter|friday|weekend|monday|birthday)(?: to (?:you|all|everyone|everybody|the (?:whole |entire )?team|all of you|your (?:whole |entire )?team))?[ !.]*`,
    String.raw`\b(?:have|enjoy) a (?:nice|good|great|lovely|wonderful|happy) (?:day|weekend|evening|week|holiday|christmas)(?: all| everyone| everybody| to (?:you|all)(?: of you)?)?[ !.]*`,
    String.raw`\bhope (?:you(?:'re| are)|you all are|everyone is|all is|everything is|this finds you)(?: all)? (?:well|good|fine|doing well|doing good|great)[ !.,]*`,
    String.raw`\b(?:we|i) (?:really |truly )?(?:like|love|enjoy|appreciate) (?:your|the) (?:platform|service|product|tool|app|software|support|team)(?: (?:a lot|very much|so far))?`,
    String.raw`\bthanks? (?:you )?for (?:your|the) (?:great |good |quick |fast |excellent )?(?:support|help|service|work)(?: as always)?[ !.]*`,
    // "Everyone is asking me about it.": who chases the writer, not who is affected
    String.raw`\b(?:everyone|everybody|people|my colleagues|the whole (?:office|team)) (?:is|are|keeps?|has been|have been) (?:asking|calling|chasing|bugging|pinging|nagging) (?:me|us)(?: about (?:it|this|that))?(?: all day| non-?stop)?[ !.]*`,
    String.raw`\b(?:cheers|thanks|thank you|regards|kind regards|best regards|best wishes|all the best|greetings|bye)[ ,!]*(?:from )?(?:the (?:whole |entire )?team|every(?:one|body)|all of us) (?:at|of|from|here at) [^\n]*$`,
  ].join("|"),
  "giu",
);

/**
 * A sentence about the client rather than the issue, with nothing failing in it: what they use ("We run
 * Kissflow for our whole company (800 users).", "We use Voice, SMS and WhatsApp from you."), how they
 * work ("All our 120 employees work from home on Fridays.", "Our whole team of 40 agents works out of the
 * Leeds office."), what they rely on ("Our whole company depends on this system.") or how their customers
 * reach them ("Our customers mostly reach us by WhatsApp."). Its words would read as who is affected,
 * which products fail, or something still working.
 */
const CLIENT_PEOPLE =
  "company|team|business|organisation|organization|firm|office|staff|people|employees|agents|users|colleagues|customers|clients|callers|patients|members|students";
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
  `(?:work|works|working) (?:from|out of|in|at|on|remotely|shifts)`,
  `(?:rel(?:y|ies)|depends?) (?:heavily |entirely |completely |fully )?on`,
  `(?:reach|contact|call|message|text)(?:es|s)? us`,
  `(?:is|are) based`,
].join("|");
/**
 * What makes a sentence about the client part of the report after all: something failing, a time, a
 * deadline, a question ("We use Outlook on a Mac, is that supported?").
 */
const PART_OF_THE_REPORT = String.raw`(?![^.!?\n]*(?:\b(?:not|no|never|nothing|nobody|down|fail\w*|error\w*|broken|stuck|slow\w*|issue\w*|problem\w*|cannot|unable|since|today|tonight|tomorrow|deadline|due|urgent\w*|asap|anymore|stopp\w*|outage|offline|crash\w*|instead|meanwhile|meantime|temporarily|workaround|until|manually|hand|paper|backup|spare|now|affect\w*|impact\w*|block\w*|idle|waiting|lost|losing|but|gets?|getting|hears?|hearing|drop\w*|busy|dead|wrong|missing|freez\w*|hang\w*)\b|n't|can't|\?))`;
const USAGE_CONTEXT = new RegExp(
  String.raw`(?<=(?:^|[.!?\n])\s*|\s)(?:${CLIENT_SUBJECT})(?: (?:also|mainly|mostly|currently|already|usually|normally|all))? (?:${CLIENT_HABIT})\b${PART_OF_THE_REPORT}[^.!?\n]*[.!?]?`,
  "giu",
);

/** After a full stop or a line break, or written with a capital: "…logged out every hour Our whole company…". */
function opensSentence(words: string, offset: number, whole: string): boolean {
  // "I" is written with a capital anywhere: "can I use my own headset?"
  return /^(?!I\b)\p{Lu}/u.test(words) || /(?:^|[.!?\n])\s*$/.test(whole.slice(0, offset));
}

/**
 * A subject line that names no more than that there is something: "Subject: issue", "Re: problem".
 * "Issue" there would read as something not working in a question or a cosmetic report.
 */
const GENERIC_SUBJECT =
  /(?<=^|\n)\s*(?:subject|re|fw|fwd)\s*:\s*(?:(?:an?|my|our|new|small|quick)\s+)?(?:issue|problem|help|support(?: request)?|ticket|support ticket)s?[ \t!.?]*(?=\n|\s|$)/gi;

/**
 * Who passes the report on, before a colon or "that": "A colleague reports:", "One of our agents noticed
 * that", "Forwarding from our team lead:". The one who tells is not the one affected; what follows says
 * who is.
 */
const RELAYED_BY =
  /(?<=^|\n)\s*(?:(?:(?:a|one of our|my|our) (?:\w+ ){0,2}(?:colleague|co-?worker|team ?lead|manager|intern|agent|employee|user|boss|supervisor|receptionist|assistant)s? (?:reports?|says?|said|told (?:me|us)|mentioned|noticed|asked|writes?|wrote))|(?:(?:forwarding|forwarded|passing (?:this|it) on|got this|copied) (?:from|by) [^:\n]{1,40}))(?:\s*:|\s+that\b)/gi;

/**
 * The earlier mail quoted below a reply: "-----Original Message-----", "On Mon 30 Nov, Support wrote:",
 * "From: … Sent: …". What the support team wrote back ("Is everything working again?") is not the report.
 */
const QUOTED_EARLIER_MAIL =
  /\n\s*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|on [^\n]{3,80} wrote:\s*(?:\n|$)|from:[^\n]*\n\s*(?:sent|date):)[\s\S]*$/i;

/** Characters of a message read: a few paragraphs. */
const READ_AT_MOST = 3000;

export function analyse(text: string): AnalysedText {
  const { its } = language();
  // "integrator.io" and "add-in" are one word; " - " between words is a pause like a comma. What says
  // how bad it is comes first: the rest of a long report (logs, pasted payloads) is left unread, and so
  // are runs of 40 characters without a space (tokens, URLs), which no cue reads and which would make
  // the patterns slow.
  const prepared = respell(
    text
      .replace(/\S{40,}/g, " ")
      .slice(0, READ_AT_MOST)
      .replace(/[’‘]/g, "'")
      // A message named by what it says, "our 'your website is down' SMS alerts", "the 'delivery failed'
      // SMS": the words quoted are the client's own message, not a report of the service; the message
      // itself is what the sentence is about. Not what callers get: "they hear a 'not in service' message";
      // nor a one-word name, which names the part: "the 'approve' email".
      .replace(QUOTED_MESSAGE_NAME, "")
      .replace(QUOTED_EARLIER_MAIL, "")
      .replace(GENERIC_SUBJECT, " ")
      .replace(RELAYED_BY, " ")
      .replace(PLEASANTRIES, " ")
      .replace(USAGE_CONTEXT, (sentence, offset: number, whole: string) =>
        opensSentence(sentence, offset, whole) ? " " : sentence,
      ),
  )
    // "log in. Then": the model reads "in." and "no." as abbreviations (inches, number) and runs the
    // sentence on into the next, negation and all
    .replace(/\bin\.(?=\s|$)/gi, "in .")
    .replace(/\b(no|etc)\.(?=\s+\p{Lu}|\s*$)/giu, "$1 .")
    .replace(/\bdrag (and|&|n) drop\b/gi, "drag-and-drop")
    .replace(/(\p{L})[.-](?=\p{L})/gu, "$1")
    .replace(/\s[-–—]+\s/g, " ; ")
    // "whatsapp + phones both dead": two named together
    .replace(/(\p{L}) \+ (?=\p{L})/gu, "$1 and ")
    // "returns 500s", "5xx for all requests": the status code, which the model would split
    .replace(/\b([1-5]\d\d)s\b/g, "$1")
    .replace(/\b([45])xx\b/gi, "$100");
  // Clients capitalise at random ("Attachments", "URGENT"): lowercase reads their words as words, and
  // the reasons quote them back as written, found at the same place in the original.
  const lowercase = prepared.toLowerCase();
  const asWritten = lowercase.length === prepared.length ? prepared : lowercase;
  let cursor = 0;
  const written = (value: string): string => {
    const at = lowercase.indexOf(value, cursor);
    if (at === -1) return value;
    cursor = at + value.length;
    return asWritten.slice(at, cursor);
  };
  const doc = language().readDoc(lowercase);
  const words: Word[] = [];
  let lemmas = "";
  doc.sentences().each((sentence: ItemSentence) => {
    let clauseOpen = false;
    let negatedHere = false;
    // wink-nlp ends a negation's scope at a comma or a full stop, not at a bracket or a colon: "we can't
    // connect (our accountant, also your client, says the same)" negates nothing in the brackets.
    let scopeClosedByPunctuation = false;
    const close = () => {
      if (clauseOpen) lemmas += " |";
      clauseOpen = false;
      negatedHere = false;
    };
    const add = (lemma: string, value: string) => {
      lemmas += lemmas === "" ? "" : " ";
      words.push({ value, lemma, at: lemmas.length });
      lemmas += lemma;
      clauseOpen = true;
    };
    const tokens: ItemToken[] = [];
    sentence.tokens().each((token: ItemToken) => {
      tokens.push(token);
    });
    tokens.forEach((token, index) => {
      noteWordId(Number(token.out(its.uniqueId)));
      const type = token.out(its.type);
      const value = written(token.out(its.value));
      const lower = value.toLowerCase();
      if (type === "punctuation" || type === "emoji" || type === "emoticon" || type === "symbol") {
        // "Subject: question | Product: Voice | Description: ...": a bar between fields, like a semicolon
        if (/^[,;:!?.()…|]+$/.test(value)) {
          close();
          scopeClosedByPunctuation = true;
        }
        return;
      }
      // "won't connect and she has to submit the VAT return today": a new subject, out of the negation
      if (lower === "and" && SUBJECTS.has(String(tokens[index + 1]?.out(its.value)).toLowerCase())) {
        scopeClosedByPunctuation = true;
        negatedHere = false;
      }
      if (CLAUSE_BREAKS.has(lower)) {
        close();
        add(lower, value);
        return;
      }
      const modelLemma =
        type !== "word"
          ? lower
          : (LEMMAS_KEPT_AS_WRITTEN.get(lower) ??
            String(token.out(its.lemma as ItsFunction<string>)).toLowerCase());
      // "images not loading", "page not opening": without an auxiliary the model reads a noun ("loading");
      // after "not" it is the verb.
      const previous = String(tokens[index - 1]?.out(its.value) ?? "").toLowerCase();
      const lemma =
        modelLemma === lower && (previous === "not" || previous === "never")
          ? (verbOfParticiple(lower) ?? lower)
          : modelLemma;
      const flagged = Boolean(token.out(its.negationFlag));
      if (!flagged || NEGATION_WORDS.has(lemma) || lower.endsWith("n't")) scopeClosedByPunctuation = false;
      const negated = (flagged && !scopeClosedByPunctuation) || negatedHere;
      if (NEGATORS.has(lemma)) negatedHere = true;
      // The model splits "we're" into "we be" but keeps "i'm" one word: split it the same way, so that
      // "I'm locked out" reads as "I am locked out".
      // Chat shorthand opening a clause reads the same way: "im stuck", "its down", "theres no way".
      const split = SPLIT_CONTRACTIONS.get(lemma) ?? (clauseOpen ? undefined : SHORTHAND.get(lemma));
      if (split !== undefined) {
        // The written word goes with the first lemma, so that the reasons quote it as written.
        const [subject, verb] = split;
        add(negated ? `~${subject}` : subject, value);
        add(negated ? `~${verb}` : verb, "");
        return;
      }
      add(negated && !NEGATION_WORDS.has(lemma) ? `~${lemma}` : lemma, value);
    });
    close();
  });
  letUnknownWordsGoIfTooMany();
  return { raw: prepared.toLowerCase(), lemmas, words };
}
