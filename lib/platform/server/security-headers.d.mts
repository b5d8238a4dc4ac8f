export declare const SECURITY_HEADERS: readonly (readonly [string, string])[];
