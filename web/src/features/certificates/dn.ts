/**
 * The readable name of an X.509 distinguished name: its CN ("CN=กรมตัวอย่าง CA,O=…,C=TH" → "กรมตัวอย่าง CA"),
 * or the text as it is when it has none.
 */
export function dnName(dn: string): string {
  const cn = /(?:^|[,/+]\s*)CN=((?:\\.|[^,+/])+)/i.exec(dn)?.[1];
  return cn ? cn.replace(/\\(.)/g, '$1').trim() : dn;
}
