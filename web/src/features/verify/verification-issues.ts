import type { VerificationIssue, VerificationReport } from '@contracts/signing.contract.ts';
import type { Translate } from '@/lib/i18n/index.tsx';

/** One issue as a sentence in the UI language, naming the signature it concerns ("ลายมือชื่อที่ 2: …"). */
export function issueSentence(issue: VerificationIssue, t: Translate): string {
  const text = t(`verify.issue.${issue.code}`);
  return issue.signature === null ? text : t('verify.issueOfSignature', { n: issue.signature, text });
}

/**
 * The server's English technical sentences: the report's problems, then any signature's own problem they
 * do not already say (a broken time-stamp token's signature, say, whose issue names another cause).
 */
export function technicalDetails(report: VerificationReport): string[] {
  const lines = [...report.problems];
  for (const s of report.signatures) {
    const line = s.problem && `signature ${s.index}: ${s.problem}`;
    if (line && !lines.includes(line)) lines.push(line);
  }
  return lines;
}
