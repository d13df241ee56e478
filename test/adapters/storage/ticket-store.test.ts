import { ticketStoreContract } from "../../contracts/ticket-store.contract.js";
import { backendsUnderTest } from "../../support/backends.js";

for (const backend of await backendsUnderTest()) ticketStoreContract(backend);
