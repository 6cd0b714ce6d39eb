declare module '@jsonresume/schema' {
  /** Validates a resume against the official JSON Resume schema; errors are jsonschema's. */
  export function validate(
    resume: unknown,
    callback: (errors: readonly { readonly stack: string }[] | null, valid: boolean) => void,
  ): void;
  export const schema: object;
  const api: { validate: typeof validate; schema: object };
  export default api;
}
