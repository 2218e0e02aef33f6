declare module 'virtual:countries' {
  export const numericToIso2: Record<string, string>;
  export const names: Record<string, string>;
}
declare module '*.css';
