/**
 * One place that prepares the PKI libraries: @peculiar/x509 needs the reflect-metadata polyfill loaded
 * before it (tsyringe), and pkijs and @peculiar/x509 both use Node's WebCrypto.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

export const subtle = webcrypto.subtle as unknown as SubtleCrypto;
export { pkijs, x509 };
