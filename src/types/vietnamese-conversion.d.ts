declare module 'vietnamese-conversion' {
  export function toUnicode(text: string, charset: string): string;
}
