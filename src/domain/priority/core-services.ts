import type { Policy } from "../sla/policy.js";
import { first } from "./cues.js";
import type { Dimensions } from "./dimensions.js";
import { WORK_STOPPED } from "./impact-cues.js";
import { needingWords } from "./needed-words.js";
import type { AnalysedText } from "./text-analysis.js";

/**
 * Where the contract lists the services its customers' business runs on: an app or a device other than
 * those, failing (not down) for everyone, with no word that work has stopped ("the timesheet app fails to
 * submit for all staff, it's due friday"): a breaking issue, not the customer's systems down.
 */
export function notCoreNorStopped(text: AnalysedText, found: Dimensions, policy: Policy): boolean {
  const { coreServices } = policy;
  if (coreServices === undefined) return false;
  // An app down for everyone is the system down the contract's outage level names; a printer or scanner
  // out for everyone is the productivity issue, as the same device merely failing.
  const peripheral = isPeripheral(text);
  const side = SIDE_APPS.test(text.raw);
  // Down counts too for what work goes on without ("the intranet is unavailable for everyone").
  const state = found.state?.value;
  const failing = state === "broken" || (state === "down" && (peripheral || side));
  if (!failing) return false;
  const { workaround, criticality } = found;
  // A printer or the guest wifi out on a day with a deadline holds up that work, not all of it: only
  // stopped work counts.
  const critical =
    peripheral || side ? first(text, WORK_STOPPED) !== undefined : criticality?.value === "critical";
  const stopped = workaround?.value === "absent" || critical;
  // A copier that fails for everyone "since the server was moved" is the copier failing, whatever it names.
  const peripheralFailing = peripheral && state === "broken";
  return !stopped && (side || peripheralFailing || !coreServices.some((service) => service.test(text.raw)));
}

/**
 * Apps beside the work, which it goes on without for a while: where people look things up, ask for leave
 * or book a room.
 */
const SIDE_APPS = needingWords(
  /\b(guest (wifi|wi-fi|network)|guests? (can't|cannot|can not|couldn't|are unable to) (connect|get) (to|on|onto) (the |our )?(wifi|wi-fi|network)|intranet|wiki|knowledge base|hr (portal|system|app)|holiday (portal|system|app)|leave (portal|system|app)|training (portal|platform|site|app)|e-?learning|learning (portal|platform)|expense (app|portal|system|tool)|expenses (app|portal|system|tool)|survey tool|staff portal|employee portal|dashboard (tv|screen)|digital signage|timesheets?( (app|portal|system|tool))?|time tracking|(room|desk|meeting room|conference room) booking( (app|portal|system|tool))?|book (meeting |conference )?rooms|payroll portal|payslips?|visitor (system|sign-in|management)|(paging|pa|music|tannoy|intercom) system)\b/i,
);

/**
 * A screen, a phone or a coffee machine in a meeting room, the kitchen or the lobby: people move to another
 * room or use another device (14 of the 18 such development messages of the managed helpdesk are its P4).
 */
export function isSharedRoomDevice(text: AnalysedText): boolean {
  return ROOM_DEVICE.test(text.raw) || DEVICE_OF_ROOM.test(text.raw);
}

const ROOMS = "meeting room|boardroom|board room|conference room|kitchen|canteen|lobby|break ?room";
const DEVICES =
  "printers?|screens?|monitors?|tvs?|televisions?|projectors?|phones?|keyboards?|remotes?|speakers?|cameras?|displays?|coffee machines?|clocks?|pcs?";
const ROOM_DEVICE = needingWords(
  new RegExp(`\\b(${DEVICES})\\b[^,.;]{0,20}\\b(in|at|of) (the |our )?(\\w+ )?(${ROOMS})\\b`, "i"),
);
const DEVICE_OF_ROOM = needingWords(new RegExp(`\\b(${ROOMS})( \\w+)? (${DEVICES})\\b`, "i"));

/** A printer, a scanner, a headset: a device beside the work, not what it runs on. */
export function isPeripheral(text: AnalysedText): boolean {
  return PERIPHERAL.test(text.raw);
}

/** Devices beside the work, not what it runs on. */
const PERIPHERAL = needingWords(
  /\b(printers?|printing|scanners?|scanning|copiers?|photocopiers?|plotters?|projectors?|time clocks?|label printers?|scanning stations?|cctv|cameras?|webcams?|headsets?|speakers?|wall screens?|tvs?)\b/i,
);
