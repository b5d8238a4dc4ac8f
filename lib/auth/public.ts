/**
 * The two writes checkout makes into Auth.js's tables, inside the checkout's own transaction: the
 * paying browser's session (proof "checkout") and the sign-in link sent with the receipt.
 */
export { insertSession, insertSignInToken } from "./queries";
