/**
 * The parts of an xAPI 1.0.3 statement Hot Seat sends (IEEE 9274.1.1, the Experience API).
 */

/** Language tag (RFC 5646) → text. */
export type LanguageMap = Readonly<Record<string, string>>;
/** IRI → any JSON value. */
export type Extensions = Readonly<Record<string, unknown>>;

export interface XapiAccount {
  /** The system the account lives on: an absolute IRL. */
  readonly homePage: string;
  readonly name: string;
}

export interface XapiAgent {
  readonly objectType: 'Agent';
  readonly name: string;
  /** The one inverse functional identifier this game uses. */
  readonly account: XapiAccount;
}

export interface XapiVerb {
  readonly id: string;
  readonly display: LanguageMap;
}

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition?: {
    readonly type?: string;
    readonly interactionType?: 'choice';
    readonly extensions?: Extensions;
  };
}

export interface XapiResult {
  readonly score?: { readonly raw: number; readonly min: number; readonly max: number; readonly scaled?: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  /** ISO 8601 duration. */
  readonly duration?: string;
  readonly extensions?: Extensions;
}

export interface XapiContext {
  /** One UUID per attempt, grouping its statements. */
  readonly registration?: string;
  readonly contextActivities?: {
    readonly parent?: readonly XapiActivity[];
    readonly grouping?: readonly XapiActivity[];
    readonly category?: readonly XapiActivity[];
    readonly other?: readonly XapiActivity[];
  };
  readonly platform?: string;
  readonly language?: string;
  readonly extensions?: Extensions;
}

export interface XapiStatement {
  /** Deterministic UUID: sending a statement twice stores it once. */
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: XapiVerb;
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context?: XapiContext;
  /** ISO 8601, UTC. */
  readonly timestamp: string;
}

export const VERB_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
export const VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
export const ACTIVITY_SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';
export const ACTIVITY_INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
export const ACTIVITY_COURSE = 'http://adlnet.gov/expapi/activities/course';
