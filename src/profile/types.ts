/**
 * A person's profile in JSON Resume's field names (jsonresume.org/schema), each entry with the
 * lines of its document it was read from, so an answer built on it can cite them. Dates are
 * ISO-8601 partial ("2019", "2019-03"); a role still held has no `endDate`.
 */

/** First and last 1-based line of the document's text the value was read from. */
export type LineRange = readonly [number, number];

export interface ProfileBasics {
  readonly name?: string;
  readonly label?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
  readonly location?: {
    readonly address?: string;
    readonly city?: string;
    readonly countryCode?: string;
    readonly region?: string;
  };
  /** Every e-mail address and phone number the CV gives for its person, as written. */
  readonly emails?: readonly string[];
  readonly phones?: readonly string[];
  readonly lines?: { readonly [field: string]: LineRange };
}

export interface WorkEntry {
  /** The employer. */
  readonly name?: string;
  readonly position?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly location?: string;
  readonly lines: LineRange;
}

export interface EducationEntry {
  readonly institution?: string;
  readonly studyType?: string;
  readonly area?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly lines: LineRange;
}

export interface SkillEntry {
  readonly name: string;
  readonly keywords: readonly string[];
  readonly lines: LineRange;
}

export interface LanguageEntry {
  readonly language: string;
  readonly fluency?: string;
  readonly lines: LineRange;
}

export interface CertificateEntry {
  readonly name: string;
  readonly date?: string;
  readonly issuer?: string;
  readonly lines: LineRange;
}

export interface Profile {
  readonly basics: ProfileBasics;
  readonly work: readonly WorkEntry[];
  readonly education: readonly EducationEntry[];
  readonly skills: readonly SkillEntry[];
  readonly languages: readonly LanguageEntry[];
  readonly certificates: readonly CertificateEntry[];
}

/** One line of a document as the profile readers see it. */
export interface ProfileLine {
  /** 1-based line number in the document's text. */
  readonly line: number;
  /** The line as written. */
  readonly raw: string;
  /** Markup removed (Markdown markers, HTML tags, LaTeX commands), whitespace collapsed. */
  readonly text: string;
  /** A template block (`{% include … company="…" %}`): its fields as one entry's heading. */
  readonly template?: boolean;
}
