declare module 'utif' {
  namespace UTIF {
    interface IFD { [tag: string]: unknown; width?: number; height?: number }
  }
  const UTIF: {
    decode(buf: ArrayBufferLike | Uint8Array): UTIF.IFD[];
    decodeImage(buf: ArrayBufferLike | Uint8Array, ifd: UTIF.IFD): void;
    toRGBA8(ifd: UTIF.IFD): Uint8Array;
    encodeImage(rgba: Uint8Array, w: number, h: number): ArrayBuffer;
  };
  export default UTIF;
}
