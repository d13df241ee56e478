import { REPORT_BEFORE } from "./after-the-report.js";
import { needingWords } from "./needed-words.js";

// The parts of a mail around its report: the earlier mail quoted below a reply, whom it greets, a subject
// line that only says "issue", who passes it on, what the mail program adds below. Left out before the
// report is read (see around-the-report.ts).

/** The message without an earlier mail quoted below its report; a forward keeps the mail it forwards. */
export function withoutQuotedMail(text: string): string {
  return text.replace(QUOTED_EARLIER_MAIL, (quoted, offset: number, whole: string) =>
    REPORT_BEFORE.test(whole.slice(0, offset)) && !FORWARDED.test(whole.slice(0, offset)) ? "" : quoted,
  );
}

/** The message without its footer, its greeting, a subject that only says "issue" and who passes it on. */
export function withoutMailWrapping(text: string): string {
  return text
    .replace(MAIL_FOOTER, "")
    .replace(ADDRESSED_TO, "")
    .replace(SALUTATION, "")
    .replace(SALUTATION_BY_NAME, "")
    .replace(GENERIC_SUBJECT, " ")
    .replace(RELAYED_BY, " ");
}

/**
 * Whom the message is addressed to by mention before its report: "@Support", "@here", "@everyone",
 * Slack's people and groups as the adapters pass them ("@U0123ABC", "@support-team"), a Teams tag left
 * in ("<at>Service Desk</at>"). Left in, "@everyone" would read as everyone affected, and the report
 * would not open the message ("@Support Kissflow won't load" read as a module of Kissflow, not Kissflow).
 */
const ADDRESSED_TO = /^(?:\s*(?:<at>[^<>\n]{1,80}<\/at>|@[\w.:-]+)[\s,:;]*)+(?=\S)/;

/**
 * Whom the message greets before its report: "Hi,", "Hello support team,", "Dear Sir or Madam,", "Hi
 * Sarah,". Left in, the report would not open the message, and what it opens on ("the chatbot's handover
 * fails") would not read as its subject.
 */
const SALUTATION = needingWords(
  /^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|morning)(?:\s+(?:there|team|support|all|everyone|everybody|folks|guys|sir|madam|sir\/madam|or|and|it|help ?desk|service desk|colleagues))*\s*[,!:\n]/i,
);

/** A name is written with a capital: "Hi Sarah,", "Dear Mr Jones,", not "hi outlook is down, ...". */
const SALUTATION_BY_NAME = needingWords(
  /^\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)?(?:\s+(?:team|support|support team|helpdesk|help desk|service desk|folks|all|colleagues))?\s*[,\n]/u,
);

/**
 * What the mail program adds below the message: a signature after its "--" line, "Sent via the customer
 * portal", a confidentiality notice, "This message has been scanned for viruses". It would name a product
 * ("the portal"), people ("the addressee") or a failure ("viruses").
 */
const MAIL_FOOTER = needingWords(
  /(?:\n[ \t]*--[ \t]*\n[\s\S]*$)|(?:(?<=^|\n)[ \t]*(?:sent|submitted|posted) (?:via|from|through|using|with) [^\n]{1,60}[ \t]*(?=\n|$))|(?:(?<=^|\n|[.!?] )[ \t]*(?:confidentiality notice|disclaimer:|the information (?:in|contained in) this (?:e-?mail|message)|this (?:e-?mail|message) (?:has been|was|is) (?:scanned|checked) (?:for|by)|this (?:e-?mail|message)(?: and any (?:attachments?|files)(?: transmitted with it)?)? (?:is|are|may be|contains?|may contain) (?:strictly )?(?:confidential|privileged|intended))[\s\S]*$)/gi,
);

/**
 * A subject line that names no more than that there is something: "Subject: issue", "Re: problem".
 * "Issue" there would read as something not working in a question or a cosmetic report.
 */
const GENERIC_SUBJECT = needingWords(
  /(?<=^|\n)\s*(?:subject|re|fw|fwd)\s*:\s*(?:(?:an?|my|our|new|small|quick)\s+)?(?:issue|problem|help|support(?: request)?|ticket|support ticket)s?[ \t!.?]*(?=\n|\s|$)/gi,
);

/**
 * Who passes the report on, before a colon or "that": "A colleague reports:", "One of our agents noticed
 * that", "Forwarding from our team lead:", "FW from our floor manager:", "Forwarding a request from HR:",
 * "From our new hire, forwarded:", "Our supervisor asked me to forward this:". The one who tells is not
 * the one affected ("our new hire" would read as a new starter to set up); what follows says who is.
 */
const RELAYED_BY = needingWords(
  new RegExp(
    String.raw`(?<=^|\n)\s*(?:` +
      [
        String.raw`(?:a|one of our|my|our) (?:\w+ ){0,2}(?:colleague|co-?worker|team ?lead|manager|intern|agent|employee|user|boss|supervisor|receptionist|assistant)s? (?:reports?|says?|said|told (?:me|us)|mentioned|noticed|asked|writes?|wrote)`,
        String.raw`(?:fwd?|fw|forwarding|forwarded|passing(?: this| it)? on|got this|copied)(?: (?:this|it|the following|(?:some )?feedback|an? (?:request|question|message|note|complaint|report|mail|email)))? (?:from|by) [^:\n]{1,40}`,
        String.raw`(?:from|by) [^:,\n]{1,40},? (?:fwd?|fw|forwarded|passing (?:this|it) on)`,
        String.raw`[^:.!?\n]{1,40} (?:asked (?:me|us) to (?:forward|pass on)|forwarded|wrote|sent (?:me|us)) (?:this|the following)(?: (?:in|on|to|from|for|via) [^:.!?\n]{0,40})?`,
        String.raw`[^:.!?\n]{1,40} asked (?:this|the following), (?:forwarding|passing it on)`,
      ].join("|") +
      String.raw`)(?:\s*:|\s+that\b)` +
      // "See below, from one of our team leads.", "FYI, from one of our supervisors below.", "From our AR
      // team, below.": a sentence of its own that only says who it comes from
      String.raw`|(?<=^|\n)\s*(?:(?:(?:please|see|below|fyi|the|thread|message|question|mail|email|note|request|this)[ ,]+){1,6}(?:from|by) [\w' -]{1,40}?|(?:from|by) [\w' -]{1,40}?,? below)\s*[.:](?=\s|$)`,
    "gi",
  ),
);

/**
 * The earlier mail quoted below a reply: "-----Original Message-----", "On Mon 30 Nov, Support wrote:",
 * "From: … Sent: …". What the support team wrote back ("Is everything working again?") is not the report.
 * A forward is not cut: the report is the mail forwarded, below its header.
 */
const QUOTED_EARLIER_MAIL = needingWords(
  /\n\s*(?:-{2,}\s*original message\s*-{2,}|on [^\n]{3,80} wrote:\s*(?:\n|$)|from:[^\n]*\n\s*(?:sent|date):)[\s\S]*$/i,
);

/**
 * A forward above ("Please see below.", "FYI, this came in from our office manager:"): the headers
 * below it open the mail forwarded, which is the report.
 */
const FORWARDED = needingWords(
  /forwarded message|(?:^|\n)\s*(?:fwd?|fw)\s*:|\b(?:below|forward(?:ed|ing)?|fyi)\b|:\s*$/i,
);
