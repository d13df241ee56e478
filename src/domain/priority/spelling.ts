/**
 * Misspellings clients often type in a hurry, mapped to the word they mean, for the words a report turns
 * on (what fails, for whom, how badly). Only misspellings that are no English word themselves: "sever"
 * and "form" stay as written.
 */
const MISSPELT: Readonly<Record<string, string>> = {
  acess: "access",
  accesss: "access",
  availble: "available",
  avaliable: "available",
  becuase: "because",
  buisness: "business",
  cnat: "can't",
  completly: "completely",
  conect: "connect",
  conection: "connection",
  connextion: "connection",
  disconected: "disconnected",
  donw: "down",
  droping: "dropping",
  dwon: "down",
  emial: "email",
  emials: "emails",
  enviroment: "environment",
  everthing: "everything",
  everyting: "everything",
  everone: "everyone",
  evryone: "everyone",
  everyon: "everyone",
  interent: "internet",
  intenet: "internet",
  internt: "internet",
  laoding: "loading",
  loadign: "loading",
  loggin: "login",
  // chat shorthand: "all msgs fail"
  msg: "message",
  msgs: "messages",
  netwrok: "network",
  nobdy: "nobody",
  noboby: "nobody",
  nothign: "nothing",
  anyting: "anything",
  outlok: "outlook",
  pasword: "password",
  passowrd: "password",
  prnter: "printer",
  priner: "printer",
  printr: "printer",
  recieve: "receive",
  recieved: "received",
  recieving: "receiving",
  scaner: "scanner",
  serivce: "service",
  servcie: "service",
  sevice: "service",
  stoped: "stopped",
  teh: "the",
  totaly: "totally",
  unavailble: "unavailable",
  untill: "until",
  urgnet: "urgent",
  urgant: "urgent",
  whatsap: "WhatsApp",
  watsapp: "WhatsApp",
  whatapp: "WhatsApp",
  wierd: "weird",
  wokring: "working",
  workign: "working",
  wroking: "working",
};

const MISSPELLING = new RegExp(`\\b(${Object.keys(MISSPELT).join("|")})\\b`, "gi");

/** The message with the misspellings above written as meant. */
export function respell(text: string): string {
  return text.replace(MISSPELLING, (word) => MISSPELT[word.toLowerCase()] ?? word);
}
