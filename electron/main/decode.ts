// One seam between file bytes and page text: shared/encoding.ts decides
// (BOM, binary sniff, strict UTF-8, GB18030, UTF-16) and throws a DecodeError
// whose message is one line for the user on binary or undecodable input;
// decodeReason gives that line in the app's language.
import { decodeBytes, type Decoded } from '../../shared/encoding';

export { decodeReason } from '../io/reasons';

export type DecodedPage = Decoded;

export function decodePage(bytes: Uint8Array): DecodedPage {
  return decodeBytes(bytes);
}
