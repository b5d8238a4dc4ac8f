export declare const BODY_LIMITS: Readonly<{ small: number; form: number; webhook: number; coachForm: number; coachImport: number }>;
export interface BodyPolicy {
  limit: number;
  coachLimit: number | null;
  message(limit: number): string;
}
export declare function bodyPolicy(method: string | undefined, url: string | undefined, headers: Record<string, string | string[] | undefined>): BodyPolicy | null;
export declare function declaredLength(headers: Record<string, string | string[] | undefined>): number | null;
