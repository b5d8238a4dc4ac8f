/**
 * Erasure's hold on an address, for the writes that must not cross it: fulfilment takes the same
 * per-address lock and asks whether the address was erased since its order began; an import skips
 * erased addresses. The erasure itself and a person's records, for the people service.
 */
export { findErasedAddresses, lockAddress, wasErasedSince, type ErasedBy, type ErasureSummary } from "./erasure-queries";
export { erasePerson } from "./erasure";
export { loadPersonRecords, type PersonRecords } from "./records";
